package tr.gov.goc.kurul.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A meeting invitation as iCalendar (RFC 5546 {@code METHOD:REQUEST}) for the notices of R11.3 (board, 5 days) and
 * R11.4 (sub-commission, 3 days): one timed event in Europe/Istanbul with its VTIMEZONE, so Outlook and Thunderbird
 * offer "accept" and place it at the Turkish time whatever the reader's zone. The UID stays the same for a meeting,
 * so a changed date updates the entry instead of adding one. With an organizer (Kurul's reply mailbox) each attendee is
 * asked to answer ({@code RSVP=TRUE}, {@code PARTSTAT=NEEDS-ACTION}); the answer ({@code METHOD:REPLY}) names the UID
 * ({@link #uidOf}), read back with {@link CalendarReply} (R9.1).
 */
public final class MeetingInvitation {

    private static final String UID_PREFIX = "kurul-meeting-";

    private MeetingInvitation() {
    }

    /** {@code time} is "HH:mm" (Türkiye time); {@code key} identifies the meeting (e.g. 27-2026-2 or 27-2026-2-AK). */
    public static String request(String key, String summary, String description, String place, LocalDate date, String time,
                                 int durationMinutes, String organizerEmail, List<String> attendees, Instant stamp) {
        return request(key, summary, description, place, date, time, durationMinutes, organizerEmail, attendees, stamp, 0);
    }

    /**
     * The invitation with its {@code sequence}: 0 for the first notice, raised by each change of day, place or time
     * (R11.3), so calendar programs replace the entry of the same UID instead of adding one (RFC 5546 §2.1.4).
     */
    public static String request(String key, String summary, String description, String place, LocalDate date, String time,
                                 int durationMinutes, String organizerEmail, List<String> attendees, Instant stamp, int sequence) {
        return write(false, key, summary, description, place, date, time, durationMinutes, organizerEmail, attendees, stamp, sequence);
    }

    /**
     * The meeting is cancelled (R11.3): {@code METHOD:CANCEL}, the same UID, {@code STATUS:CANCELLED} and the next
     * sequence, so calendar programs remove the entry (RFC 5546 §3.2.5).
     */
    public static String cancel(String key, String summary, String description, String place, LocalDate date, String time,
                                int durationMinutes, String organizerEmail, List<String> attendees, Instant stamp, int sequence) {
        return write(true, key, summary, description, place, date, time, durationMinutes, organizerEmail, attendees, stamp, sequence);
    }

    /** The UID of a meeting's invitation: the same for all its notices, changes and cancellation. */
    public static String uidOf(String key) {
        return UID_PREFIX + key + IcsWriter.UID_DOMAIN;
    }

    /** The meeting key a UID of {@link #uidOf} names, if it is one of Kurul's meeting UIDs. */
    public static Optional<String> meetingKeyOf(String uid) {
        if (uid == null || !uid.startsWith(UID_PREFIX) || !uid.endsWith(IcsWriter.UID_DOMAIN)) {
            return Optional.empty();
        }
        String key = uid.substring(UID_PREFIX.length(), uid.length() - IcsWriter.UID_DOMAIN.length());
        return key.matches("[0-9A-Za-z-]{1,40}") ? Optional.of(key) : Optional.empty();
    }

    private static String write(boolean cancel, String key, String summary, String description, String place, LocalDate date,
                                String time, int durationMinutes, String organizerEmail, List<String> attendees, Instant stamp,
                                int sequence) {
        ZonedDateTime start = ZonedDateTime.of(date, LocalTime.parse(time == null || time.isBlank() ? "10:00" : time), Today.ISTANBUL);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//T.C. Göç İdaresi Başkanlığı//Kurul//TR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Today.ISTANBUL.getId()).getVTimeZone();
        calendar.add(zone);
        // Local wall-clock time with TZID, not a converted ZonedDateTime: ical4j 4.1 turns Europe/Istanbul's VTIMEZONE
        // into +02:00 rules for dates after 2016 and would write 09:00 for a 10:00 meeting.
        DtStart<LocalDateTime> dtStart = new DtStart<>(start.toLocalDateTime());
        dtStart.add(new TzId(Today.ISTANBUL.getId()));
        DtEnd<LocalDateTime> dtEnd = new DtEnd<>(start.toLocalDateTime().plusMinutes(durationMinutes));
        dtEnd.add(new TzId(Today.ISTANBUL.getId()));
        VEvent event = new VEvent();
        event.replace(new DtStamp(stamp));
        event.add(dtStart);
        event.add(dtEnd);
        event.add(new Summary(summary));
        event.add(new Uid(uidOf(key)));
        event.add(new Sequence(sequence));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (place != null) {
            event.add(new Location(place));
        }
        if (description != null) {
            event.add(new Description(description));
        }
        if (organizerEmail != null) {
            event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        }
        for (String address : attendees) {
            Attendee attendee = new Attendee(URI.create("mailto:" + address));
            if (!cancel && organizerEmail != null) { // the calendar offers accept/decline and mails the answer to the organizer (R9.1)
                attendee.add(Rsvp.TRUE);
                attendee.add(PartStat.NEEDS_ACTION);
                attendee.add(Role.REQ_PARTICIPANT);
            }
            event.add(attendee);
        }
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
