package tr.gov.goc.kurul.subcommission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as Turkish readers write them: 03.03.2026 Salı. */
final class TurkishText {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TurkishText() {
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    static String dateWithWeekday(LocalDate date) {
        return DAY.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, TURKISH);
    }
}
