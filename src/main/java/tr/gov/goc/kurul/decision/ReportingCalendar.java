package tr.gov.goc.kurul.decision;

import java.time.LocalDate;

/**
 * Port: when the next follow-up report of a decision is due. The meeting module implements it as the next board
 * meeting's agenda due date, so reports arrive before the meeting that evaluates them (R5.6, R5.7). Without an
 * implementation the decision module falls back to the decision's deadline, or {@code after} + the policy
 * parameter {@code followUpDefaultReportDays}.
 */
public interface ReportingCalendar {

    /**
     * @return the due date of the next report, after {@code after}; null when no later meeting is known yet
     */
    LocalDate nextReportDue(int plateCode, LocalDate after);
}
