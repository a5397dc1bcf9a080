package tr.gov.goc.kurul.decision;

import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.policy.Policy;

/**
 * Due dates of follow-up reports: from the {@link ReportingCalendar} port when some module implements it, else
 * the decision's deadline (if still ahead) or {@code after} + followUpDefaultReportDays; and the date the
 * secretariat is told of a missing report (followUpEscalationDays later, R5.5). Policy numbers are read as of the
 * day the follow-up started (R15.3).
 */
@Component
class ReportDueDates {

    static final String DEFAULT_REPORT_DAYS = "followUpDefaultReportDays";
    static final String ESCALATION_DAYS = "followUpEscalationDays";

    private final ObjectProvider<ReportingCalendar> reportingCalendars;
    private final StatutoryCalendar calendar;
    private final Policy policy;

    ReportDueDates(ObjectProvider<ReportingCalendar> reportingCalendars, StatutoryCalendar calendar, Policy policy) {
        this.reportingCalendars = reportingCalendars;
        this.calendar = calendar;
        this.policy = policy;
    }

    LocalDate nextReportDue(Decision decision, LocalDate after, LocalDate policyDate) {
        ReportingCalendar port = reportingCalendars.getIfUnique();
        LocalDate due = port == null ? null : port.nextReportDue(decision.getPlateCode(), after);
        if (due != null && due.isAfter(after)) {
            return due;
        }
        LocalDate deadline = calendar.workingDays().onOrBefore(decision.getDeadline());
        if (deadline.isAfter(after)) {
            return deadline;
        }
        // R-DATES: "within N days" ends on the next working day
        return calendar.workingDays().onOrAfter(after.plusDays(policy.intAsOf(DEFAULT_REPORT_DAYS, policyDate)));
    }

    /** R5.5: the secretariat hears of a report still missing this many days after its due date. */
    LocalDate escalationDate(LocalDate reportDueDate, LocalDate policyDate) {
        return calendar.workingDays().onOrAfter(reportDueDate.plusDays(policy.intAsOf(ESCALATION_DAYS, policyDate)));
    }
}
