package tr.gov.goc.kurul.decision;

import java.time.Clock;
import static tr.gov.goc.kurul.decision.FollowUpVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The decision is not concluded yet (not started / in progress): the next report is due before the next meeting
 * (R5.6, R5.7). Sets the new due and escalation dates and clears the form for the next report.
 */
@Component("scheduleNextFollowUpReport")
class ScheduleNextFollowUpReport implements JavaDelegate {

    private final Decisions decisions;
    private final ReportDueDates dueDates;
    private final Clock clock;

    ScheduleNextFollowUpReport(Decisions decisions, ReportDueDates dueDates, Clock clock) {
        this.decisions = decisions;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        LocalDate currentDue = dateOf(execution, REPORT_DUE_DATE);
        // a report given early answers the current due date; the next one is due after it
        LocalDate after = currentDue != null && currentDue.isAfter(today) ? currentDue : today;
        LocalDate policyDate = dateOf(execution, PLANNED_ON) != null ? dateOf(execution, PLANNED_ON) : today;
        LocalDate next = dueDates.nextReportDue(decisions.decision(longOf(execution, DECISION_ID)), after, policyDate);
        execution.setVariable(REPORT_DUE_DATE, next.toString());
        execution.setVariable(ESCALATION_DATE, dueDates.escalationDate(next, policyDate).toString());
        execution.removeVariable(STATUS);
        execution.removeVariable(NOTE);
        execution.removeVariable(REASON);
        execution.removeVariable(EVIDENCE);
    }
}
