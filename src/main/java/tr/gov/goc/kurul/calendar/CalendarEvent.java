package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;

/** One all-day entry of a board's iCalendar feed. {@code key} makes the UID stable across downloads. */
record CalendarEvent(String key, LocalDate date, String summary, String description) {
}
