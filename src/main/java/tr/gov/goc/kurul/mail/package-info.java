/**
 * Outgoing e-mail: an outbox table ({@code mail_message}) and one {@code mailDelivery} process instance per
 * message whose asynchronous service task sends it over SMTP with retries; after the last retry an incident shows in
 * Cockpit, and retrying it sends the message once. The default run starts an embedded SMTP sink (GreenMail) whose
 * mails are readable through {@code GET /api/mails/received}; it also serves the reply mailbox over IMAP.
 * Incoming: {@link tr.gov.goc.kurul.mail.ReplyMailbox} reads the reply mailbox (IMAP/POP3) and hands calendar parts
 * to a {@link tr.gov.goc.kurul.mail.CalendarReplyHandler}, each message once. Public API: {@link tr.gov.goc.kurul.mail.Mails},
 * {@link tr.gov.goc.kurul.mail.OutgoingMail}, {@link tr.gov.goc.kurul.mail.CalendarReplyHandler}.
 */
package tr.gov.goc.kurul.mail;
