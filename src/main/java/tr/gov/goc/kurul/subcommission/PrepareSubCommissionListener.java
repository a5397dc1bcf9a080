package tr.gov.goc.kurul.subcommission;

import java.time.Clock;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.GroupIds;

/**
 * Start of subCommissionMeeting ({@code ${prepareSubCommissionMeeting}}): the secretariat's group (R11.1, R11.4),
 * the proposed day — the earliest day of the R6.9 first week that is still valid, pre-filled in the form — and the
 * day by which it must be set so the 3-day notice remains possible for the window's last working day (R11.4).
 */
@Component("prepareSubCommissionMeeting")
class PrepareSubCommissionListener implements ExecutionListener {

    private final MeetingDateRules rules;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    PrepareSubCommissionListener(MeetingDateRules rules, StatutoryCalendar calendar, Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        int plate = plateCode(execution);
        LocalDate windowStart = LocalDate.parse(string(execution, WINDOW_START));
        LocalDate windowEnd = LocalDate.parse(string(execution, WINDOW_END));
        LocalDate plannedOn = plannedOn(execution, LocalDate.now(clock));
        LocalDate today = LocalDate.now(clock);
        execution.setVariable(SECRETARIAT_GROUP, GroupIds.secretariat(plate)); // R11.1, R11.4

        PlannedMeeting planned = new PlannedMeeting(MeetingType.SUB_COMMISSION, windowStart, windowEnd, null, null);
        LocalDate proposed = null;
        LocalDate lastWorkingDay = null;
        for (LocalDate day = windowStart; !day.isAfter(windowEnd); day = day.plusDays(1)) {
            if (proposed == null && rules.validate(planned, day, plannedOn, today).valid()) {
                proposed = day; // R6.9 read as in R-DATES: the earliest valid day of the first week
            }
            if (calendar.workingDay(day).working()) {
                lastWorkingDay = day;
            }
        }
        execution.setVariable(PROPOSED_DATE, proposed == null ? null : proposed.toString());
        execution.setVariable(PROPOSED_DATE_TEXT, proposed != null ? TurkishDates.withWeekday(proposed)
                : "yok — ilk haftada üyelere 3 gün önceden bildirim yapılabilecek iş günü kalmadı (R6.9, R11.4)");
        if (proposed != null && execution.getVariable(MEETING_DATE) == null) {
            execution.setVariable(MEETING_DATE, proposed.toString());
        }
        LocalDate latest = lastWorkingDay != null ? lastWorkingDay : windowEnd;
        LocalDate scheduleDue = rules.deadlines(MeetingType.SUB_COMMISSION, latest, plannedOn).noticeDueDate(); // R11.4
        execution.setVariable(SCHEDULE_DUE_DATE, scheduleDue.toString());
    }

    /** R15.3: the policy values as of the day the cycle was planned; pinned to today when the caller gave none. */
    static LocalDate plannedOn(DelegateExecution execution, LocalDate today) {
        String value = string(execution, PLANNED_ON);
        if (value == null || value.isBlank()) {
            execution.setVariable(PLANNED_ON, today.toString());
            return today;
        }
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }
}
