package tr.gov.goc.kurul.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Sequence;

/**
 * A member's calendar answering a meeting invitation (RFC 5546 {@code METHOD:REPLY}): the invitation's UID and
 * SEQUENCE, the attendee's address and their participation status (ACCEPTED, DECLINED, TENTATIVE …). Nothing else
 * of the message is read or kept.
 */
public record CalendarReply(String uid, int sequence, String attendeeEmail, String partStat) {

    /** The reply in {@code ics}, if it is a well-formed {@code METHOD:REPLY} with one event, a UID and one mailto attendee. */
    public static Optional<CalendarReply> parse(String ics) {
        if (ics == null || ics.length() > 200_000) {
            return Optional.empty();
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            return Optional.empty();
        }
        boolean reply = calendar.getProperty(Property.METHOD).map(Property::getValue)
                .filter(m -> m.equalsIgnoreCase("REPLY")).isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        if (!reply || events.size() != 1) {
            return Optional.empty();
        }
        VEvent event = events.get(0);
        Optional<String> uid = event.getProperty(Property.UID).map(Property::getValue);
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        if (uid.isEmpty() || attendees.size() != 1) {
            return Optional.empty();
        }
        Attendee attendee = attendees.get(0);
        String address = attendee.getValue();
        if (address == null || !address.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        String partStat = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("NEEDS-ACTION");
        int sequence = event.<Sequence>getProperty(Property.SEQUENCE).map(Sequence::getSequenceNo).orElse(0);
        return Optional.of(new CalendarReply(uid.get(), sequence, address.substring(7).trim(),
                partStat.toUpperCase(Locale.ROOT)));
    }
}
