package tr.gov.goc.kurul.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

    Optional<MeetingDocument> findByMeetingIdAndMinutesVersionAndKind(long meetingId, int minutesVersion, MeetingDocument.Kind kind);

    List<MeetingDocument> findByMeetingIdOrderByIdAsc(long meetingId);
}
