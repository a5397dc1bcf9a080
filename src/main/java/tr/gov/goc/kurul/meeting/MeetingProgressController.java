package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.agenda.ProposalStatus;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.TurkishDates;

/**
 * {@code GET /api/meetings/progress?province=N} — each open meeting of a province as its secretariat follows it in
 * Tasklist (kurul-tasklist.js shows it above the task list): the stage, how many institutions have answered the
 * agenda call (R10.2) and until when, and which step waits on whom. The province's secretariat, chair and managers,
 * national managers and administrators read it; everyone else gets 403.
 */
@RestController
class MeetingProgressController {

    private static final ZoneId BOARDS = ZoneId.of("Europe/Istanbul");
    private static final Set<MeetingStatus> FINISHED = EnumSet.of(MeetingStatus.CLOSED, MeetingStatus.NOT_HELD,
            MeetingStatus.CANCELLED);
    private static final Set<ProposalStatus> ANSWERED = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.NO_PROPOSAL,
            ProposalStatus.LATE_ACCEPTED);
    private static final String AGENDA_PROPOSAL = "Task_SubmitAgendaProposal";
    private static final Map<MeetingStatus, String> STAGES = Map.of(MeetingStatus.PLANNED, "Gündem önerileri toplanıyor",
            MeetingStatus.AGENDA_COMPILED, "Gündem hazır, tarih bekleniyor", MeetingStatus.SCHEDULED, "Tarihi belirlendi",
            MeetingStatus.HELD, "Yapıldı, tutanak hazırlanıyor", MeetingStatus.MINUTES_SIGNED, "Tutanak imzalandı");

    private final Meetings meetings;
    private final AgendaProposals proposals;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final MeetingMinutes minutes;

    MeetingProgressController(Meetings meetings, AgendaProposals proposals, TaskService taskService,
                              IdentityService identityService, CurrentUser currentUser, MeetingMinutes minutes) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.proposals = proposals;
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    record Waiting(String step, String who, String due) {
    }

    /** {@code signatures}: "3/18" — how many of the signatories signed the minutes draft (R12.2), else empty. */
    record Progress(String meetingKey, String title, String stage, int answered, int asked, String agendaDueDate,
                    List<Waiting> waiting, String signatures) {
    }

    @GetMapping("/api/meetings/progress")
    List<Progress> progress(@RequestParam int province) {
        boolean office = currentUser.belongsTo("prov-" + province + "-secretariat") || currentUser.belongsTo("prov-" + province + "-chair")
                || currentUser.belongsTo("prov-" + province + "-managers");
        if (!currentUser.isAdministrator() && !currentUser.isManager() && !office) {
            throw new ForbiddenException("Toplantıların durumunu ilin sekreteryası, kurul başkanlığı ve yöneticiler görebilir.");
        }
        return AsSystem.run(identityService, () -> meetings.ofProvince(province).stream()
                .filter(m -> !FINISHED.contains(m.getStatus()))
                .sorted(Comparator.comparing(Meeting::getWindowStart))
                .map(this::progressOf).toList());
    }

    private Progress progressOf(Meeting meeting) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyLike(meeting.getMeetingKey() + "%")
                .active().orderByDueDate().asc().list();
        List<AgendaProposalView> answers = proposals.forMeeting(meeting.getMeetingKey());
        int answered = (int) answers.stream().filter(a -> ANSWERED.contains(a.status())).count();
        int waitingProposals = (int) open.stream().filter(t -> AGENDA_PROPOSAL.equals(t.getTaskDefinitionKey())).count();
        List<Waiting> waiting = new ArrayList<>();
        if (waitingProposals > 0) {
            waiting.add(new Waiting("Gündem önerisi", waitingProposals + " kurumun irtibat görevlileri",
                    meeting.getAgendaDueDate() == null ? "" : TurkishDates.format(meeting.getAgendaDueDate())));
        }
        // the same step due the same day for many institutions (contributions to the action plan …) is one line
        Map<String, List<Task>> alike = open.stream().filter(t -> !AGENDA_PROPOSAL.equals(t.getTaskDefinitionKey()))
                .collect(Collectors.groupingBy(t -> step(t) + "|" + due(t.getDueDate()), LinkedHashMap::new, Collectors.toList()));
        alike.values().forEach(tasks -> waiting.add(new Waiting(step(tasks.get(0)), whoOf(tasks), due(tasks.get(0).getDueDate()))));
        return new Progress(meeting.getMeetingKey(), meeting.getTitle(), STAGES.getOrDefault(meeting.getStatus(), ""),
                answered, answers.size() + waitingProposals,
                meeting.getAgendaDueDate() == null ? "" : TurkishDates.format(meeting.getAgendaDueDate()), waiting,
                minutes.signatureProgress(meeting)); // R12.2: n/m signatures, kept by the minutes module
    }

    /** The step without the meeting's title: "Toplantı tarihini belirle". */
    private static String step(Task task) {
        String name = task.getName() == null ? "" : task.getName();
        int dash = name.indexOf(" — ");
        return dash > 0 ? name.substring(0, dash) : name;
    }

    private String whoOf(List<Task> tasks) {
        if (tasks.size() == 1) {
            return who(tasks.get(0));
        }
        boolean liaisons = tasks.stream().allMatch(t -> candidateGroups(t).stream().anyMatch(g -> g.contains("-liaison-")));
        return liaisons ? tasks.size() + " kurumun irtibat görevlileri"
                : tasks.stream().map(this::who).distinct().collect(Collectors.joining(", "));
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
    }

    private String who(Task task) {
        if (task.getAssignee() != null) {
            var user = identityService.createUserQuery().userId(task.getAssignee()).singleResult();
            return user == null ? task.getAssignee() : (user.getFirstName() + " " + user.getLastName()).trim();
        }
        List<String> groups = candidateGroups(task);
        if (groups.isEmpty()) {
            return "";
        }
        return identityService.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list().stream()
                .map(Group::getName).sorted().collect(Collectors.joining(", "));
    }

    private static String due(Date due) {
        return due == null ? "" : TurkishDates.format(LocalDate.ofInstant(due.toInstant(), BOARDS));
    }
}
