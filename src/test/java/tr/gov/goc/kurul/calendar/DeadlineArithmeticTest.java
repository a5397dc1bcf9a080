package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;
import static tr.gov.goc.kurul.calendar.TestCalendars.leave;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** R-DATES readings of "at least N days before", "within N days after", "by the last day of the month", "first week". */
class DeadlineArithmeticTest {

    private final DeadlineArithmetic dates = TestCalendars.arithmetic();

    @Test
    void atLeastDaysBeforeFallsBackToTheWorkingDayBefore() {
        assertThat(dates.atLeastDaysBefore(d("2025-06-20"), 15)).isEqualTo(d("2025-06-05")); // Thursday, arife PM = working
        // 16 Apr 2025 − 15 = 1 Apr (Ramazan 3rd day) → 31 Mar holiday, 30 Sun, 29 Sat → Fri 28 Mar
        assertThat(dates.atLeastDaysBefore(d("2025-04-16"), 15)).isEqualTo(d("2025-03-28"));
    }

    @Test
    void withinDaysAfterMovesToTheNextWorkingDay() {
        // 18 Mar 2025 + 15 = 2 Apr, administrative leave until 4 Apr, then the weekend → Mon 7 Apr
        assertThat(dates.withinDaysAfter(d("2025-03-18"), 15)).isEqualTo(d("2025-04-07"));
        // Kurban 2026: 12 May + 15 = 27 May (1st day) → Mon 1 Jun
        assertThat(dates.withinDaysAfter(d("2026-05-12"), 15)).isEqualTo(d("2026-06-01"));
        assertThat(dates.withinDaysAfter(d("2025-06-02"), 15)).isEqualTo(d("2025-06-17"));
    }

    @Test
    void byTheLastDayOfTheMonthRunsToTheNextWorkingDayAndALateMeetingToTheLastWorkingDay() {
        // R-DATES: data entry "by the last day of the month" — 31 May 2026 is a Sunday after Kurban → Mon 1 June
        assertThat(dates.byEndOfMonth(YearMonth.of(2026, 5))).isEqualTo(d("2026-06-01"));
        assertThat(dates.byEndOfMonth(YearMonth.of(2026, 1))).isEqualTo(d("2026-02-02")); // 31 Jan Sat
        assertThat(dates.byEndOfMonth(YearMonth.of(2026, 4))).isEqualTo(d("2026-04-30")); // a working day itself
        // R8.3: a late district meeting is held by the last working day of the following month
        assertThat(dates.byEndOfFollowingMonth(YearMonth.of(2026, 9), 1)).isEqualTo(d("2026-10-30")); // 29 Oct holiday Thu
    }

    @Test
    void firstWeekIsTheEarliestWorkingDayOfDaysOneToSeven() {
        assertThat(dates.firstWeek(YearMonth.of(2025, 3), 7)).isEqualTo(d("2025-03-03")); // 1–2 Mar weekend
        assertThat(dates.firstWeek(YearMonth.of(2025, 6), 7)).isEqualTo(d("2025-06-02"));
    }

    @Test
    void firstWeekWithoutAnyWorkingDayMovesToTheFirstWorkingDayAfterDaySeven() {
        DeadlineArithmetic blocked = TestCalendars.arithmetic(leave("2025-09-01"), leave("2025-09-02"), leave("2025-09-03"),
                leave("2025-09-04"), leave("2025-09-05"), leave("2025-09-08"));
        assertThat(blocked.firstWeek(YearMonth.of(2025, 9), 7)).isEqualTo(d("2025-09-09"));
    }
}
