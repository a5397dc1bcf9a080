package tr.gov.goc.kurul.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixtures for the Spring-free tests: the seeded holiday table and the policy values of migration V101. */
final class TestCalendars {

    /** The default policy values exactly as migration V101 inserts them. */
    static final Map<String, String> V101_VALUES = readV101();
    static final CalendarPolicy DEFAULTS = CalendarPolicy.from(name -> {
        String value = V101_VALUES.get(name);
        if (value == null) {
            throw new IllegalStateException("V101 has no " + name);
        }
        return value;
    });

    /** The stored rows of the seed file, read once. */
    static final List<DayOff> STORED = NonWorkingDaysCsv.storedRows();

    private TestCalendars() {
    }

    /** The seeded table (CSV without the Law 2429 rows) plus extra entries. */
    static WorkingDayCalendar seeded(DayOff... extra) {
        List<DayOff> all = new ArrayList<>(STORED);
        all.addAll(Arrays.asList(extra));
        return new WorkingDayCalendar(all);
    }

    static DeadlineArithmetic arithmetic(DayOff... extra) {
        return new DeadlineArithmetic(seeded(extra));
    }

    static MeetingPlanner planner(DayOff... extra) {
        return new MeetingPlanner(arithmetic(extra), DEFAULTS);
    }

    static DeadlineCalculator deadlines(DayOff... extra) {
        return new DeadlineCalculator(arithmetic(extra), DEFAULTS);
    }

    static DayOff leave(String date) {
        return leave(LocalDate.parse(date));
    }

    static DayOff leave(LocalDate date) {
        return DayOff.of(date, DayType.IDARI_IZIN, DayPart.FULL, "Test idari izni");
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<String, String> readV101() {
        try (InputStream in = TestCalendars.class.getClassLoader().getResourceAsStream("db/migration/V101__calendar_policy.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(\\w+)', '([^']*)', DATE '2023-01-01'").matcher(sql);
            Map<String, String> values = new LinkedHashMap<>();
            while (m.find()) {
                values.put(m.group(1), m.group(2));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
