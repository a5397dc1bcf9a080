package tr.gov.goc.kurul.subcommission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubCommissionReportRepository extends JpaRepository<SubCommissionReport, Long> {

    Optional<SubCommissionReport> findByMeetingMeetingKey(String meetingKey);
}
