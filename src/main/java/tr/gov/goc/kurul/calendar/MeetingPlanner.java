package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Plans a board's ordinary meetings of a year (R6.9, R7.1, R7.2, R8.1–R8.3) with one set of policy values. */
public final class MeetingPlanner {

    private final DeadlineArithmetic dates;
    private final CalendarPolicy policy;

    public MeetingPlanner(DeadlineArithmetic dates, CalendarPolicy policy) {
        this.dates = dates;
        this.policy = policy;
    }

    public MeetingPlan plan(BoardLevel level, int foreignPopulation, boolean borderDistrict, int year) {
        List<PlannedMeeting> meetings = new ArrayList<>();
        if (level == BoardLevel.PROVINCE) {
            subCommissionMonths(foreignPopulation).forEach(m -> meetings.add(subCommission(YearMonth.of(year, m))));
            provincialBoardMonths(foreignPopulation).forEach(m -> meetings.add(provincialBoard(YearMonth.of(year, m))));
        } else if (districtMeetsRegularly(foreignPopulation, borderDistrict)) {
            policy.districtBoardWindows().forEach(w -> meetings.add(districtBoard(w, year)));
        }
        meetings.sort(Comparator.comparing(PlannedMeeting::windowStart).thenComparing(PlannedMeeting::type));
        return new MeetingPlan(year, meetings);
    }

    /** R6.9: four meetings at 10,000 and over, two below. */
    List<Integer> subCommissionMonths(int foreignPopulation) {
        return foreignPopulation >= policy.subCommissionPopulationThreshold()
                ? policy.subCommissionMonthsHigh() : policy.subCommissionMonthsLow();
    }

    /** R7.1 (10,000 and over), R7.2 (below). */
    List<Integer> provincialBoardMonths(int foreignPopulation) {
        return foreignPopulation >= policy.provincialBoardPopulationThreshold()
                ? policy.provincialBoardMonthsHigh() : policy.provincialBoardMonthsLow();
    }

    /** R8.1: 2,000 and over, or a border district whatever its population; R8.2: otherwise at the Kaymakam's discretion. */
    boolean districtMeetsRegularly(int foreignPopulation, boolean borderDistrict) {
        return borderDistrict || foreignPopulation >= policy.districtBoardPopulationThreshold();
    }

    // R6.9: first week (days 1–7); if none is a working day, the next working day. The window is stretched to that day.
    PlannedMeeting subCommission(YearMonth month) {
        LocalDate proposed = dates.firstWeek(month, policy.subCommissionFirstWeekDays());
        LocalDate weekEnd = month.atDay(Math.min(policy.subCommissionFirstWeekDays(), month.lengthOfMonth()));
        LocalDate windowEnd = proposed.isAfter(weekEnd) ? proposed : weekEnd;
        return new PlannedMeeting(MeetingType.SUB_COMMISSION, month.atDay(1), windowEnd, proposed, null);
    }

    // R7.1/R7.2: the whole named month; proposed = its first working day.
    PlannedMeeting provincialBoard(YearMonth month) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        return new PlannedMeeting(MeetingType.PROVINCIAL_BOARD, start, end, dates.calendar().onOrAfter(start), null);
    }

    // R8.1 window, R8.3 late deadline: last working day of the month after the window.
    PlannedMeeting districtBoard(MonthWindow window, int year) {
        LocalDate start = window.firstDay(year);
        LocalDate end = window.lastDay(year);
        LocalDate late = dates.byEndOfFollowingMonth(window.lastMonth(year), policy.districtBoardLateMonths());
        return new PlannedMeeting(MeetingType.DISTRICT_BOARD, start, end, dates.calendar().onOrAfter(start), late);
    }
}
