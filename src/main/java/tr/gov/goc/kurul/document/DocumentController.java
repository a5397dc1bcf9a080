package tr.gov.goc.kurul.document;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/**
 * A meeting's documents: {@code /api/meetings/{id}/minutes.pdf} (Ek-1), {@code participants.pdf} (Ek-2),
 * {@code platform-export} (Ek-1 as JSON) and {@code distribution-log}. {@code {id}} is the meeting key (27-2026-2) or the
 * numeric id of {@code GET /api/meetings?province=27}. Users of the meeting's province read them; others get 403.
 */
@RestController
@RequestMapping("/api/meetings/{id}")
class DocumentController {

    private final Meetings meetings;
    private final MeetingDocuments documents;
    private final MinutesDistribution distribution;
    private final PlatformExport export;
    private final CurrentUser currentUser;

    DocumentController(Meetings meetings, MeetingDocuments documents, MinutesDistribution distribution, PlatformExport export,
                       CurrentUser currentUser) {
        this.meetings = meetings;
        this.documents = documents;
        this.distribution = distribution;
        this.export = export;
        this.currentUser = currentUser;
    }

    @GetMapping("/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String id, @RequestParam(required = false) Integer version) {
        return pdf(documents.minutes(meeting(id), version));
    }

    @GetMapping("/participants.pdf")
    ResponseEntity<byte[]> participants(@PathVariable String id) {
        Meeting meeting = meeting(id);
        return pdf(documents.participants(meeting, currentUser.canSeeContactsOf(meeting.getPlateCode()))); // KVKK
    }

    @GetMapping("/platform-export")
    PlatformExport.Ek1 platformExport(@PathVariable String id) {
        return export.of(meeting(id));
    }

    /** R12.2: one line per recipient institution; the secretariat (and administrators, managers) read it. */
    @GetMapping("/distribution-log")
    List<MinutesDistribution.DeliveryRow> distributionLog(@PathVariable String id) {
        Meeting meeting = meeting(id);
        int plate = meeting.getPlateCode();
        if (!currentUser.isAdministrator() && !currentUser.isManager() && !currentUser.belongsTo(GroupIds.secretariat(plate))
                && !currentUser.belongsTo(GroupIds.managers(plate)) && !currentUser.belongsTo(GroupIds.chair(plate))) {
            throw new ForbiddenException("Dağıtım kaydını ilin sekreteryası, kurul başkanlığı ve yöneticiler görür.");
        }
        return distribution.log(meeting);
    }

    private Meeting meeting(String id) {
        Meeting meeting = (id.chars().allMatch(Character::isDigit) ? meetings.findById(Long.parseLong(id)) : meetings.findByKey(id))
                .orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + id));
        currentUser.requireProvince(meeting.getPlateCode());
        return meeting;
    }

    private static ResponseEntity<byte[]> pdf(MeetingDocuments.Document document) {
        return inline(document)
                .header("X-Kurul-Minutes-Version", document.minutesVersion() == null ? "taslak" : String.valueOf(document.minutesVersion()))
                .body(document.content());
    }

    /** A PDF shown in the browser under its file name (the body still to be given). */
    static ResponseEntity.BodyBuilder inline(MeetingDocuments.Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString());
    }
}
