package tr.gov.goc.kurul.subcommission;

import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import java.time.Clock;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion of "Alt komisyon toplantısını kaydet" ({@code ${recordSubCommissionMeeting}}): checks the record — at
 * least one attendee (R12.7), who chaired it (R6.2), a finding in at least one area or an explicit "no findings"
 * (R6.7), problems and proposals (R6.8), action plan monitoring (R5.14), lengths, no emoji — and stores the Ek-1
 * report, category "Alt Komisyon Toplantısı" (R12.6), with its Ek-2 attendance list (R12.7): the liaison officers who
 * came and the other participants the secretariat lists (one a line, "Ad Soyad; Unvan; Kurum; Telefon").
 */
@Component("recordSubCommissionMeeting")
class RecordSubCommissionListener implements TaskListener {

    static final int FINDING_MAX = 2000;
    static final int TEXT_MAX = 3000; // MariaDB row size (utf8mb4) and Camunda's 4000-character string variables

    private final SubCommissionRoster roster;
    private final SubCommissionMeetingRepository meetings;
    private final SubCommissionReportRepository reports;
    private final IdentityService identityService;
    private final ActionPlans actionPlans;
    private final Clock clock;

    RecordSubCommissionListener(SubCommissionRoster roster, SubCommissionMeetingRepository meetings,
                                SubCommissionReportRepository reports, IdentityService identityService,
                                ActionPlans actionPlans, Clock clock) {
        this.roster = roster;
        this.meetings = meetings;
        this.reports = reports;
        this.identityService = identityService;
        this.actionPlans = actionPlans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(DelegateTask task) {
        FormInput input = new FormInput(task);
        String meetingKey = string(task, MEETING_KEY);
        SubCommissionMeeting meeting = meetings.findByMeetingKey(meetingKey)
                .orElseThrow(() -> new IllegalStateException("Alt komisyon toplantısı kaydı yok: " + meetingKey));
        int year = LocalDate.parse(string(task, MEETING_DATE)).getYear();
        List<RosterEntry> entries = roster.entries(plateCode(task), year);

        Set<String> chosen = new LinkedHashSet<>(input.list(ATTENDEES, "Katılımcılar"));
        Set<String> offered = entries.stream().map(RosterEntry::value).collect(Collectors.toSet());
        List<String> unknown = chosen.stream().filter(v -> !offered.contains(v)).toList();
        if (!unknown.isEmpty()) {
            input.error("Katılımcı listesinde olmayan seçim: " + String.join(", ", unknown) + ".");
        }
        if (chosen.isEmpty()) {
            input.error("En az bir katılımcı (irtibat görevlisi) işaretlenmelidir (Ek-2).");
        }
        String chairedBy = input.text(CHAIRED_BY, "Toplantıyı yöneten (Uyum Çalışma Grubu Başkanı)", 150, true); // R6.2
        String topics = input.text(TOPICS, "Görüşülen konular", TEXT_MAX, false);
        boolean noFindings = input.flag(NO_FINDINGS);
        Map<ThematicArea, String> findings = new EnumMap<>(ThematicArea.class);
        for (ThematicArea area : ThematicArea.values()) { // R6.7
            String text = input.text(area.variable(), "Bulgu (" + area.label() + ")", FINDING_MAX, false);
            if (text != null) {
                findings.put(area, text);
            }
        }
        if (findings.isEmpty() && !noFindings) {
            input.error("En az bir tematik alanda bulgu yazın ya da \"Bu toplantıda bulgu yok\" kutusunu işaretleyin.");
        }
        if (!findings.isEmpty() && noFindings) {
            input.error("Bulgu yazıldığı hâlde \"Bu toplantıda bulgu yok\" işaretli; birini düzeltin.");
        }
        String problems = input.text(PROBLEMS, "Tespit edilen sorunlar", TEXT_MAX, false); // R6.8
        String proposals = input.text(PROPOSALS, "Çözüm önerileri", TEXT_MAX, false); // R6.8
        String monitoring = input.text(ACTION_PLAN_MONITORING, "Eylem planının izlenmesi", TEXT_MAX, true); // R5.14
        String progress = input.text(ACTION_PLAN_PROGRESS, "Eylem planı maddelerinin ilerlemesi", TEXT_MAX, false); // R5.14
        input.throwIfInvalid();
        List<OtherParticipant> others = OtherParticipantLines.read(task.getVariable(OtherParticipantLines.FIELD)); // R12.7
        try {
            actionPlans.recordProgress(plateCode(task), meetingKey, progress, currentUser(task));
        } catch (InvalidInputException e) {
            throw new TaskInputException(e.getMessage());
        }

        List<AttendanceRow> rows = new ArrayList<>();
        for (RosterEntry entry : entries) { // R12.7: every member on the Ek-2 list, with whether they came
            rows.add(new AttendanceRow(rows.size() + 1, entry, chosen.contains(entry.value())));
        }
        SubCommissionReport report = reports.findByMeetingMeetingKey(meetingKey).orElseGet(() -> new SubCommissionReport(meeting));
        report.record(new ReportInput(chairedBy, topics, noFindings, findings, problems, proposals, monitoring), rows,
                others, currentUser(task), clock.instant());
        reports.save(report);
        task.setVariable(PARTICIPANT_COUNT, report.getParticipantCount());
        // R12.6, R12.7: the platform entry task links the Ek-1 and Ek-2 printed from this record
        String documents = "/api/sub-commissions/" + meetingKey;
        task.setVariable(MINUTES_PDF_URL, documents + "/minutes.pdf");
        task.setVariable(PARTICIPANTS_PDF_URL, documents + "/participants.pdf");
    }

    private String currentUser(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
