package tr.gov.goc.kurul.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a board's feed as iCalendar (RFC 5545) with ical4j: all-day events ({@code DTSTART;VALUE=DATE}), time zone
 * Europe/Istanbul, UIDs {@code kurul-board-<id>-<key>@kurul.goc.gov.tr} that stay the same from one download to the
 * next, so Outlook and Thunderbird update entries instead of duplicating them.
 */
final class IcsWriter {

    static final String UID_DOMAIN = "@kurul.goc.gov.tr";

    private IcsWriter() {
    }

    static String write(long boardId, String calendarName, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//T.C. Göç İdaresi Başkanlığı//Kurul//TR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", Today.ISTANBUL.getId()));
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(Today.ISTANBUL.getId()).getVTimeZone();
        calendar.add(zone);
        for (CalendarEvent e : events) {
            LocalDate day = e.date();
            VEvent event = new VEvent(day, day.plusDays(1), e.summary());
            event.replace(new DtStamp(stamp));
            event.add(new Uid("kurul-board-" + boardId + "-" + e.key() + UID_DOMAIN));
            event.add(new Description(e.description()));
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
