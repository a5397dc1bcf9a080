package tr.gov.goc.kurul.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByInstitutionIdIn(Collection<Long> institutionIds);

    List<Person> findByInstitutionIdIsNull();

    Optional<Person> findByUsername(String username);

    List<Person> findByUsernameIsNotNull();

    List<Person> findByEmailIgnoreCase(String email);
}
