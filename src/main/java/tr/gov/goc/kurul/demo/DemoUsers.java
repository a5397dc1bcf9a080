package tr.gov.goc.kurul.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.agenda.ProposalStatus;
import tr.gov.goc.kurul.demo.Autopilot.Answer;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.meeting.ExtraordinaryRequester;
import tr.gov.goc.kurul.meeting.ExtraordinaryRequests;

/**
 * The demo's people: when and how the liaison officers, secretariats and chairs of the demo provinces answer their
 * tasks while the demo lives ({@link DemoLife}). They start from the diligent answers of {@link TaskAnswers} and
 * behave as offices do: a liaison officer answers an agenda call within a week, a secretariat the same or the next
 * day, a follow-up is first "in progress" and later "done". And, once each, what the circular's deadlines are for:
 * <ul>
 * <li>Gaziantep's culture and tourism directorate never answers an agenda call (R10.2);</li>
 * <li>in every provincial agenda call one institution misses the due date and the İl GİM takes its answer late;</li>
 * <li>Karkamış (a border district, R8.1) misses its first window and meets by the R8.3 deadline;</li>
 * <li>Edirne's first minutes of the lived year are distributed after the 15 days of R12.2;</li>
 * <li>one follow-up report of Gaziantep's police is never given: reminded, then escalated (R5.6);</li>
 * <li>the Vali of Gaziantep calls an extraordinary meeting five months in (R7.3).</li>
 * </ul>
 */
@Component
class DemoUsers {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final LocalDateTime NEVER = LocalDateTime.of(9999, 12, 31, 0, 0);
    private static final String GAZIANTEP_NEVER_ANSWERS = "prov-27-liaison-kultur-turizm";
    private static final String GAZIANTEP_POLICE = "prov-27-liaison-emniyet";
    private static final List<String> LATE_BY_TURNS = List.of("tarim", "sanayi", "ticaret", "genclik-spor", "cevre");
    /**
     * At most how many days after its creation a task is answered (by turns, never after its due date); a task not
     * named here is answered at once — the steps of the meeting day and the scheduling steps whose notice periods
     * start counting at once (R11.3, R11.4).
     */
    private static final Map<String, Integer> LAG_DAYS = Map.of("Task_GiveOpinion", 4, "Task_DraftMinutes", 1,
            "Task_SignMinutes", 2, "Task_RecordWetSignatures", 2, "Task_RecordPlatformEntry", 4, "Task_DraftReport", 3,
            "Task_ApproveVersion", 2, "Task_ConsolidateVersion", 2);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final AgendaProposals proposals;
    private final Institutions institutions;
    private final Decisions decisions;
    private final ExtraordinaryRequests extraordinaryRequests;
    private final Clock clock;
    private final Map<String, String> slugs = new HashMap<>();
    private LocalDate start;
    private final List<LocalDate> extraordinaryDays = new ArrayList<>();
    private String lateDistrictMeeting;
    private String lateDistribution;
    private String unansweredFollowUp;

    private final DemoSignatures signatures;

    DemoUsers(TaskService taskService, IdentityService identityService, AgendaProposals proposals, Institutions institutions,
              Decisions decisions, ExtraordinaryRequests extraordinaryRequests, Clock clock, DemoSignatures signatures) {
        this.signatures = signatures;
        this.decisions = decisions;
        this.taskService = taskService;
        this.identityService = identityService;
        this.proposals = proposals;
        this.institutions = institutions;
        this.extraordinaryRequests = extraordinaryRequests;
        this.clock = clock;
    }

    void begin(DemoData data, LocalDate start, LocalDate today) {
        this.start = start;
        data.provinces().forEach(p -> slugs.put(String.valueOf(p.plateCode()), p.slug()));
        extraordinaryDays.clear();
        extraordinaryDays.add(weekday(start.plusMonths(5).withDayOfMonth(10), 1));
        extraordinaryDays.add(weekday(today.minusDays(3), -1));
    }

    /**
     * R7.3: the Vali's own calls for an extraordinary meeting — one five months in, one a few days ago, whose agenda
     * call is open today (what a liaison officer opening Tasklist finds first).
     */
    void morning(LocalDate day) {
        if (extraordinaryDays.contains(day)) {
            extraordinaryRequests.request(27, null, ExtraordinaryRequester.GOVERNOR, day.equals(extraordinaryDays.get(0))
                    ? "Sınır kapısındaki yoğunluk ve kayıt dışı geçişler üzerine Valinin çağrısıyla olağanüstü toplantı"
                    : "Kış öncesi geçici barınma ve sağlık hizmetlerindeki yoğunluk üzerine Valinin çağrısıyla olağanüstü toplantı",
                    "gaziantep.vali");
        }
    }

