package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the non-working day calendar, as the calendar arithmetic sees it: stored in the table or given
 * by rule (Law 2429 fixed holidays, {@link FixedHolidays}).
 *
 * @param fixed true for a Law 2429 holiday known by rule (cannot be deleted)
 */
public record DayOff(LocalDate date, DayType type, DayPart part, String name, String source, String status, boolean fixed) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(name, "name");
    }

    /** A stored (editable) entry. */
    public static DayOff of(LocalDate date, DayType type, DayPart part, String name) {
        return new DayOff(date, type, part, name, null, null, false);
    }
}
