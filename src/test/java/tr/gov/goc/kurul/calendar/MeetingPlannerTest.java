package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.MeetingType.DISTRICT_BOARD;
import static tr.gov.goc.kurul.calendar.MeetingType.PROVINCIAL_BOARD;
import static tr.gov.goc.kurul.calendar.MeetingType.SUB_COMMISSION;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;
import static tr.gov.goc.kurul.calendar.TestCalendars.leave;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** R6.9, R7.1, R7.2, R8.1–R8.3 and R15.3 on yearly plans. */
class MeetingPlannerTest {

    private final MeetingPlanner planner = TestCalendars.planner();

    private static PlannedMeeting m(MeetingType type, String start, String end, String proposed, String late) {
        return new PlannedMeeting(type, d(start), d(end), d(proposed), late == null ? null : d(late));
    }

    @Test
    void provinceOfTenThousandHasFourSubCommissionAndFourBoardMeetings() {
        MeetingPlan plan = planner.plan(BoardLevel.PROVINCE, 10_000, false, 2025);
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.meetings()).containsExactly(
                m(PROVINCIAL_BOARD, "2025-01-01", "2025-01-31", "2025-01-02", null), // 1 Jan holiday
                m(SUB_COMMISSION, "2025-03-01", "2025-03-07", "2025-03-03", null),
                m(PROVINCIAL_BOARD, "2025-04-01", "2025-04-30", "2025-04-07", null), // Ramazan + 3 leave days
                m(SUB_COMMISSION, "2025-06-01", "2025-06-07", "2025-06-02", null),
                m(PROVINCIAL_BOARD, "2025-07-01", "2025-07-31", "2025-07-01", null),
                m(SUB_COMMISSION, "2025-09-01", "2025-09-07", "2025-09-01", null),
                m(PROVINCIAL_BOARD, "2025-10-01", "2025-10-31", "2025-10-01", null),
                m(SUB_COMMISSION, "2025-12-01", "2025-12-07", "2025-12-01", null));
    }

    @Test
    void provinceBelowTenThousandHasTwoOfEach() {
        MeetingPlan plan = planner.plan(BoardLevel.PROVINCE, 9_999, false, 2025);
        assertThat(plan.meetings()).extracting(PlannedMeeting::type, p -> p.windowStart().getMonthValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PROVINCIAL_BOARD, 1),
                        org.assertj.core.groups.Tuple.tuple(SUB_COMMISSION, 6),
                        org.assertj.core.groups.Tuple.tuple(PROVINCIAL_BOARD, 7),
                        org.assertj.core.groups.Tuple.tuple(SUB_COMMISSION, 12));
    }

    @Test
    void districtOfTwoThousandMeetsInBothWindowsWithLateDeadlines() {
        assertThat(planner.plan(BoardLevel.DISTRICT, 2_000, false, 2025).meetings()).containsExactly(
                m(DISTRICT_BOARD, "2025-02-01", "2025-03-31", "2025-02-03", "2025-04-30"),
                m(DISTRICT_BOARD, "2025-08-01", "2025-09-30", "2025-08-01", "2025-10-31"));
        assertThat(planner.plan(BoardLevel.DISTRICT, 5_000, false, 2026).meetings()).containsExactly(
                m(DISTRICT_BOARD, "2026-02-01", "2026-03-31", "2026-02-02", "2026-04-30"),
                m(DISTRICT_BOARD, "2026-08-01", "2026-09-30", "2026-08-03", "2026-10-30")); // 29 Oct holiday
    }

    @Test
    void districtBelowTwoThousandHasNoOrdinaryMeetingUnlessBorder() {
        assertThat(planner.plan(BoardLevel.DISTRICT, 1_999, false, 2025).meetings()).isEmpty();
        assertThat(planner.plan(BoardLevel.DISTRICT, 0, false, 2025).meetings()).isEmpty();
        assertThat(planner.plan(BoardLevel.DISTRICT, 0, true, 2025).meetings())
                .isEqualTo(planner.plan(BoardLevel.DISTRICT, 2_000, false, 2025).meetings());
        assertThat(planner.plan(BoardLevel.DISTRICT, 1_999, true, 2025).meetings()).hasSize(2);
    }

    @Test
    void borderFlagDoesNotChangeAProvincePlan() {
        assertThat(planner.plan(BoardLevel.PROVINCE, 500, true, 2025))
                .isEqualTo(planner.plan(BoardLevel.PROVINCE, 500, false, 2025));
    }

    @Test
    void subCommissionWithNoWorkingDayInTheFirstWeekMeetsOnTheNextWorkingDay() {
        MeetingPlanner blocked = TestCalendars.planner(leave("2025-09-01"), leave("2025-09-02"), leave("2025-09-03"),
                leave("2025-09-04"), leave("2025-09-05"));
        PlannedMeeting september = blocked.plan(BoardLevel.PROVINCE, 20_000, false, 2025).meetings().stream()
                .filter(p -> p.type() == SUB_COMMISSION && p.windowStart().getMonthValue() == 9).findFirst().orElseThrow();
        assertThat(september).isEqualTo(m(SUB_COMMISSION, "2025-09-01", "2025-09-08", "2025-09-08", null));
    }

    @Test
    void subCommissionAfterKurban2026() {
        // June 2026: 1 June is a Monday right after Kurban Bayramı (27–30 May)
        PlannedMeeting june = planner.plan(BoardLevel.PROVINCE, 1, false, 2026).meetings().stream()
                .filter(p -> p.type() == SUB_COMMISSION && p.windowStart().getMonthValue() == 6).findFirst().orElseThrow();
        assertThat(june.proposedDate()).isEqualTo(d("2026-06-01"));
    }

    @Test
    void parameterChangeAppliesOnlyToPlansMadeAfterIt() {
        // R15.3: from 2026-01-01 the presidency moves the provincial board months and the threshold
        Function<LocalDate, CalendarPolicy> asOf = plannedOn -> CalendarPolicy.from(name -> {
            Map<String, String> values = new HashMap<>(TestCalendars.V101_VALUES);
            if (!plannedOn.isBefore(d("2026-01-01"))) {
                values.put(CalendarPolicy.PROVINCIAL_BOARD_MONTHS_HIGH, "2,5,8,11");
                values.put(CalendarPolicy.PROVINCIAL_BOARD_POPULATION_THRESHOLD, "20000");
            }
            return values.get(name);
        });
        DeadlineArithmetic dates = TestCalendars.arithmetic();
        MeetingPlan before = new MeetingPlanner(dates, asOf.apply(d("2025-12-31"))).plan(BoardLevel.PROVINCE, 25_000, false, 2026);
        MeetingPlan after = new MeetingPlanner(dates, asOf.apply(d("2026-01-02"))).plan(BoardLevel.PROVINCE, 25_000, false, 2026);
        assertThat(before.meetings()).filteredOn(p -> p.type() == PROVINCIAL_BOARD)
                .extracting(p -> p.windowStart().getMonthValue()).containsExactly(1, 4, 7, 10);
        assertThat(after.meetings()).filteredOn(p -> p.type() == PROVINCIAL_BOARD)
                .extracting(p -> p.windowStart().getMonthValue()).containsExactly(2, 5, 8, 11);
        MeetingPlan belowNewThreshold = new MeetingPlanner(dates, asOf.apply(d("2026-01-02"))).plan(BoardLevel.PROVINCE, 15_000, false, 2026);
        assertThat(belowNewThreshold.meetings()).filteredOn(p -> p.type() == PROVINCIAL_BOARD)
                .extracting(p -> p.windowStart().getMonthValue()).containsExactly(1, 7);
    }
}
