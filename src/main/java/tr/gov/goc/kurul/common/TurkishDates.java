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

    public static String withWeekday(LocalDate date) {
        return DAY.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, TURKISH);
    }
}
