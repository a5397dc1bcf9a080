package tr.gov.goc.kurul.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as Turkish readers write them: 05.04.2025 Cumartesi. */
public final class TurkishDates {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TurkishDates() {
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * The date with the ablative suffix as read aloud ("01.03.2027'den", "26.11.2026'dan", "05.04.2025'ten"): the
     * suffix follows the last spoken word of the year (yedi → 'den, altı → 'dan, beş → 'ten, kırk → 'tan, bin → 'den).
     */
    public static String ablative(LocalDate date) {
        int year = date.getYear();
        String[] ones = {null, "'den", "'den", "'ten", "'ten", "'ten", "'dan", "'den", "'den", "'dan"};
        String[] tens = {null, "'dan", "'den", "'dan", "'tan", "'den", "'tan", "'ten", "'den", "'dan"};
        String suffix;
        if (year % 10 != 0) {
            suffix = ones[year % 10];
        } else if (year / 10 % 10 != 0) {
            suffix = tens[year / 10 % 10];
        } else {
            suffix = "'den"; // bin, yüz
        }
        return format(date) + suffix;
    }

    public static String withWeekday(LocalDate date) {
        return DAY.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, TURKISH);
    }
}
