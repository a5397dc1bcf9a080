package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Act "validate meeting date" ({@code camunda:delegateExpression="${validateMeetingDate}"}): checks the date chosen
 * for a meeting against its planned window, the working-day rule and the notice period (R6.9, R7.1, R7.2, R8.1,
 * R8.3, R-DATES, R11.3, R11.4). It never throws for a bad choice; the process routes on {@code meetingDateValid}.
 * <p>Reads:
 * <ul>
 * <li>{@code meetingType} — {@code SUB_COMMISSION | PROVINCIAL_BOARD | DISTRICT_BOARD}</li>
 * <li>{@code meetingDate} — the chosen date (ISO string {@code YYYY-MM-DD}, {@code java.util.Date} or {@code LocalDate})</li>
 * <li>{@code windowStart}, {@code windowEnd} — the planned window (from the yearly plan)</li>
 * <li>{@code lateDeadline} — optional, R8.3 last day for a district board held after its window</li>
 * <li>{@code plannedOn} — optional, the date whose policy values apply (R15.3); set to today when absent</li>
 * </ul>
 * Writes:
 * <ul>
 * <li>{@code meetingDateValid} — Boolean</li>
 * <li>{@code meetingDateErrors} — String, the Turkish error messages one per line ("" when valid)</li>
 * <li>{@code meetingDateWarnings} — String, non-blocking Turkish notes one per line (R8.3 late meeting, half day,
 * agenda period already short)</li>
 * <li>{@code plannedOn} — ISO string, only when it was absent</li>
 * </ul>
 */
@Component("validateMeetingDate")
class ValidateMeetingDateDelegate implements JavaDelegate {

    static final String MEETING_TYPE = "meetingType";
    static final String MEETING_DATE = "meetingDate";
    static final String WINDOW_START = "windowStart";
    static final String WINDOW_END = "windowEnd";
    static final String LATE_DEADLINE = "lateDeadline";
    static final String PLANNED_ON = "plannedOn";
    static final String VALID = "meetingDateValid";
    static final String ERRORS = "meetingDateErrors";
    static final String WARNINGS = "meetingDateWarnings";

    private final MeetingDateRules rules;
    private final Today today;

    ValidateMeetingDateDelegate(MeetingDateRules rules, Today today) {
        this.rules = rules;
        this.today = today;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingType type = ProcessDates.meetingType(execution, MEETING_TYPE);
        LocalDate chosen = ProcessDates.required(execution, MEETING_DATE);
        LocalDate now = today.date();
        PlannedMeeting planned = new PlannedMeeting(type,
                ProcessDates.required(execution, WINDOW_START),
                ProcessDates.required(execution, WINDOW_END),
                null,
                ProcessDates.optional(execution, LATE_DEADLINE));
        LocalDate plannedOn = ProcessDates.plannedOn(execution, now);
        MeetingDateVerdict verdict = rules.validate(planned, chosen, plannedOn, now);
        execution.setVariable(VALID, verdict.valid());
        execution.setVariable(ERRORS, String.join("\n", verdict.errors()));
        execution.setVariable(WARNINGS, String.join("\n", verdict.warnings()));
    }
}
