package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up and health check: religious holidays are data (announced yearly), so the table must hold this year's and
 * next year's Ramazan and Kurban Bayramı. Missing ones are warnings; entries whose status is not verified (e.g. the
 * provisional 2027–2028 seed rows) are notes.
 */
@Component
public class HolidayCoverage {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final List<String> RELIGIOUS_HOLIDAYS = List.of("Ramazan Bayramı", "Kurban Bayramı");

    private final NonWorkingDays days;
    private final Today today;

    HolidayCoverage(NonWorkingDays days, Today today) {
        this.days = days;
        this.today = today;
    }

    /** The check for this year and next year, as of today. */
    @Transactional(readOnly = true)
    public Report report() {
        int year = today.date().getYear();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            check(y, days.ofYear(y), warnings, notes);
        }
        return new Report(year + 1, warnings, notes);
    }

    static void check(int year, List<DayOff> entries, List<String> warnings, List<String> notes) {
        for (String holiday : RELIGIOUS_HOLIDAYS) {
            String key = holiday.toLowerCase(TURKISH);
            List<DayOff> found = entries.stream().filter(d -> d.name().toLowerCase(TURKISH).contains(key)).toList();
            if (found.isEmpty()) {
                warnings.add(year + " yılının " + holiday + " tatil günleri tatil tablosunda yok. Resmî duyuru çıkınca "
                        + "sistem yöneticisi eklemelidir; eklenene kadar bu günler çalışma günü sayılır.");
            } else if (found.stream().anyMatch(HolidayCoverage::provisional)) {
                notes.add(year + " yılının " + holiday + " tarihleri geçicidir (resmî duyuru ile doğrulanmadı); "
                        + "duyuru çıkınca sistem yöneticisi kontrol etmelidir.");
            }
        }
    }

    private static boolean provisional(DayOff day) {
        String status = day.status();
        return status != null && !status.startsWith("verified") && !status.equals(NonWorkingDays.ADMIN_STATUS);
    }

    /**
     * @param nextYear the year checked as "next year"
     * @param warnings missing religious holidays (this year or next)
     * @param notes    provisional (unverified) religious holiday dates
     */
    public record Report(int nextYear, List<String> warnings, List<String> notes) {

        public Report {
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }
    }
}
