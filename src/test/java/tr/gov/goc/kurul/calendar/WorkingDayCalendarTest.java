package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-DATES: the working-day rule and its reasons. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = TestCalendars.seeded();

    @Test
    void weekdaysWithoutEntriesAreWorkingAndWeekendsAreNot() {
        assertThat(calendar.explain(d("2025-06-02"))).isEqualTo(new WorkingDay(d("2025-06-02"), true, List.of()));
        assertThat(calendar.explain(d("2025-06-14"))).isEqualTo(new WorkingDay(d("2025-06-14"), false, List.of("Cumartesi")));
        assertThat(calendar.explain(d("2025-06-15"))).isEqualTo(new WorkingDay(d("2025-06-15"), false, List.of("Pazar")));
    }

    @Test
    void law2429HolidaysAreKnownForYearsOutsideTheTable() {
        // 29 October 2091, a Monday, far beyond the seeded years
        assertThat(d("2091-10-29").getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(calendar.explain(d("2091-10-29")).working()).isFalse();
        assertThat(calendar.explain(d("2091-10-29")).reasons()).containsExactly("Cumhuriyet Bayramı");
        assertThat(calendar.isWorkingDay(d("2030-05-01"))).isFalse(); // Wednesday, Emek ve Dayanışma Günü
        assertThat(calendar.isWorkingDay(d("2030-07-15"))).isFalse(); // Monday
        assertThat(calendar.isWorkingDay(d("2030-07-16"))).isTrue();
    }

    @Test
    void halfDayAfternoonHolidayIsStillAWorkingDay() {
        WorkingDay oct28 = calendar.explain(d("2025-10-28")); // Tuesday, from 13:00
        assertThat(oct28.working()).isTrue();
        assertThat(oct28.reasons()).singleElement().asString()
                .startsWith("Cumhuriyet Bayramı arifesi (13:00'ten)").contains("çalışma günü sayılır");
        assertThat(calendar.isWorkingDay(d("2026-05-26"))).isTrue(); // Kurban arifesi 2026, Tuesday afternoon only
    }

    @Test
    void halfDayHolidayWithMorningAdministrativeLeaveIsNonWorking() {
        // 27 June 2023: Kurban arifesi PM (official) + AM administrative leave
        WorkingDay day = calendar.explain(d("2023-06-27"));
        assertThat(day.working()).isFalse();
        assertThat(day.reasons()).containsExactlyInAnyOrder(
                "Kurban Bayramı arifesi sabahı idari izin", "Kurban Bayramı arifesi (13:00'ten)");
        assertThat(calendar.isWorkingDay(d("2024-04-09"))).isFalse(); // Ramazan 2024, same pattern
    }

    @Test
    void morningLeaveAloneKeepsTheDayWorking() {
        WorkingDayCalendar c = TestCalendars.seeded(DayOff.of(d("2025-06-11"), DayType.IDARI_IZIN, DayPart.AM, "Sabah izni"));
        assertThat(c.isWorkingDay(d("2025-06-11"))).isTrue();
        WorkingDayCalendar both = TestCalendars.seeded(
                DayOff.of(d("2025-06-11"), DayType.IDARI_IZIN, DayPart.AM, "Sabah izni"),
                DayOff.of(d("2025-06-11"), DayType.RESMI_TATIL, DayPart.PM, "Öğleden sonra tatil"));
        assertThat(both.isWorkingDay(d("2025-06-11"))).isFalse();
    }

    @Test
    void ramazan2025WithThreeAdministrativeLeaveDays() {
        // 29 Mar (Sat, arife PM) .. 1 Apr holiday, 2–4 Apr administrative leave: first working day is Monday 7 April
        for (LocalDate day = d("2025-03-29"); day.isBefore(d("2025-04-07")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2025-03-28"))).isTrue();
        assertThat(calendar.onOrAfter(d("2025-03-29"))).isEqualTo(d("2025-04-07"));
        assertThat(calendar.onOrBefore(d("2025-04-06"))).isEqualTo(d("2025-03-28"));
        assertThat(calendar.explain(d("2025-04-02")).reasons()).containsExactly("Ramazan Bayramı sonrası idari izin");
        assertThat(calendar.explain(d("2025-03-30")).reasons()).containsExactly("Pazar", "Ramazan Bayramı 1. gün");
    }

    @Test
    void kurban2026AroundTheEndOfMay() {
        assertThat(calendar.isWorkingDay(d("2026-05-26"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-05-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-05-29"))).isFalse();
        assertThat(calendar.lastWorkingDayOf(YearMonth.of(2026, 5))).isEqualTo(d("2026-05-26"));
        assertThat(calendar.onOrAfter(d("2026-05-27"))).isEqualTo(d("2026-06-01"));
    }

    @Test
    void firstWorkingDayBetweenFindsNoneInAFullyBlockedRange() {
        WorkingDayCalendar c = TestCalendars.seeded(TestCalendars.leave("2025-09-01"), TestCalendars.leave("2025-09-02"),
                TestCalendars.leave("2025-09-03"), TestCalendars.leave("2025-09-04"), TestCalendars.leave("2025-09-05"));
        assertThat(c.firstWorkingDayBetween(d("2025-09-01"), d("2025-09-07"))).isEmpty();
        assertThat(c.onOrAfter(d("2025-09-01"))).isEqualTo(d("2025-09-08"));
    }
}
