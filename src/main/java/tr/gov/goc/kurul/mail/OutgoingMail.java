package tr.gov.goc.kurul.mail;

import java.util.List;

/**
 * A message to queue. {@code calendar} is an iCalendar text (METHOD:REQUEST) sent as an invitation, {@code attachment}
 * a file (e.g. the signed minutes PDF). {@code recipientLabel} is what the delivery log shows (an institution's name).
 */
public record OutgoingMail(String kind, String businessKey, Integer plateCode, String recipientLabel, List<String> to,
                           String subject, String body, String calendar, String attachmentName, byte[] attachment) {

    public static OutgoingMail text(String kind, String businessKey, Integer plateCode, String recipientLabel, List<String> to,
                                    String subject, String body) {
        return new OutgoingMail(kind, businessKey, plateCode, recipientLabel, to, subject, body, null, null, null);
    }

    public OutgoingMail withCalendar(String ics) {
        return new OutgoingMail(kind, businessKey, plateCode, recipientLabel, to, subject, body, ics, attachmentName, attachment);
    }

    public OutgoingMail withAttachment(String name, byte[] content) {
        return new OutgoingMail(kind, businessKey, plateCode, recipientLabel, to, subject, body, calendar, name, content);
    }
}
