package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingDateVerdict;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.policy.Policy;

/**
 * The chair's office sets day, time and place (R11.3). The calendar checks the window, the working day and that
 * the 5-day notice is still possible; the meeting's due dates follow from the chosen day. A district meeting may lie
 * after its window up to the R8.3 late deadline (with a warning); its distribution and platform dates are R12.4, R12.5.
 */
@Component("scheduleMeeting")
class ScheduleMeeting implements TaskListener {

    static final String REMINDER_DAYS = "meetingDistributionReminderDays";

    private final MeetingRecords records;
    private final MeetingDateRules rules;
    private final Policy policy;

    ScheduleMeeting(MeetingRecords records, MeetingDateRules rules, Policy policy) {
        this.records = records;
        this.rules = rules;
        this.policy = policy;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        LocalDate date = FormValues.date(task.getVariable("meetingDateChoice"), "Toplantı tarihi");
        if (date == null) {
            throw new TaskInputException("meetingDateChoice", "Toplantı tarihi zorunludur.");
        }
        String time = FormValues.requiredText(task.getVariable("meetingTime"), "Toplantı saati", 5);
        if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new TaskInputException("meetingTime", "Toplantı saati SS:DD biçiminde olmalıdır (örneğin 10:00).");
        }
        String place = FormValues.requiredText(task.getVariable("meetingPlace"), "Toplantı yeri", 250);
        // R7.1/R7.2, or R8.1 with the R8.3 late deadline for an ordinary district meeting
        MeetingType type = meeting.isDistrict() ? MeetingType.DISTRICT_BOARD : MeetingType.PROVINCIAL_BOARD;
        MeetingDateVerdict verdict = rules.validate(type, date, meeting.getWindowStart(),
                meeting.getWindowEnd(), meeting.getLateDeadline(), meeting.getPlannedOn());
        if (!verdict.valid()) {
            throw new TaskInputException("meetingDateChoice", String.join(" ", verdict.errors()));
        }
        MeetingDeadlines deadlines = rules.deadlines(type, date, meeting.getPlannedOn());
        meeting.schedule(date, time, place, deadlines.noticeDueDate(), deadlines.minutesDistributionDueDate(),
                deadlines.platformEntryDueDate());
        int reminderDays = policy.intAsOf(REMINDER_DAYS, meeting.getPlannedOn());
        task.setVariable("meetingDate", date.toString());
        task.setVariable("noticeDueDate", deadlines.noticeDueDate().toString());
        task.setVariable("minutesDistributionDueDate", deadlines.minutesDistributionDueDate().toString());
        task.setVariable("distributionReminderDate", deadlines.minutesDistributionDueDate().minusDays(reminderDays).toString());
        task.setVariable("platformEntryDueDate", deadlines.platformEntryDueDate().toString());
        task.setVariable("meetingWarnings", String.join(" ", verdict.warnings()));
    }
}