    /** The day itself if it is a weekday, else the nearest one in the given direction (+1 later, -1 earlier). */
    private static LocalDate weekday(LocalDate day, int direction) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(direction);
        }
        return d;
    }

    Map<String, Answer> answers() {
        Map<String, Answer> answers = new HashMap<>(TaskAnswers.standard());
        answers.put("Task_SubmitAgendaProposal", (task, pilot) -> List.of(DemoTexts.agendaAnswer(institutionCode(task, pilot),
                String.valueOf(pilot.variable(task, "meetingKey")))));
        answers.put("Task_CompileAgenda", new Autopilot.Patient((task, pilot) -> {
            if (!TaskAnswers.subCommissionReported(task, pilot)) {
                return List.of();
            }
            acceptLateAnswers(String.valueOf(pilot.variable(task, "meetingKey")), pilot);
            return List.of(TaskAnswers.compileAgenda(task, pilot));
        }));
        answers.put("Task_RecordDecision", (task, pilot) -> List.of(DemoTexts.decision(task, pilot)));
        Answer diligentDate = answers.get("Task_SetMeetingDate");
        answers.put("Task_SetMeetingDate", (task, pilot) -> { // the chair's office: some days into the window, not its first day
            List<Map<String, Object>> candidates = diligentDate.answer(task, pilot);
            int skip = Math.min(Math.floorMod(task.getId().hashCode(), 5), Math.max(0, candidates.size() - 3));
            return candidates.subList(skip, candidates.size());
        });
        answers.put("Task_ReportFollowUp", (task, pilot) -> List.of(followUp(task, pilot)));
        Answer inKurul = answers.get("Task_SignMinutes");
        // R12.2: the Vali of Gaziantep signs with his e-İmza, the others approve in Kurul
        answers.put("Task_SignMinutes", new Autopilot.Patient((task, pilot) -> signatures.signsWithEImza(task)
                ? signatures.sign(task, pilot) : inKurul.answer(task, pilot)));
        answers.put("Task_DraftMinutes", (task, pilot) -> {
            String meetingKey = String.valueOf(pilot.variable(task, "meetingKey"));
            return List.of(DemoTexts.minutes(proposals.forMeeting(meetingKey),
                    decisions.ofMeeting(meetingKey).stream().map(d -> d.decision().getText()).toList()));
        });
        return answers;
    }

    /** When the task's user gets to it. */
    LocalDateTime readyAt(Task task, Autopilot pilot) {
        LocalDateTime created = LocalDateTime.ofInstant(task.getCreateTime().toInstant(), ISTANBUL);
        String key = task.getTaskDefinitionKey();
        String meetingKey = String.valueOf(pilot.variable(task, "meetingKey"));
        String group = candidateGroups(task).stream().findFirst().orElse("");
        int turn = Math.floorMod(task.getId().hashCode(), 7);
        switch (key) {
            case "Task_SubmitAgendaProposal" -> {
                if (group.equals(GAZIANTEP_NEVER_ANSWERS) || group.equals(lateInstitutionGroup(meetingKey))) {
                    return NEVER; // the call closes without their answer (R10.2)
                }
                return beforeDue(task, created, created.plusDays(1 + turn % 6));
            }
            case "Task_CompileAgenda" -> {
                if (isFirstWindowOfKarkamis(meetingKey, pilot, task)) {
                    return pilot.dateVariable(task, "windowEnd").plusDays(1).atTime(10, 0); // R8.3: the window is missed
                }
                return created;
            }
            case "Task_DistributeMinutes" -> {
                if (lateDistribution == null && meetingKey.startsWith("22-") && !meetingKey.contains("ilce")) {
                    lateDistribution = meetingKey;
                }
                if (meetingKey.equals(lateDistribution)) {
                    return LocalDateTime.ofInstant(task.getDueDate().toInstant(), ISTANBUL).plusDays(3); // R12.2 missed
                }
                return beforeDue(task, created, created.plusDays(turn % 3));
            }
            case "Task_ReportFollowUp" -> {
                if (unansweredFollowUp == null && candidateGroups(task).contains(GAZIANTEP_POLICE)) {
                    unansweredFollowUp = task.getProcessInstanceId();
                }
                if (task.getProcessInstanceId().equals(unansweredFollowUp)) {
                    return NEVER; // reminded at the due date, then escalated to the secretariat (R5.6)
                }
                if (reportsGiven(task, pilot) == 0) {
                    return beforeDue(task, created, created.plusDays(3 + turn));
                }
                // the next report is given when it is asked for: in the days before the next meeting (R5.6, R5.7)
                LocalDateTime due = LocalDateTime.ofInstant(task.getDueDate().toInstant(), ISTANBUL);
                return beforeDue(task, created, due.minusDays(1 + turn % 4));
            }
            default -> {
                int days = LAG_DAYS.getOrDefault(key, 0); // meeting-day steps and scheduling: at once
                return days == 0 ? created : beforeDue(task, created, created.plusDays(turn % (days + 1)));
            }
        }
    }

    /**
     * Who answers: the chair's group sets dates and signs (Art 11(3), 12(2)), an institution's principal liaison officer
     * answers for it (R6.3), the secretariat the rest; a group without people is answered by the engine (null).
     */
    String userOf(Task task, Autopilot pilot) {
        if (task.getAssignee() != null) { // a task of one person (a signatory's signature, R12.2) is theirs to answer
            return task.getAssignee();
        }
        List<String> groups = new ArrayList<>(candidateGroups(task));
        groups.sort(Comparator.comparingInt(g -> g.endsWith("-chair") ? 0 : g.contains("-liaison-") ? 1 : 2));
        for (String group : groups) {
            List<String> members = identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId)
                    .sorted(Comparator.comparing((String u) -> !u.endsWith(".asil") && !u.endsWith(".vali")
                            && !u.endsWith(".kaymakam")).thenComparing(u -> u)).toList();
            if (!members.isEmpty()) {
                return members.get(0);
            }
        }
        return null;
    }

    private List<String> candidateGroups(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** Not later than the last moment of the day the autopilot visits before the due date (9:00 or 18:00). */
    private static LocalDateTime beforeDue(Task task, LocalDateTime created, LocalDateTime wanted) {
        if (task.getDueDate() == null) {
            return wanted;
        }
        LocalDateTime due = LocalDateTime.ofInstant(task.getDueDate().toInstant(), ISTANBUL);
        LocalDateTime lastVisit = due.toLocalDate().atTime(due.getHour() >= 18 ? 18 : 9, 0);
        if (!lastVisit.isBefore(due)) {
            lastVisit = due.toLocalDate().minusDays(1).atTime(18, 0);
        }
        LocalDateTime ready = wanted.isAfter(lastVisit) ? lastVisit : wanted;
        return ready.isBefore(created) ? created : ready;
    }

    /** In each provincial agenda call (not the extraordinary ones) one institution by turns misses the due date. */
    private static String lateInstitutionGroup(String meetingKey) {
        String[] parts = meetingKey.split("-");
        if (parts.length != 3 || !parts[2].matches("\\d+")) {
            return null;
        }
        int turn = Integer.parseInt(parts[1]) * 4 + Integer.parseInt(parts[2]);
        return "prov-" + parts[0] + "-liaison-" + LATE_BY_TURNS.get(turn % LATE_BY_TURNS.size());
    }

    private boolean isFirstWindowOfKarkamis(String meetingKey, Autopilot pilot, Task task) {
        if (lateDistrictMeeting == null && String.valueOf(pilot.variable(task, "meetingTitle")).startsWith("Karkamış")
                && !meetingKey.matches(".*-[TE]\\d+$")) {
            LocalDate windowStart = pilot.dateVariable(task, "windowStart");
            if (windowStart != null && windowStart.isAfter(start)) {
                lateDistrictMeeting = meetingKey;
            }
        }
        return meetingKey.equals(lateDistrictMeeting);
    }

    /** The İl GİM takes the answers that came after the due date — all but the institution that never answers. */
    private void acceptLateAnswers(String meetingKey, Autopilot pilot) {
        String never = GAZIANTEP_NEVER_ANSWERS.substring(GAZIANTEP_NEVER_ANSWERS.lastIndexOf("-liaison-") + "-liaison-".length());
        String secretary = slugs.get(meetingKey.split("-")[0]) + ".sekreter";
        for (AgendaProposalView answer : proposals.forMeeting(meetingKey)) {
            if (answer.status() != ProposalStatus.LATE) {
                continue;
            }
            String code = institutions.institution(answer.institutionId()).getCode();
            if (!code.equals(never)) {
                proposals.acceptLateAnswer(meetingKey, answer.institutionId(), DemoTexts.agendaAnswer(code, meetingKey),
                        secretary, clock.instant());
            }
        }
    }

    /** The first report of a decision is "in progress", the next one "done" (R5.6). */
    private Map<String, Object> followUp(Task task, Autopilot pilot) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (reportsGiven(task, pilot) == 0) {
            values.put("followUpStatus", "IN_PROGRESS");
            values.put("followUpNote", "Çalışma başlatıldı; ilgili birimlerle toplantı yapıldı, uygulama takvimi hazırlandı.");
        } else {
            values.put("followUpStatus", "DONE");
            values.put("followUpNote", "Karar uygulandı; sonuç raporu kuruma sunuldu.");
        }
        return values;
    }

    private static long reportsGiven(Task task, Autopilot pilot) {
        return pilot.engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey("Task_ReportFollowUp").finished().count();
    }

    private static String institutionCode(Task task, Autopilot pilot) {
        Object group = pilot.variable(task, "liaisonGroup");
        String text = group == null ? "" : group.toString();
        int at = text.indexOf("-liaison-");
        return at < 0 ? "" : text.substring(at + "-liaison-".length());
    }
}
