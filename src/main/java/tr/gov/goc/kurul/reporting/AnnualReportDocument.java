package tr.gov.goc.kurul.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.document.PdfDocuments;

/**
 * The Ek-3 annual evaluation report as PDF (R13.1–R13.4, DOMAIN "Ek-3"): year, province, the year's provincial and
 * district boards, the main problems, the decisions with their final follow-up status per institution, those not
 * implemented with reasons, problems left unsolved, solution proposals, the support expected from the presidency,
 * conclusions; then who prepared, the board's decision (R13.2), the approval and the platform entry (R13.3). Until the
 * board (or, after a rejection, the chair) approves it, every page carries "TASLAK".
 */
@Component
class AnnualReportDocument {

    static final String EK3 = "ek3-annual-report";
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfDocuments pdf;
    private final Clock clock;

    AnnualReportDocument(PdfDocuments pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    String fileName(AnnualReportView report) {
        return "Ek-3_Yillik_Degerlendirme_Raporu_" + report.plateCode() + "_" + report.year() + ".pdf";
    }

    byte[] render(AnnualReportView report) {
        return pdf.pdf(EK3, model(report));
    }

    Map<String, Object> model(AnnualReportView r) {
        Map<String, Object> model = new LinkedHashMap<>();
        LocalDate printed = r.approval() != null && r.approval().approvedOn() != null ? r.approval().approvedOn() : LocalDate.now(clock);
        model.put("headerDate", HEADER_DATE.format(printed));
        model.put("authority", r.provinceName().toUpperCase(TURKISH) + " VALİLİĞİ");
        model.put("boardName", r.provinceName() + " İl Göç Koordinasyon Kurulu");
        model.put("footer", r.provinceName() + " " + r.year() + " Yılı Değerlendirme Raporu (" + r.businessKey() + ") — Kurul");
        model.put("draft", r.approval() == null);
        model.put("draftNote", "TASLAK — kurulca henüz onaylanmamıştır (" + r.statusLabel() + ")");
        model.put("year", r.year());
        model.put("province", r.provinceName());
        model.put("status", r.statusLabel());
        model.put("version", r.currentVersion() == null ? "Henüz sunulmadı (ön doldurulmuş taslak)" : String.valueOf(r.currentVersion()));
        AnnualReportView.Summary s = r.summary();
        model.put("meetingSummary", s.provincialMeetings() + " il ve " + s.districtMeetings() + " ilçe kurulu toplantısı");
        model.put("decisionSummary", s.decisions() + " karar: " + s.implemented() + " uygulandı, " + s.notImplemented()
                + " uygulanamadı, " + s.ongoing() + " sürüyor");
        AnnualReportContent c = r.content();
        model.put("mainProblems", orDash(c.mainProblems()));
        model.put("decisionsEvaluation", orDash(c.decisionsEvaluation()));
        model.put("notImplemented", orDash(c.notImplemented()));
        model.put("unsolvedProblems", orDash(c.unsolvedProblems()));
        model.put("solutionProposals", orDash(c.solutionProposals()));
        model.put("expectedSupport", orDash(c.expectedSupport()));
        model.put("conclusions", orDash(c.conclusions()));
        model.put("meetings", r.meetings().stream().map(m -> Map.of("title", m.title(), "level", m.level(),
                "date", m.meetingDate() == null ? "—" : TurkishDates.format(m.meetingDate()))).toList());
        model.put("decisions", r.decisions().stream().map(AnnualReportDocument::decisionRow).toList());
        model.put("preparedBy", r.versions().isEmpty() ? "İl Göç İdaresi Müdürlüğü"
                : "İl Göç İdaresi Müdürlüğü — " + r.versions().get(r.versions().size() - 1).preparedBy());
        AnnualReportView.BoardDecisionRow board = r.boardDecision();
        model.put("boardDecision", board == null ? "Yılın ilk il kurulu toplantısında görüşülecek (Genelge md. 13/2)."
                : board.decisionLabel() + " — " + board.meetingKey()
                  + (board.decidedOn() == null ? "" : ", " + TurkishDates.format(board.decidedOn()))
                  + (board.note() == null || board.note().isBlank() ? "" : ". " + board.note()));
        AnnualReportView.Approval approval = r.approval();
        model.put("approval", approval == null ? "—" : "Sürüm " + approval.version() + " — " + approval.approvedBy()
                + (approval.approvedOn() == null ? "" : ", " + TurkishDates.format(approval.approvedOn())));
        AnnualReportView.PlatformEntry entry = r.platformEntry();
        model.put("platformEntry", entry.enteredOn() == null
                ? "Son gün " + TurkishDates.format(entry.dueDate()) + " (Genelge md. 13/3); henüz girilmedi."
                : TurkishDates.format(entry.enteredOn()) + " — " + entry.enteredBy() + " (sürüm " + entry.version() + ")");
        return model;
    }

    private static Map<String, Object> decisionRow(AnnualReportView.DecisionRow d) {
        List<String> institutions = d.institutions().stream()
                .map(i -> i.institutionName() + ": " + (i.statusLabel() == null ? "rapor verilmedi" : i.statusLabel())
                        + (i.reason() == null || i.reason().isBlank() ? "" : " (" + i.reason() + ")"))
                .toList();
        return Map.of("label", d.label(), "text", orDash(d.text()), "level", d.level(),
                "deadline", d.deadline() == null ? "—" : TurkishDates.format(d.deadline()),
                "institutions", institutions.isEmpty() ? "—" : institutions.stream().collect(Collectors.joining("; ")),
                "outcome", d.outcome());
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
