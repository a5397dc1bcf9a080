package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests over 2023–2030 (R-DATES, R6.9, R7.1, R7.2, R8.1–R8.3, R10.1, R10.2, R11.3, R11.4, R12.2–R12.6),
 * on the seeded table and on tables with random extra administrative leave days. Each definition is checked
 * against the plain R-DATES wording with the working-day predicate, not with the code's own helpers.
 */
class CalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    // ---- generators ----

    @Provide
    Arbitrary<Integer> populations() {
        return Arbitraries.oneOf(
                Arbitraries.of(0, 1, 1_999, 2_000, 2_001, 9_999, 10_000, 10_001),
                Arbitraries.integers().between(0, 500_000));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        long span = ChronoUnit.DAYS.between(FIRST, LAST);
        return Arbitraries.longs().between(0, span).map(FIRST::plusDays);
    }

    /** The seeded calendar, or the seeded one with up to 15 random extra full-day leave entries. */
    @Provide
    Arbitrary<WorkingDayCalendar> calendars() {
        Arbitrary<DayOff> leave = dates().map(TestCalendars::leave);
        return leave.list().ofMaxSize(15).map(extra -> TestCalendars.seeded(extra.toArray(DayOff[]::new)));
    }

    @Provide
    Arbitrary<MeetingType> types() {
        return Arbitraries.of(MeetingType.class);
    }

    // ---- plans ----

    @Property(tries = 300)
    void everyProposedDateIsAWorkingDayInsideItsWindow(@ForAll BoardLevel level, @ForAll("populations") int population,
                                                       @ForAll boolean border, @ForAll @IntRange(min = 2023, max = 2030) int year,
                                                       @ForAll("calendars") WorkingDayCalendar calendar) {
        MeetingPlan plan = new MeetingPlanner(new DeadlineArithmetic(calendar), TestCalendars.DEFAULTS)
                .plan(level, population, border, year);
        for (PlannedMeeting m : plan.meetings()) {
            assertThat(calendar.isWorkingDay(m.proposedDate())).as("%s working", m).isTrue();
            assertThat(m.proposedDate()).as("%s in window", m).isBetween(m.windowStart(), m.windowEnd());
            assertThat(m.windowStart().getYear()).isEqualTo(year);
            if (m.type() == MeetingType.SUB_COMMISSION) {
                assertSubCommissionDay(calendar, m);
            } else {
                // a board: the first working day of its window
                assertNoWorkingDay(calendar, m.windowStart(), m.proposedDate().minusDays(1));
                assertThat(m.windowStart().getDayOfMonth()).isEqualTo(1);
                assertThat(m.windowEnd()).isEqualTo(YearMonth.from(m.windowEnd()).atEndOfMonth());
            }
            if (m.type() == MeetingType.DISTRICT_BOARD) {
                assertLastWorkingDayOfMonth(calendar, m.lateDeadline(), YearMonth.from(m.windowEnd()).plusMonths(1));
            } else {
                assertThat(m.lateDeadline()).isNull();
            }
        }
        assertThat(plan.meetings()).isSortedAccordingTo((a, b) -> a.windowStart().compareTo(b.windowStart()));
        assertThat(plan.meetings()).hasSize(expectedCount(level, population, border));
    }

    private static int expectedCount(BoardLevel level, int population, boolean border) {
        if (level == BoardLevel.PROVINCE) {
            return population >= 10_000 ? 8 : 4; // R6.9 + R7.1 / R7.2
        }
        return population >= 2_000 || border ? 2 : 0; // R8.1 / R8.2
    }

    private static void assertSubCommissionDay(WorkingDayCalendar calendar, PlannedMeeting m) {
        YearMonth month = YearMonth.from(m.windowStart());
        assertThat(month.getMonthValue()).isIn(3, 6, 9, 12);
        assertThat(m.windowStart()).isEqualTo(month.atDay(1));
        boolean anyInFirstWeek = false;
        for (int day = 1; day <= 7; day++) {
            anyInFirstWeek |= calendar.isWorkingDay(month.atDay(day));
        }
        if (anyInFirstWeek) {
            assertThat(m.proposedDate().getDayOfMonth()).isLessThanOrEqualTo(7);
            assertThat(m.windowEnd()).isEqualTo(month.atDay(7));
        } else {
            assertThat(m.proposedDate()).isAfter(month.atDay(7));
        }
        assertNoWorkingDay(calendar, month.atDay(1), m.proposedDate().minusDays(1));
    }

    // ---- deadlines ----

    @Property(tries = 500)
    void everyDeadlineMeetsItsDefinition(@ForAll("types") MeetingType type, @ForAll("dates") LocalDate meeting,
                                         @ForAll("calendars") WorkingDayCalendar calendar) {
        MeetingDeadlines d = new DeadlineCalculator(new DeadlineArithmetic(calendar), TestCalendars.DEFAULTS).deadlines(type, meeting);
        if (type == MeetingType.SUB_COMMISSION) {
            assertThat(d.agendaOpensOn()).isNull();
            assertThat(d.agendaDueDate()).isNull();
            assertThat(d.minutesDistributionDueDate()).isNull();
            assertAtLeastDaysBefore(calendar, d.noticeDueDate(), meeting, 3); // R11.4
        } else {
            assertAtLeastDaysBefore(calendar, d.agendaDueDate(), meeting, 15); // R10.1, R10.2
            assertAtLeastDaysBefore(calendar, d.agendaOpensOn(), d.agendaDueDate(), 10); // collection lead time
            assertAtLeastDaysBefore(calendar, d.noticeDueDate(), meeting, 5); // R11.3
            assertWithinDaysAfter(calendar, d.minutesDistributionDueDate(), meeting, 15); // R12.2, R12.4, R12.5
        }
        assertByTheLastDayOfMonth(calendar, d.platformEntryDueDate(), YearMonth.from(meeting)); // R12.3, R12.5, R12.6
    }

    @Property(tries = 500)
    void noDeadlineIsEverANonWorkingDay(@ForAll("types") MeetingType type, @ForAll("dates") LocalDate meeting,
                                        @ForAll("calendars") WorkingDayCalendar calendar) {
        MeetingDeadlines d = new DeadlineCalculator(new DeadlineArithmetic(calendar), TestCalendars.DEFAULTS).deadlines(type, meeting);
        for (LocalDate due : java.util.Arrays.asList(d.agendaOpensOn(), d.agendaDueDate(), d.noticeDueDate(),
                d.minutesDistributionDueDate(), d.platformEntryDueDate())) {
            if (due != null) {
                assertThat(calendar.isWorkingDay(due)).as("%s of %s %s", due, type, meeting).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void annualReportDeadlineIsTheLastDayOfJanuaryOrTheNextWorkingDay(@ForAll @IntRange(min = 2022, max = 2029) int year,
                                                          @ForAll("calendars") WorkingDayCalendar calendar) {
        LocalDate due = new DeadlineCalculator(new DeadlineArithmetic(calendar), TestCalendars.DEFAULTS).annualReportDeadline(year);
        assertByTheLastDayOfMonth(calendar, due, YearMonth.of(year + 1, 1)); // R13.3
    }

    // ---- the working-day rule ----

    @Property(tries = 1000)
    void workingDayFollowsRDates(@ForAll("dates") LocalDate date) {
        WorkingDayCalendar calendar = TestCalendars.seeded();
        List<DayOff> entries = calendar.entriesOn(date);
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        boolean full = entries.stream().anyMatch(e -> e.part() == DayPart.FULL);
        boolean am = entries.stream().anyMatch(e -> e.part() == DayPart.AM);
        boolean pm = entries.stream().anyMatch(e -> e.part() == DayPart.PM);
        boolean expected = !weekend && !full && !(am && pm);
        WorkingDay answer = calendar.explain(date);
        assertThat(answer.working()).isEqualTo(expected);
        if (!answer.working()) {
            assertThat(answer.reasons()).isNotEmpty();
        }
    }

    // ---- R-DATES definitions, written out ----

    /** due ≤ x − n, due is working, and no working day lies in (due, x − n]. */
    private static void assertAtLeastDaysBefore(WorkingDayCalendar calendar, LocalDate due, LocalDate x, int n) {
        LocalDate target = x.minusDays(n);
        assertThat(due).isNotNull();
        assertThat(due).isBeforeOrEqualTo(target);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertNoWorkingDay(calendar, due.plusDays(1), target);
    }

    /** due ≥ x + n, due is working, and no working day lies in [x + n, due). */
    private static void assertWithinDaysAfter(WorkingDayCalendar calendar, LocalDate due, LocalDate x, int n) {
        LocalDate target = x.plusDays(n);
        assertThat(due).isNotNull();
        assertThat(due).isAfterOrEqualTo(target);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertNoWorkingDay(calendar, target, due.minusDays(1));
    }

    /** R8.3: a late meeting is held by the last working day of the month. */
    private static void assertLastWorkingDayOfMonth(WorkingDayCalendar calendar, LocalDate due, YearMonth month) {
        assertThat(due).isNotNull();
        assertThat(YearMonth.from(due)).isEqualTo(month);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertNoWorkingDay(calendar, due.plusDays(1), month.atEndOfMonth());
    }

    /** R-DATES: the month's last day if it is a working day, else the first working day after it. */
    private static void assertByTheLastDayOfMonth(WorkingDayCalendar calendar, LocalDate due, YearMonth month) {
        assertThat(due).isNotNull();
        assertThat(due).isAfterOrEqualTo(month.atEndOfMonth());
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertNoWorkingDay(calendar, month.atEndOfMonth(), due.minusDays(1));
    }

    private static void assertNoWorkingDay(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("no working day expected on %s", day).isFalse();
        }
    }
}
