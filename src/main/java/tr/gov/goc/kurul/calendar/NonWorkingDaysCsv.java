package tr.gov.goc.kurul.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the seed file {@code db/data/tr-nonworking-days-2023-2028.csv} (header
 * {@code date,weekday,type,part,name,source,status}; fields may be double-quoted). Used by the seed migration
 * {@code db.migration.V102__Nonworking_days_seed} and by tests.
 */
public final class NonWorkingDaysCsv {

    public static final String RESOURCE = "db/data/tr-nonworking-days-2023-2028.csv";

    private NonWorkingDaysCsv() {
    }

    /** Every row of the seed file, Law 2429 rows included. */
    public static List<DayOff> readAll() {
        try (InputStream in = NonWorkingDaysCsv.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Kaynak bulunamadı: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows to store: everything except the Law 2429 days, which {@link FixedHolidays} knows by rule. */
    public static List<DayOff> storedRows() {
        return readAll().stream().filter(d -> !FixedHolidays.isLawSource(d.source())).toList();
    }

    static List<DayOff> read(BufferedReader reader) throws IOException {
        List<DayOff> rows = new ArrayList<>();
        String line = reader.readLine(); // header
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            if (f.size() != 7) {
                throw new IllegalStateException("Beklenmeyen satır: " + line);
            }
            rows.add(new DayOff(LocalDate.parse(f.get(0)), DayType.valueOf(f.get(2)), DayPart.valueOf(f.get(3)),
                    f.get(4), f.get(5), f.get(6), FixedHolidays.isLawSource(f.get(5))));
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
