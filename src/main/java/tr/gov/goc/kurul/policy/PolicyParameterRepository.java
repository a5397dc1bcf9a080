package tr.gov.goc.kurul.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyParameterRepository extends JpaRepository<PolicyParameter, Long> {

    Optional<PolicyParameter> findFirstByNameAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(String name, LocalDate date);

    List<PolicyParameter> findByEffectiveFromLessThanEqualOrderByEffectiveFromAsc(LocalDate date);

    Optional<PolicyParameter> findByNameAndEffectiveFrom(String name, LocalDate effectiveFrom);

    List<PolicyParameter> findAllByOrderByNameAscEffectiveFromAsc();

    boolean existsByName(String name);
}
