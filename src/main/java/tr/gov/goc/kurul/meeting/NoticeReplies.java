package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.ProvinceTenantIdProvider;

/**
 * R9.1, R9.2: each member noticed of a meeting gets "Toplantıya katılımınızı bildirin" in Tasklist ({@code noticeReply},
 * one per member with a login), closed by itself when the meeting starts. An excuse goes to the secretariat with the
 * registered deputy who sits ({@link AttendancePlans#reportExcuse}).
 */
final class NoticeReplies {

    static final String PROCESS_KEY = "noticeReply";
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

    private NoticeReplies() {
    }

    /** Starts the member's reply task; due the day before the meeting, at the meeting's start at the latest. */
    static void start(RuntimeService runtime, Meeting meeting, String username, LocalDateTime now) {
        LocalDateTime starts = LocalDateTime.of(meeting.getMeetingDate(), LocalTime.parse(meeting.getStartTime()));
        LocalDateTime due = LocalDateTime.of(meeting.getMeetingDate().minusDays(1), END_OF_DAY);
        if (!due.isAfter(now)) {
            due = starts;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleVariables.MEETING_KEY, meeting.getMeetingKey());
        variables.put(ProvinceTenantIdProvider.PLATE_CODE, meeting.getPlateCode());
        variables.put("meetingTitle", meeting.getTitle());
        variables.put("memberUser", username);
        variables.put("replyDueDate", iso(due));
        variables.put("meetingStarts", iso(starts));
        runtime.startProcessInstanceByKey(PROCESS_KEY, meeting.getMeetingKey() + "/katilim/" + username, variables);
    }

    /** R11.3: the meeting moved — each open reply is due and closes by the new day and time. */
    static void follow(ProcessEngineServices engine, Meeting meeting, LocalDateTime now) {
        LocalDateTime starts = LocalDateTime.of(meeting.getMeetingDate(), LocalTime.parse(meeting.getStartTime()));
        LocalDateTime due = LocalDateTime.of(meeting.getMeetingDate().minusDays(1), END_OF_DAY);
        if (!due.isAfter(now)) {
            due = starts;
        }
        for (ProcessInstance reply : replies(engine, meeting)) {
            engine.getRuntimeService().setVariable(reply.getId(), "replyDueDate", iso(due));
            engine.getRuntimeService().setVariable(reply.getId(), "meetingStarts", iso(starts));
            for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(reply.getId()).timers().list()) {
                engine.getManagementService().setJobDuedate(timer.getId(), Date.from(starts.atZone(ISTANBUL).toInstant()));
            }
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(reply.getId()).list()) {
                task.setDueDate(Date.from(due.atZone(ISTANBUL).toInstant()));
                engine.getTaskService().saveTask(task);
            }
        }
    }

    /** R11.3: a cancelled meeting needs no reply. */
    static void withdraw(ProcessEngineServices engine, Meeting meeting) {
        for (ProcessInstance reply : replies(engine, meeting)) {
            engine.getRuntimeService().deleteProcessInstance(reply.getId(), "Toplantı iptal edildi (md. 11/3)", false, true);
        }
    }

    private static List<ProcessInstance> replies(ProcessEngineServices engine, Meeting meeting) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike(meeting.getMeetingKey() + "/katilim/%").list();
    }

    private static String iso(LocalDateTime time) {
        return time.atZone(ISTANBUL).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Shows the meeting and the member's registered deputy. */
    @Component("prepareNoticeReply")
    static class Prepare implements TaskListener {

        private final MeetingRecords records;
        private final AttendancePlans plans;

        Prepare(MeetingRecords records, AttendancePlans plans) {
            this.records = records;
            this.plans = plans;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            task.setVariable("meetingWhen", TurkishDates.withWeekday(meeting.getMeetingDate()) + " saat " + meeting.getStartTime());
            task.setVariable("meetingPlace", meeting.getPlace());
            task.setVariable("deputyName", plans.registeredDeputyOf(meeting, task.getAssignee()).orElse(null));
        }
    }

    /** The member's answer; an excuse needs its reason, and only the registered deputy may sit (R9.2). */
    @Component("recordNoticeReply")
    static class Record implements TaskListener {

        private final MeetingRecords records;
        private final AttendancePlans plans;
        private final IdentityService identity;

        Record(MeetingRecords records, AttendancePlans plans, IdentityService identity) {
            this.records = records;
            this.plans = plans;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            String actor = Actors.current(identity);
            if (!Actors.SYSTEM.equals(actor) && !Objects.equals(actor, task.getAssignee())) {
                throw new TaskInputException("Katılım bildirimini üye kendisi yapar (md. 9/1).");
            }
            String answer = FormValues.text(task.getVariable("attendance"));
            if (!"ATTEND".equals(answer) && !"EXCUSED".equals(answer)) {
                throw new TaskInputException("attendance", "Toplantıya katılıp katılmayacağınızı seçin.");
            }
            if ("ATTEND".equals(answer)) {
                return;
            }
            String reason = FormValues.optionalText(task.getVariable("excuseReason"), "Mazeretiniz", 500);
            if (reason == null) {
                throw new TaskInputException("excuseReason", "Mazeretinizi yazın (md. 9/1).");
            }
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            try {
                plans.reportExcuse(meeting, task.getAssignee(), reason, FormValues.flag(task.getVariable("deputySits")));
            } catch (InvalidInputException e) {
                throw new TaskInputException(e.field() == null || e.field().equals("meeting") ? "attendance" : e.field(),
                        e.getMessage());
            }
        }
    }
}
