package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national holidays of Law 2429, known for any year by rule (R-DATES): 1 January, 23 April, 1 May
 * (Law 5892, from 2009), 19 May, 15 July (Law 6752, from 2017), 30 August, 28 October afternoon and
 * 29 October. Religious holidays and administrative leave are data, never a rule.
 */
public final class FixedHolidays {

    static final String LAW_2429 = "law-2429";

    private FixedHolidays() {
    }

    public static List<DayOff> of(int year) {
        List<DayOff> days = new ArrayList<>();
        days.add(fixed(year, 1, 1, DayPart.FULL, "Yılbaşı", LAW_2429));
        days.add(fixed(year, 4, 23, DayPart.FULL, "Ulusal Egemenlik ve Çocuk Bayramı", LAW_2429));
        if (year >= 2009) {
            days.add(fixed(year, 5, 1, DayPart.FULL, "Emek ve Dayanışma Günü", "law-2429(5892)"));
        }
        days.add(fixed(year, 5, 19, DayPart.FULL, "Atatürk'ü Anma, Gençlik ve Spor Bayramı", LAW_2429));
        if (year >= 2017) {
            days.add(fixed(year, 7, 15, DayPart.FULL, "Demokrasi ve Millî Birlik Günü", "law-2429(6752)"));
        }
        days.add(fixed(year, 8, 30, DayPart.FULL, "Zafer Bayramı", LAW_2429));
        days.add(fixed(year, 10, 28, DayPart.PM, "Cumhuriyet Bayramı arifesi (13:00'ten)", LAW_2429));
        days.add(fixed(year, 10, 29, DayPart.FULL, "Cumhuriyet Bayramı", LAW_2429));
        return days;
    }

    /** True for a source text of the seed data that means "Law 2429" (those rows are produced by this class). */
    public static boolean isLawSource(String source) {
        return source != null && source.startsWith(LAW_2429);
    }

    private static DayOff fixed(int year, int month, int day, DayPart part, String name, String source) {
        return new DayOff(LocalDate.of(year, month, day), DayType.RESMI_TATIL, part, name, source, "fixed", true);
    }
}
