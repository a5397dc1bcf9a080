package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Act "compute meeting deadlines" ({@code camunda:delegateExpression="${computeMeetingDeadlines}"}): the due dates of
 * a meeting (R10.1, R10.2, R11.3, R11.4, R12.2–R12.6) with the policy values as of {@code plannedOn} (R15.3).
 * <p>Reads: {@code meetingType} ({@code SUB_COMMISSION | PROVINCIAL_BOARD | DISTRICT_BOARD}), {@code meetingDate}
 * (ISO string, {@code java.util.Date} or {@code LocalDate}), {@code plannedOn} (optional; set to today when absent).
 * <p>Writes (ISO strings {@code YYYY-MM-DD}, or null where the rules give none for the type — the sub-commission has
 * no agenda collection and no distribution): {@code agendaOpensOn}, {@code agendaDueDate}, {@code noticeDueDate},
 * {@code minutesDistributionDueDate}, {@code platformEntryDueDate}; and {@code plannedOn} when it was absent.
 */
@Component("computeMeetingDeadlines")
class ComputeMeetingDeadlinesDelegate implements JavaDelegate {

    static final String AGENDA_OPENS_ON = "agendaOpensOn";
    static final String AGENDA_DUE_DATE = "agendaDueDate";
    static final String NOTICE_DUE_DATE = "noticeDueDate";
    static final String MINUTES_DISTRIBUTION_DUE_DATE = "minutesDistributionDueDate";
    static final String PLATFORM_ENTRY_DUE_DATE = "platformEntryDueDate";

    private final MeetingDateRules rules;
    private final Today today;

    ComputeMeetingDeadlinesDelegate(MeetingDateRules rules, Today today) {
        this.rules = rules;
        this.today = today;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingType type = ProcessDates.meetingType(execution, ValidateMeetingDateDelegate.MEETING_TYPE);
        LocalDate meetingDate = ProcessDates.required(execution, ValidateMeetingDateDelegate.MEETING_DATE);
        LocalDate plannedOn = ProcessDates.plannedOn(execution, today.date());
        MeetingDeadlines d = rules.deadlines(type, meetingDate, plannedOn);
        execution.setVariable(AGENDA_OPENS_ON, ProcessDates.iso(d.agendaOpensOn()));
        execution.setVariable(AGENDA_DUE_DATE, ProcessDates.iso(d.agendaDueDate()));
        execution.setVariable(NOTICE_DUE_DATE, ProcessDates.iso(d.noticeDueDate()));
        execution.setVariable(MINUTES_DISTRIBUTION_DUE_DATE, ProcessDates.iso(d.minutesDistributionDueDate()));
        execution.setVariable(PLATFORM_ENTRY_DUE_DATE, ProcessDates.iso(d.platformEntryDueDate()));
    }
}
