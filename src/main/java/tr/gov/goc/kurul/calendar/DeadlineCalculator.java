package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/** The deadlines of a meeting (R10.1, R10.2, R11.3, R11.4, R12.2–R12.6) and of the annual report (R13.3). */
public final class DeadlineCalculator {

    private final DeadlineArithmetic dates;
    private final CalendarPolicy policy;

    public DeadlineCalculator(DeadlineArithmetic dates, CalendarPolicy policy) {
        this.dates = dates;
        this.policy = policy;
    }

    public MeetingDeadlines deadlines(MeetingType type, LocalDate meetingDate) {
        LocalDate platformEntry = dates.byEndOfMonth(YearMonth.from(meetingDate)); // R12.3, R12.5, R12.6
        if (type == MeetingType.SUB_COMMISSION) {
            LocalDate notice = dates.atLeastDaysBefore(meetingDate, policy.subCommissionNoticeDaysBefore()); // R11.4
            return new MeetingDeadlines(null, null, notice, null, platformEntry);
        }
        LocalDate agendaDue = agendaDueDate(meetingDate);
        LocalDate agendaOpens = dates.atLeastDaysBefore(agendaDue, policy.agendaCollectionLeadDays());
        LocalDate notice = dates.atLeastDaysBefore(meetingDate, policy.boardNoticeDaysBefore()); // R11.3
        LocalDate distribution = dates.withinDaysAfter(meetingDate, policy.minutesDistributionDaysAfter()); // R12.2, R12.4, R12.5
        return new MeetingDeadlines(agendaOpens, agendaDue, notice, distribution, platformEntry);
    }

    /** R10.1, R10.2: agenda proposals are due 15 days before the meeting (working day before if needed). */
    public LocalDate agendaDueDate(LocalDate meetingDate) {
        return dates.atLeastDaysBefore(meetingDate, policy.agendaProposalDaysBefore());
    }

    /** R11.3 / R11.4: the last day on which members can still be notified of a meeting on that date. */
    public LocalDate noticeDueDate(MeetingType type, LocalDate meetingDate) {
        int days = type == MeetingType.SUB_COMMISSION ? policy.subCommissionNoticeDaysBefore() : policy.boardNoticeDaysBefore();
        return dates.atLeastDaysBefore(meetingDate, days);
    }

    /** R13.3: the annual evaluation report of {@code year} is entered in the platform by 31 January of the next year, or the next working day (R-DATES). */
    public LocalDate annualReportDeadline(int year) {
        return dates.byEndOfMonth(YearMonth.of(year + 1, 1));
    }
}
