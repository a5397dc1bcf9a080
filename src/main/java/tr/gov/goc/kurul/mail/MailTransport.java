package tr.gov.goc.kurul.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one outbox message to SMTP: the embedded sink when it runs (default run, tests), else the server of
 * {@code spring.mail.*} (production: environment variables of the mariadb profile). Any failure is thrown, so the delivery job retries.
 */
@Component
class MailTransport {

    /** Lets a receiver recognise a message it already has (exactly-once is checked on this header). */
    static final String MAIL_ID_HEADER = "X-Kurul-Mail-Id";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of every jar at each multipart and each
        // encoded word; named, it is created directly: building a message takes half the time (BENCHMARKS.md)
        String provider = "jakarta.mail.util.StreamProvider";
        if (System.getProperty(provider) == null) {
            System.setProperty(provider, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final ObjectProvider<JavaMailSender> configured;
    private final ObjectProvider<EmbeddedSmtp> embedded;
    private final String from;
    private final SmtpConnections connections = new SmtpConnections();
    private volatile JavaMailSenderImpl embeddedSender;

    MailTransport(ObjectProvider<JavaMailSender> configured, ObjectProvider<EmbeddedSmtp> embedded,
                  @Value("${kurul.mail.from:kurul@kurul.example}") String from) {
        this.configured = configured;
        this.embedded = embedded;
        this.from = from;
    }

    void send(MailMessage message) {
        JavaMailSender sender = sender();
        MimeMessage mime = sender.createMimeMessage();
        try {
            boolean multipart = message.getCalendar() != null || message.getAttachment() != null;
            MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
            helper.setFrom(from, "Kurul — Göç Koordinasyon Kurulları");
            helper.setTo(message.getRecipients().toArray(String[]::new));
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody() == null ? "" : message.getBody());
            if (message.getCalendar() != null) {
                // R11.3, R11.4: the invitation; calendar programs read the METHOD (REQUEST, or CANCEL for a cancelled
                // meeting) from the part and the file, which must agree (RFC 6047)
                helper.addAttachment("davet.ics", new ByteArrayResource(message.getCalendar().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=" + calendarMethod(message.getCalendar()));
            }
            if (message.getAttachment() != null) {
                helper.addAttachment(message.getAttachmentName(), new ByteArrayResource(message.getAttachment()), "application/pdf");
            }
            mime.setHeader(MAIL_ID_HEADER, String.valueOf(message.getId()));
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("E-posta hazırlanamadı (ileti " + message.getId() + "): " + e.getMessage(), e);
        }
        if (sender instanceof JavaMailSenderImpl impl) {
            connections.send(impl, mime);
        } else {
            sender.send(mime);
        }
    }

    /** The METHOD line of an iCalendar text (REQUEST when none is found). */
    static String calendarMethod(String calendar) {
        for (String line : calendar.split("\\r?\\n")) {
            if (line.startsWith("METHOD:")) {
                return line.substring("METHOD:".length()).trim();
            }
        }
        return "REQUEST";
    }

    private JavaMailSender sender() {
        EmbeddedSmtp sink = embedded.getIfAvailable();
        if (sink == null) {
            JavaMailSender sender = configured.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("SMTP sunucusu yapılandırılmamış (SMTP_HOST / spring.mail.host).");
            }
            return sender;
        }
        JavaMailSenderImpl cached = embeddedSender;
        if (cached != null && cached.getPort() == sink.port()) {
            return cached;
        }
        JavaMailSenderImpl local = new JavaMailSenderImpl();
        local.setHost("127.0.0.1");
        local.setPort(sink.port());
        local.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties properties = local.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.socketFactory.class", NoDelaySocketFactory.class.getName()); // as the mariadb profile
        embeddedSender = local;
        return local;
    }
}
