package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/** The R-DATES readings of the circular's time expressions, over one {@link WorkingDayCalendar}. */
public final class DeadlineArithmetic {

    private final WorkingDayCalendar calendar;

    public DeadlineArithmetic(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** "At least N days before X" (R10.1, R10.2, R11.3, R11.4): X − N, or the working day before it. */
    public LocalDate atLeastDaysBefore(LocalDate x, int days) {
        return calendar.onOrBefore(x.minusDays(days));
    }

    /** "Within N days after X" (R12.2, R12.4, R12.5): X + N, or the next working day after it. */
    public LocalDate withinDaysAfter(LocalDate x, int days) {
        return calendar.onOrAfter(x.plusDays(days));
    }

    /**
     * "By the last day of the month" for data entry and reports (R12.3, R12.5, R12.6, R13.3; R-DATES): the month's last
     * calendar day, or the next working day when it is not one — a period ending on a holiday runs to the next
     * working day, as "within N days" does.
     */
    public LocalDate byEndOfMonth(YearMonth month) {
        return calendar.onOrAfter(month.atEndOfMonth());
    }

    /** "By the last day of the following month" (R8.3): the last working day of the month after {@code month}. */
    public LocalDate byEndOfFollowingMonth(YearMonth month, int monthsLater) {
        return calendar.lastWorkingDayOf(month.plusMonths(monthsLater));
    }

    /**
     * R6.9 "first week": the earliest working day among days 1..{@code firstWeekDays} of the month; if none of them is
     * a working day, the first working day after them.
     */
    public LocalDate firstWeek(YearMonth month, int firstWeekDays) {
        LocalDate first = month.atDay(1);
        LocalDate lastOfWeek = month.atDay(Math.min(firstWeekDays, month.lengthOfMonth()));
        return calendar.firstWorkingDayBetween(first, lastOfWeek)
                .orElseGet(() -> calendar.onOrAfter(lastOfWeek.plusDays(1)));
    }
}
