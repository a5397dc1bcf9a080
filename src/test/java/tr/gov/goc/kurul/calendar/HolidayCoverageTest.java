package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up check of religious holidays (data, not a rule). */
class HolidayCoverageTest {

    private static List<DayOff> yearOf(int year) {
        List<DayOff> entries = new ArrayList<>(FixedHolidays.of(year));
        NonWorkingDaysCsv.storedRows().stream().filter(d -> d.date().getYear() == year).forEach(entries::add);
        return entries;
    }

    @Test
    void verifiedYearHasNoWarningAndNoNote() {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        HolidayCoverage.check(2026, yearOf(2026), warnings, notes);
        assertThat(warnings).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void provisionalYearGivesNotes() {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        HolidayCoverage.check(2027, yearOf(2027), warnings, notes);
        assertThat(warnings).isEmpty();
        assertThat(notes).hasSize(2).allMatch(n -> n.contains("2027") && n.contains("geçici"));
    }

    @Test
    void missingYearGivesAWarningPerHoliday() {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        HolidayCoverage.check(2029, yearOf(2029), warnings, notes);
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("2029").contains("Ramazan Bayramı");
        assertThat(warnings.get(1)).contains("2029").contains("Kurban Bayramı");
    }
}
