package tr.gov.goc.kurul.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {
    Optional<AnnualReport> findByPlateCodeAndReportYear(int plateCode, int reportYear);

    List<AnnualReport> findByPlateCodeAndStatus(int plateCode, AnnualReportStatus status);
}

interface AnnualReportVersionRepository extends JpaRepository<AnnualReportVersion, Long> {
    List<AnnualReportVersion> findByReportIdOrderByNumberAsc(long reportId);
}

interface AnnualReportBoardDecisionRepository extends JpaRepository<AnnualReportBoardDecision, Long> {
    List<AnnualReportBoardDecision> findByReportIdOrderByIdAsc(long reportId);

    boolean existsByReportIdAndMeetingKey(long reportId, String meetingKey);
}
