package tr.gov.goc.kurul.subcommission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.common.PermittedDays;

/**
 * The days the İl GİM may choose for the sub-commission: exactly those {@link ScheduleSubCommissionListener}
 * accepts — the first week (R6.9), a working day (R-DATES), the 3-day notice still possible (R11.4).
 */
@Component
class SubCommissionPermittedDays implements PermittedDays {

    private final MeetingDateRules rules;
    private final Clock clock;

    SubCommissionPermittedDays(MeetingDateRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Map<String, List<LocalDate>> of(String processDefinitionKey, String taskDefinitionKey, Map<String, Object> variables) {
        Object start = variables.get(SubCommissionVariables.WINDOW_START);
        Object end = variables.get(SubCommissionVariables.WINDOW_END);
        if (!"subCommissionMeeting".equals(processDefinitionKey) || !"Task_ScheduleMeeting".equals(taskDefinitionKey)
                || start == null || end == null) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Object planned = variables.get(SubCommissionVariables.PLANNED_ON);
        LocalDate plannedOn = planned == null || planned.toString().isBlank() ? today
                : LocalDate.parse(planned.toString().substring(0, 10));
        PlannedMeeting meeting = new PlannedMeeting(MeetingType.SUB_COMMISSION, LocalDate.parse(start.toString()),
                LocalDate.parse(end.toString()), null, null);
        List<LocalDate> days = rules.permittedDays(meeting, meeting.windowEnd(), plannedOn, today);
        return Map.of(SubCommissionVariables.MEETING_DATE, days);
    }
}
