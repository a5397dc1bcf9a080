package tr.gov.goc.kurul.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesPdfRepository extends JpaRepository<MinutesPdf, Long> {
    Optional<MinutesPdf> findByMeetingIdAndVersionNo(long meetingId, int versionNo);
}
