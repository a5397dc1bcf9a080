package tr.gov.goc.kurul.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {
    List<MinutesVersion> findByMeetingIdOrderByNumberAsc(long meetingId);
}

interface MinutesSignatureRepository extends JpaRepository<MinutesSignature, Long> {
    List<MinutesSignature> findByMinutesVersionIdOrderByIdAsc(long minutesVersionId);
}
