package tr.gov.goc.kurul.reporting;

import static tr.gov.goc.kurul.reporting.AnnualVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.meeting.Meeting;

/** The delegates and task listeners of {@code annualEvaluation} (R13.1–R13.4) and of its yearly starter. */
final class AnnualEvaluationSteps {

    private AnnualEvaluationSteps() {
    }

    static int plateCode(VariableScope scope) {
        return ((Number) scope.getVariable(PLATE_CODE)).intValue();
    }

    static int reportYear(VariableScope scope) {
        return ((Number) scope.getVariable(REPORT_YEAR)).intValue();
    }

    /** R13.1: creates the report (once) and pins its due dates: draft before the first meeting's agenda, platform R13.3. */
    @Component("prepareAnnualReport")
    static class Prepare implements JavaDelegate {

        private final AnnualReports reports;

        Prepare(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int plate = plateCode(execution);
            int year = reportYear(execution);
            AnnualReport report = reports.prepare(plate, year);
            execution.setVariable(REPORT_TITLE, reports.provinceName(plate) + " " + year + " Yılı Değerlendirme Raporu (Ek-3)");
            execution.setVariable(DRAFT_DUE_DATE, report.getDraftDueDate().toString());
            execution.setVariable(PLATFORM_ENTRY_DUE_DATE, report.getPlatformEntryDueDate().toString()); // R13.3
            execution.setVariable(BOARD_DECIDED, false);
        }
    }

