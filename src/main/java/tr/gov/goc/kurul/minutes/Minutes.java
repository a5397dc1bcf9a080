package tr.gov.goc.kurul.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.meeting.Meeting;

/** The public face of the minutes module: a meeting's Ek-1 minutes versions and the signatures on them (R12.1, R12.2). */
@Service
@Transactional(readOnly = true)
public class Minutes {

    private final MinutesVersionRepository versions;
    private final MinutesSignatureRepository signatures;

    Minutes(MinutesVersionRepository versions, MinutesSignatureRepository signatures) {
        this.versions = versions;
        this.signatures = signatures;
    }

    /** Every version of the meeting's minutes, the first first. */
    public List<MinutesVersion> versions(Meeting meeting) {
        return versions.findByMeetingIdOrderByNumberAsc(meeting.getId());
    }

    /** The signatures given on this minutes version: in Tasklist, with e-İmza, or wet (recorded by the secretariat). */
    public List<MinutesSignature> signatures(MinutesVersion version) {
        return version.getId() == null ? List.of() : signatures.findByMinutesVersionIdOrderByIdAsc(version.getId());
    }

    /** The last signed (approved) version of the meeting's minutes, if any (R12.2). */
    public Optional<MinutesVersion> lastSigned(Meeting meeting) {
        return versions(meeting).stream().filter(v -> v.getStatus() == MinutesVersion.Status.SIGNED).reduce((a, b) -> b);
    }
}
