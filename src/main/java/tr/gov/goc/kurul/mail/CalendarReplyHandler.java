package tr.gov.goc.kurul.mail;

/**
 * Applies the iCalendar part of a message read from the reply mailbox ({@link ReplyMailbox}); implemented by the
 * module that owns the meetings. Runs in the transaction that also remembers the message.
 */
public interface CalendarReplyHandler {

    /** Applies {@code calendar} (the text of a {@code text/calendar} part) and answers what came of it, without personal data. */
    String apply(String calendar);
}