    /** Create listener on every task of the report: links to the Ek-3 PDF and to its platform export, shown in the forms. */
    @Component("offerAnnualReportDocuments")
    static class OfferDocuments implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            String base = "/api/annual-reports/" + plateCode(task) + "/" + reportYear(task);
            task.setVariable(ANNUAL_REPORT_PDF_URL, base + ".pdf");
            task.setVariable(ANNUAL_REPORT_EXPORT_URL, base + "/platform-export");
        }
    }

    /** Fills the draft form: the latest version, or the text pre-filled from the year's provincial and district boards. */
    @Component("prefillAnnualReportForm")
    static class Prefill implements TaskListener {

        private final AnnualReports reports;

        Prefill(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public void notify(DelegateTask task) {
            AnnualReport report = reports.report(plateCode(task), reportYear(task));
            AnnualReportContent c = reports.currentContent(report);
            task.setVariable("mainProblems", c.mainProblems());
            task.setVariable("decisionsEvaluation", c.decisionsEvaluation());
            task.setVariable("notImplemented", c.notImplemented());
            task.setVariable("unsolvedProblems", c.unsolvedProblems());
            task.setVariable("solutionProposals", c.solutionProposals());
            task.setVariable("expectedSupport", c.expectedSupport());
            task.setVariable("conclusions", c.conclusions());
            AnnualReportView.Summary s = reports.view(report.getPlateCode(), report.getReportYear()).summary();
            task.setVariable(EVIDENCE_SUMMARY, report.getReportYear() + " yılında " + s.provincialMeetings() + " il ve "
                    + s.districtMeetings() + " ilçe kurulu toplantısı, " + s.decisions() + " karar (" + s.implemented()
                    + " uygulandı, " + s.notImplemented() + " uygulanamadı, " + s.ongoing() + " sürüyor).");
        }
    }

    /** R13.1, R13.4: checks the İl GİM's text and stores it as a new version; the report is then ready for the board. */
    @Component("submitAnnualReport")
    static class Submit implements TaskListener {

        private final AnnualReports reports;
        private final IdentityService identityService;

        Submit(AnnualReports reports, IdentityService identityService) {
            this.reports = reports;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            int max = AnnualReportContent.MAX_LENGTH;
            AnnualReportContent content = new AnnualReportContent(
                    FormValues.requiredText(task.getVariable("mainProblems"), "Kurullarda dile getirilen başlıca sorunlar", max),
                    FormValues.requiredText(task.getVariable("decisionsEvaluation"), "Alınan kararlar ve uygulama durumu", max),
                    FormValues.optionalText(task.getVariable("notImplemented"), "Uygulanamayan kararlar ve nedenleri", max),
                    FormValues.optionalText(task.getVariable("unsolvedProblems"), "Kararlara rağmen çözülemeyen sorunlar", max),
                    FormValues.optionalText(task.getVariable("solutionProposals"), "Çözüm önerileri", max),
                    FormValues.requiredText(task.getVariable("expectedSupport"), "Başkanlıktan beklenen destek", max),
                    FormValues.requiredText(task.getVariable("conclusions"), "Sonuç, değerlendirme ve öneriler", max));
            AnnualReport report = reports.report(plateCode(task), reportYear(task));
            reports.submit(report, content, Actors.current(identityService));
        }
    }

    /** Names the meeting whose decision the secretariat records: the first provincial board of the year (R13.2). */
    @Component("prepareAnnualReportDecision")
    static class PrepareDecision implements TaskListener {

        private final AnnualReports reports;

        PrepareDecision(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public void notify(DelegateTask task) {
            Optional<Meeting> first = reports.firstMeeting(plateCode(task), reportYear(task) + 1);
            task.setVariable(MEETING_KEY, first.map(Meeting::getMeetingKey).orElse(null));
            task.setVariable(MEETING_TITLE, first.map(m -> m.getTitle()
                    + (m.getMeetingDate() == null ? "" : " (" + TurkishDates.format(m.getMeetingDate()) + ")"))
                    .orElse("Yılın ilk il kurulu toplantısı (henüz planlanmadı)"));
        }
    }

    /** R13.2: the first board of the year approves or rejects the report; recorded on or after the meeting day. */
    @Component("recordAnnualReportBoardDecision")
    static class RecordBoardDecision implements TaskListener {

        private final AnnualReports reports;
        private final IdentityService identityService;
        private final Clock clock;

        RecordBoardDecision(AnnualReports reports, IdentityService identityService, Clock clock) {
            this.reports = reports;
            this.identityService = identityService;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            String choice = FormValues.text(task.getVariable("boardDecision"));
            if (!"approved".equals(choice) && !"rejected".equals(choice)) {
                throw new TaskInputException("Kurulun kararını seçin: rapor onaylandı ya da reddedildi (R13.2).");
            }
            boolean approved = "approved".equals(choice);
            String note = approved ? FormValues.optionalText(task.getVariable("decisionNote"), "Karar notu", 1000)
                    : FormValues.requiredText(task.getVariable("decisionNote"), "Ret gerekçesi", 1000);
            int plate = plateCode(task);
            int year = reportYear(task);
            Meeting meeting = reports.firstMeeting(plate, year + 1).orElseThrow(() -> new TaskInputException(
                    (year + 1) + " yılının ilk il kurulu toplantısı planlanmadı; rapor bu toplantıda onaylanır (R13.2)."));
            LocalDate today = LocalDate.now(clock);
            if (meeting.getMeetingDate() == null || meeting.getMeetingDate().isAfter(today)) {
                throw new TaskInputException("Kurulun kararı toplantı yapıldıktan sonra kaydedilir; " + meeting.getTitle()
                        + (meeting.getMeetingDate() == null ? " için tarih henüz belirlenmedi."
                        : " " + TurkishDates.format(meeting.getMeetingDate()) + " tarihindedir."));
            }
            AnnualReport report = reports.report(plate, year);
            reports.recordBoardDecision(report, meeting, approved, note, Actors.current(identityService));
            task.setVariable(MEETING_KEY, meeting.getMeetingKey());
            task.setVariable(BOARD_DECIDED, true);
            task.setVariable(REPORT_APPROVED, approved);
            task.setVariable(RETURN_REASON, approved ? null : note);
        }
    }

    /**
     * R13.2: the meetings that may decide on a revised report — the province's board meetings held after the rejection
     * (ordinary or extraordinary) — offered as a select; prepared when the task opens and again when it is claimed.
     */
    @Component("prepareRevisedReportDecision")
    static class PrepareRevisedDecision implements TaskListener {

        private final AnnualReports reports;

        PrepareRevisedDecision(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public void notify(DelegateTask task) {
            AnnualReport report = reports.report(plateCode(task), reportYear(task));
            task.setVariable(REVISION_MEETING_OPTIONS, FormValues.json(reports.heldAfterRejection(report).stream()
                    .map(m -> Map.of("label", meetingLabel(m), "value", m.getMeetingKey())).toList()));
        }
    }

    static String meetingLabel(Meeting m) {
        return m.getTitle() + (m.getMeetingDate() == null ? "" : " (" + TurkishDates.format(m.getMeetingDate()) + ")");
    }

    /**
     * R13.2: the board, not the chair alone, decides on the revised report: at a provincial board meeting of the
     * province held after the rejection (ordinary or extraordinary, Art 7(3)); none held yet, the report waits.
     */
    @Component("recordRevisedReportBoardDecision")
    static class RecordRevisedBoardDecision implements TaskListener {

        private final AnnualReports reports;
        private final IdentityService identityService;

        RecordRevisedBoardDecision(AnnualReports reports, IdentityService identityService) {
            this.reports = reports;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            String choice = FormValues.text(task.getVariable("boardDecision"));
            if (!"approved".equals(choice) && !"rejected".equals(choice)) {
                throw new TaskInputException("Kurulun kararını seçin: düzeltilmiş rapor onaylandı ya da reddedildi (R13.2).");
            }
            boolean approved = "approved".equals(choice);
            String note = approved ? FormValues.optionalText(task.getVariable("decisionNote"), "Karar notu", 1000)
                    : FormValues.requiredText(task.getVariable("decisionNote"), "Ret gerekçesi", 1000);
            AnnualReport report = reports.report(plateCode(task), reportYear(task));
            String rejectedOn = report.getBoardDecidedOn() == null ? "" : " (" + TurkishDates.format(report.getBoardDecidedOn()) + ")";
            List<Meeting> held = reports.heldAfterRejection(report);
            if (held.isEmpty()) {
                throw new TaskInputException("Ret kararından" + rejectedOn + " sonra henüz il kurulu toplantısı yapılmadı; "
                        + "düzeltilmiş rapor bir sonraki kurul toplantısını bekler: bir sonraki olağan toplantının gündemine "
                        + "alınır ya da olağanüstü toplantıda görüşülür (Genelge md. 7/3). Raporu Vali tek başına değil kurul "
                        + "onaylar (R13.2).");
            }
            String key = FormValues.text(task.getVariable("revisionMeeting"));
            if (key == null) {
                throw new TaskInputException("revisionMeeting", "Düzeltilmiş raporu görüşen kurul toplantısını seçin (R13.2).");
            }
            Meeting meeting = held.stream().filter(m -> m.getMeetingKey().equals(key)).findFirst()
                    .orElseThrow(() -> new TaskInputException("revisionMeeting", "Seçilen toplantı, ret kararından" + rejectedOn
                            + " sonra yapılmış bir il kurulu toplantısı değil; düzeltilmiş raporu ret kararından sonra yapılan "
                            + "bir kurul toplantısı onaylar (R13.2). Seçilebilecek toplantılar: "
                            + String.join("; ", held.stream().map(AnnualEvaluationSteps::meetingLabel).toList()) + "."));
            reports.recordBoardDecision(report, meeting, approved, note, Actors.current(identityService));
            task.setVariable(MEETING_KEY, meeting.getMeetingKey());
            task.setVariable(REPORT_APPROVED, approved);
            task.setVariable(RETURN_REASON, approved ? null : note);
        }
    }

    /** R13.3, R14: who entered the report's data into the presidency's platform, which version, on which day. */
    @Component("recordAnnualReportPlatformEntry")
    static class RecordPlatformEntry implements TaskListener {

        private final AnnualReports reports;
        private final IdentityService identityService;
        private final Clock clock;

        RecordPlatformEntry(AnnualReports reports, IdentityService identityService, Clock clock) {
            this.reports = reports;
            this.identityService = identityService;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            if (!FormValues.flag(task.getVariable("platformEntered"))) {
                throw new TaskInputException("Rapor verileri platforma girilmeden bu görev tamamlanamaz (R13.3).");
            }
            LocalDate enteredOn = FormValues.date(task.getVariable("platformEnteredOn"), "Giriş tarihi");
            if (enteredOn == null || enteredOn.isAfter(LocalDate.now(clock))) {
                throw new TaskInputException("Giriş tarihi zorunludur ve ileri bir tarih olamaz.");
            }
            String note = FormValues.optionalText(task.getVariable("platformNote"), "Not", 1000);
            AnnualReport report = reports.report(plateCode(task), reportYear(task));
            report.enteredOnPlatform(enteredOn, Actors.current(identityService), reports.currentVersion(report), note);
            reports.save(report);
        }
    }

    /** The yearly timer (1–15 January): starts the reports on the first working day of January (R13.1). */
    @Component("startAnnualEvaluations")
    static class StartAll implements JavaDelegate {

        private final AnnualReports reports;
        private final Clock clock;

        StartAll(AnnualReports reports, Clock clock) {
            this.reports = reports;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("startedReports", reports.startDue(LocalDate.now(clock)).size());
        }
    }
}
