package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;

/**
 * Published (inside the editing transaction) when an administrator adds, replaces or removes a non-working day entry.
 * Hook for the meeting module: a listener (e.g. {@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener}) looks for planned or scheduled meetings and deadlines on {@code date} and,
 * when {@code workingNow} is false, tells the responsible secretary (task or notice) — nothing moves silently.
 * Deadlines computed from other dates may move too (a "working day before" can shift): listeners should recompute
 * the deadlines of the open meetings around {@code date} with {@link StatutoryCalendar#deadlines} and compare.
 *
 * @param date       the edited date
 * @param type       the entry type edited
 * @param part       the entry's part after the change (null when removed)
 * @param change     ADDED, REPLACED or REMOVED
 * @param workingNow whether the date is a working day after the change (R-DATES)
 */
public record NonWorkingDaysChanged(LocalDate date, DayType type, DayPart part, Change change, boolean workingNow) {

    public enum Change {
        ADDED, REPLACED, REMOVED
    }
}
