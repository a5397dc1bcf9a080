package tr.gov.goc.kurul.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Keeps one SMTP connection open per sending thread and reuses it for the next message: a mail job then costs one
 * MAIL/RCPT/DATA exchange instead of connect, greeting, EHLO and QUIT as well (the benchmark found the
 * connection set-up to be the larger part of Kurul's time spent on mail). A connection the server has closed since is
 * noticed when the next send fails: it is replaced once; a failure on a fresh connection goes to the delivery job,
 * which retries (and ends in an incident).
 */
final class SmtpConnections {

    private record Open(JavaMailSenderImpl sender, Transport transport) {
    }

    private final ThreadLocal<Open> open = new ThreadLocal<>();

    void send(JavaMailSenderImpl sender, MimeMessage mime) {
        try {
            mime.saveChanges();
            Open current = open.get();
            if (current != null && current.sender() == sender) { // no NOOP first: that would cost the round trip saved
                try {
                    current.transport().sendMessage(mime, mime.getAllRecipients());
                    return;
                } catch (MessagingException stale) {
                    close();
                }
            } else {
                close();
            }
            Transport transport = connect(sender);
            open.set(new Open(sender, transport));
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw new MailSendException("SMTP gönderimi başarısız: " + e.getMessage(), e);
        }
    }

    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        // as JavaMailSenderImpl: an empty user name (SMTP_USER not set) means no authentication, not an empty login
        String username = sender.getUsername() == null || sender.getUsername().isEmpty() ? null : sender.getUsername();
        String password = username == null ? null : sender.getPassword();
        transport.connect(sender.getHost(), sender.getPort(), username, password);
        return transport;
    }

    private void close() {
        Open current = open.get();
        open.remove();
        if (current != null) {
            try {
                current.transport().close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }
}
