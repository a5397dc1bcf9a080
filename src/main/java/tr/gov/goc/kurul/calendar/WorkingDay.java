package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "is this a working day?" (R-DATES) with its reasons in Turkish: "Cumartesi", "Pazar", the names
 * of the holidays and leave days on that date; a half day that leaves the day working is listed with a note.
 */
public record WorkingDay(LocalDate date, boolean working, List<String> reasons) {

    public WorkingDay {
        reasons = List.copyOf(reasons);
    }
}
