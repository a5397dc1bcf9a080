package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Law 2429 rows of the seed file are exactly what {@link FixedHolidays} gives by rule, so skipping them loses nothing. */
class FixedHolidaysTest {

    private record Key(java.time.LocalDate date, DayType type, DayPart part, String name, String source) {
        static Key of(DayOff d) {
            return new Key(d.date(), d.type(), d.part(), d.name(), d.source());
        }
    }

    @Test
    void seedLawRowsEqualTheRuleForEveryYearOfTheFile() {
        List<DayOff> all = NonWorkingDaysCsv.readAll();
        for (int year = 2023; year <= 2028; year++) {
            int y = year;
            List<Key> fromCsv = all.stream().filter(DayOff::fixed).filter(d -> d.date().getYear() == y).map(Key::of).toList();
            List<Key> byRule = FixedHolidays.of(y).stream().map(Key::of).toList();
            assertThat(byRule).as("year %d", y).containsExactlyInAnyOrderElementsOf(fromCsv);
        }
    }

    @Test
    void storedRowsAreReligiousHolidaysAndLeaveOnly() {
        List<DayOff> stored = NonWorkingDaysCsv.storedRows();
        assertThat(stored).isNotEmpty().noneMatch(DayOff::fixed);
        assertThat(stored).allMatch(d -> d.name().contains("Ramazan") || d.name().contains("Kurban"));
        // at most one entry per date and type (the table's unique key)
        assertThat(stored.stream().map(d -> d.date() + "/" + d.type()).distinct().count()).isEqualTo(stored.size());
    }

    @Test
    void holidaysIntroducedLaterAreOnlyGivenFromTheirYear() {
        assertThat(FixedHolidays.of(2016)).noneMatch(d -> d.date().getMonthValue() == 7);
        assertThat(FixedHolidays.of(2017)).anyMatch(d -> d.name().equals("Demokrasi ve Millî Birlik Günü"));
        assertThat(FixedHolidays.of(2008)).noneMatch(d -> d.date().getMonthValue() == 5 && d.date().getDayOfMonth() == 1);
    }
}
