package tr.gov.goc.kurul.decision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionResponsibilityRepository extends JpaRepository<DecisionResponsibility, Long> {

    List<DecisionResponsibility> findByDecisionIdOrderByIdAsc(long decisionId);

    List<DecisionResponsibility> findByDecisionIdInOrderByIdAsc(Collection<Long> decisionIds);

    boolean existsByDecisionIdAndInstitutionId(long decisionId, long institutionId);
}
