package tr.gov.goc.kurul.document;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.subcommission.SubCommissionReportView;
import tr.gov.goc.kurul.subcommission.SubCommissionReports;

/**
 * The sub-commission's forms (R12.6, R12.7): {@code /api/sub-commissions/{meetingKey}/minutes.pdf} (Ek-1, category
 * "Alt Komisyon Toplantısı") and {@code participants.pdf} (Ek-2), where {@code meetingKey} is the board meeting the
 * sub-commission prepared (27-2026-2). Users of the meeting's province read them (the phones on the Ek-2 only those
 * who may see people's contacts, KVKK); others get 403.
 */
@RestController
@RequestMapping("/api/sub-commissions/{meetingKey}")
class SubCommissionDocumentController {

    private final SubCommissionReports reports;
    private final SubCommissionDocuments documents;
    private final CurrentUser currentUser;

    SubCommissionDocumentController(SubCommissionReports reports, SubCommissionDocuments documents, CurrentUser currentUser) {
        this.reports = reports;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String meetingKey) {
        return pdf(documents.minutes(report(meetingKey)));
    }

    @GetMapping("/participants.pdf")
    ResponseEntity<byte[]> participants(@PathVariable String meetingKey) {
        SubCommissionReportView report = report(meetingKey);
        return pdf(documents.participants(report, currentUser.canSeeContactsOf(report.plateCode()))); // KVKK
    }

    private SubCommissionReportView report(String meetingKey) {
        SubCommissionReportView report = reports.forMeeting(meetingKey).orElseThrow(() -> SubCommissionDocuments.notRecorded(meetingKey));
        currentUser.requireProvince(report.plateCode());
        return report;
    }

    private static ResponseEntity<byte[]> pdf(MeetingDocuments.Document document) {
        return DocumentController.inline(document).body(document.content());
    }
}
