package tr.gov.goc.kurul.subcommission;

import java.time.Clock;
import tr.gov.goc.kurul.common.TurkishDates;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingDateVerdict;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Completion of "Alt komisyon toplantı gününü belirle" ({@code ${scheduleSubCommissionMeeting}}): the İl GİM's day,
 * time and place (R11.4) are checked with the calendar — inside the R6.9 first-week window, a working day
 * (R-DATES), the 3-day notice still possible (R11.4) — then stored with the meeting's deadlines (notice R11.4,
 * platform entry R12.6). A refused date keeps the task open with the calendar's Turkish message.
 */
@Component("scheduleSubCommissionMeeting")
class ScheduleSubCommissionListener implements TaskListener {

    static final LocalTime EARLIEST = LocalTime.of(8, 0);
    static final LocalTime LATEST = LocalTime.of(17, 0);

    private final MeetingDateRules rules;
    private final SubCommissionMeetingRepository meetings;
    private final IdentityService identityService;
    private final Clock clock;

    ScheduleSubCommissionListener(MeetingDateRules rules, SubCommissionMeetingRepository meetings, IdentityService identityService, Clock clock) {
        this.rules = rules;
        this.meetings = meetings;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(DelegateTask task) {
        FormInput input = new FormInput(task);
        LocalDate date = input.date(MEETING_DATE, "Toplantı tarihi", true);
        LocalTime time = time(input, SubCommissionVariables.string(task, MEETING_TIME));
        String place = input.text(MEETING_PLACE, "Toplantı yeri", 200, true);
        input.throwIfInvalid();

        LocalDate plannedOn = PrepareSubCommissionListener.plannedOn(task.getExecution(), LocalDate.now(clock));
        PlannedMeeting planned = new PlannedMeeting(MeetingType.SUB_COMMISSION,
                LocalDate.parse(string(task, WINDOW_START)), LocalDate.parse(string(task, WINDOW_END)), null, null);
        MeetingDateVerdict verdict = rules.validate(planned, date, plannedOn, LocalDate.now(clock)); // R6.9, R-DATES, R11.4
        if (!verdict.valid()) {
            throw new TaskInputException(MEETING_DATE, String.join(" ", verdict.errors()));
        }
        MeetingDeadlines deadlines = verdict.deadlines();
        String meetingKey = string(task, MEETING_KEY);
        int plate = plateCode(task);
        String hhmm = time.toString();
        SubCommissionMeeting meeting = meetings.findByMeetingKey(meetingKey).orElseGet(() -> new SubCommissionMeeting(meetingKey, plate));
        meeting.schedule(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), string(task, MEETING_TITLE),
                date, hhmm, place, deadlines.noticeDueDate(), deadlines.platformEntryDueDate(), currentUser(task), clock.instant());
        meetings.save(meeting);

        task.setVariable(MEETING_DATE, date.toString());
        task.setVariable(MEETING_TIME, hhmm);
        task.setVariable(MEETING_PLACE, place);
        task.setVariable(MEETING_STARTS_AT, date + "T" + hhmm + ":00");
        task.setVariable(MEETING_SUMMARY, TurkishDates.withWeekday(date) + " saat " + hhmm + ", " + place);
        task.setVariable(MEETING_DATE_WARNINGS, String.join("\n", verdict.warnings()));
        task.setVariable(NOTICE_DUE_DATE, deadlines.noticeDueDate().toString());
        task.setVariable(PLATFORM_ENTRY_DUE_DATE, deadlines.platformEntryDueDate().toString()); // R12.6
    }

    private static LocalTime time(FormInput input, String text) {
        if (text == null || text.isBlank()) {
            input.error("Toplantı saati zorunludur.");
            return null;
        }
        String trimmed = text.trim();
        try {
            // form-js time fields send HH:mm, possibly with seconds or a zone suffix
            LocalTime time = LocalTime.parse(trimmed.length() > 5 ? trimmed.substring(0, 5) : trimmed);
            if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                input.error("Toplantı saati mesai saatleri içinde, 08:00 ile 17:00 arasında olmalıdır.");
            }
            return time;
        } catch (DateTimeParseException e) {
            input.error("Toplantı saati SS:DD biçiminde olmalıdır (ör. 10:00).");
            return null;
        }
    }

    private String currentUser(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
