package tr.gov.goc.kurul.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

    Optional<FollowUpReport> findFirstByDecisionIdAndInstitutionIdOrderByReportedAtDescIdDesc(long decisionId, long institutionId);

    List<FollowUpReport> findByDecisionIdInOrderByReportedAtAscIdAsc(Collection<Long> decisionIds);

    List<FollowUpReport> findByDecisionIdAndInstitutionIdOrderByReportedAtAscIdAsc(long decisionId, long institutionId);
}
