package tr.gov.goc.kurul.subcommission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubCommissionMeetingRepository extends JpaRepository<SubCommissionMeeting, Long> {

    Optional<SubCommissionMeeting> findByMeetingKey(String meetingKey);
}
