package tr.gov.goc.kurul.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiaisonAssignmentRepository extends JpaRepository<LiaisonAssignment, Long> {

    List<LiaisonAssignment> findByInstitutionIdIn(Collection<Long> institutionIds);

    List<LiaisonAssignment> findByInstitutionId(long institutionId);

    List<LiaisonAssignment> findByPersonId(long personId);

    Optional<LiaisonAssignment> findByInstitutionIdAndYearAndRole(long institutionId, int year, LiaisonRole role);

    boolean existsByPersonId(long personId);
}
