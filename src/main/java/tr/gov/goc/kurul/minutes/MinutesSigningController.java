package tr.gov.goc.kurul.minutes;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/**
 * The minutes' signing from Kurul's "E-İmza ile imzala" page (R12.2): the PDF to sign
 * ({@code GET /api/meetings/{key}/minutes/to-sign.pdf}), who has signed ({@code GET …/minutes/signing}) and the upload of
 * the PDF signed with the signatory's own e-İmza ({@code POST …/minutes/signed-pdf}, multipart {@code file},
 * optional {@code dissentNote}). Users of the meeting's province read; only a signatory with an open signing task uploads.
 */
@RestController
@RequestMapping("/api/meetings/{key}/minutes")
class MinutesSigningController {

    private final Meetings meetings;
    private final MinutesForSigning minutes;
    private final QualifiedSigning qualified;
    private final CurrentUser currentUser;
    private final Minutes versions;

    MinutesSigningController(Meetings meetings, MinutesForSigning minutes, QualifiedSigning qualified, CurrentUser currentUser,
                             Minutes versions) {
        this.versions = versions;
        this.meetings = meetings;
        this.minutes = minutes;
        this.qualified = qualified;
        this.currentUser = currentUser;
    }

    @GetMapping("/to-sign.pdf")
    ResponseEntity<byte[]> toSign(@PathVariable String key) {
        MinutesForSigning.ToSign pdf = minutes.toSign(meeting(key));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .header("X-Kurul-Minutes-Version", String.valueOf(pdf.versionNo()))
                .body(pdf.content());
    }

    record SignatoryRow(String name, String title, String institution, String status) {
    }

    record SigningView(String meetingKey, String meetingTitle, int versionNo, int signed, int signatories, boolean mayUpload,
                       String toSignPdfUrl, List<SignatoryRow> rows) {
    }

    @GetMapping("/signing")
    SigningView signing(@PathVariable String key) {
        Meeting meeting = meeting(key);
        MinutesForSigning.ToSign pdf = minutes.toSign(meeting);
        MinutesVersion version = versions.versions(meeting).stream().filter(v -> v.getNumber() == pdf.versionNo()).findFirst()
                .orElseThrow(() -> new NotFoundException("Bu toplantının imzaya sunulmuş bir tutanağı yok."));
        Map<Long, MinutesSignature> given = new HashMap<>();
        versions.signatures(version).forEach(s -> given.put(s.getAttendanceId(), s));
        List<Attendance> signatories = meetings.signatories(meeting);
        List<SignatoryRow> rows = signatories.stream().map(a -> new SignatoryRow(a.getFullName(), a.getTitle(), a.getInstitutionName(),
                status(given.get(a.getId())))).toList();
        int signed = (int) signatories.stream().filter(a -> given.containsKey(a.getId())).count();
        boolean mayUpload = qualified.openTask(meeting, currentUser.userId()).isPresent();
        return new SigningView(meeting.getMeetingKey(), meeting.getTitle(), pdf.versionNo(), signed, signatories.size(), mayUpload,
                "/api/meetings/" + meeting.getMeetingKey() + "/minutes/to-sign.pdf", rows);
    }

    @PostMapping("/signed-pdf")
    MinutesForSigning.Accepted upload(@PathVariable String key, @RequestParam(value = "file", required = false) MultipartFile file,
                                      @RequestParam(value = "dissentNote", required = false) String dissentNote) throws IOException {
        Meeting meeting = meeting(key);
        return qualified.sign(meeting, currentUser.userId(), file == null || file.isEmpty() ? null : file.getBytes(), dissentNote);
    }

    private static String status(MinutesSignature sig) {
        if (sig == null) {
            return "İmza bekleniyor";
        }
        return switch (sig.getHow()) {
            case QUALIFIED -> sig.getDissentNote() == null ? "E-İmza ile imzaladı" : "E-İmza ile muhalefet şerhiyle imzaladı";
            case IN_SYSTEM -> sig.getDissentNote() == null ? "Kurul'da onayladı" : "Kurul'da muhalefet şerhiyle onayladı";
            case WET -> "Islak imza kaydedildi";
        };
    }

    private Meeting meeting(String key) {
        Meeting meeting = meetings.findByKey(key).orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + key));
        currentUser.requireProvince(meeting.getPlateCode());
        return meeting;
    }
}
