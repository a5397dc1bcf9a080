package tr.gov.goc.kurul.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.gov.goc.kurul.common.Sha256;

/**
 * Reads Kurul's reply mailbox (the ORGANIZER of meeting invitations) over IMAP or POP3 every
 * {@code kurul.mail.replies.poll-interval}: each new message's {@code text/calendar} part goes to the
 * {@link CalendarReplyHandler}; nothing else of a message is read or stored (no attachments, no bodies, no addresses).
 * Each message is remembered by a hash of its Message-ID, so the same reply is never applied twice, and marked read.
 * Off unless {@code kurul.mail.replies.enabled}; with no host it reads the embedded GreenMail ({@link EmbeddedSmtp}).
 */
@Component
@ConditionalOnProperty(name = "kurul.mail.replies.enabled", havingValue = "true")
public class ReplyMailbox {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailbox.class);
    private static final int MAX_CALENDAR_CHARS = 200_000;
    private static final int MAX_MESSAGES_PER_POLL = 200;

    private final ObjectProvider<EmbeddedSmtp> embedded;
    private final ObjectProvider<CalendarReplyHandler> handlers;
    private final InboundMessageRepository inbound;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String host;
    private final int port;
    private final String protocol;
    private final String user;
    private final String password;
    private final boolean ssl;

    ReplyMailbox(ObjectProvider<EmbeddedSmtp> embedded, ObjectProvider<CalendarReplyHandler> handlers,
                 InboundMessageRepository inbound, PlatformTransactionManager transactions, Clock clock,
                 @Value("${kurul.mail.replies.host:}") String host,
                 @Value("${kurul.mail.replies.port:0}") int port,
                 @Value("${kurul.mail.replies.protocol:imap}") String protocol,
                 @Value("${kurul.mail.replies.user:kurul-yanit}") String user,
                 @Value("${kurul.mail.replies.password:kurul-yanit}") String password,
                 @Value("${kurul.mail.replies.ssl:false}") boolean ssl) {
        this.embedded = embedded;
        this.handlers = handlers;
        this.inbound = inbound;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.host = host;
        this.port = port;
        this.protocol = protocol.toLowerCase(java.util.Locale.ROOT);
        this.user = user;
        this.password = password;
        this.ssl = ssl;
    }

    /** One look at the mailbox; answers how many new messages were read. A mailbox that cannot be reached waits for the next poll. */
    @Scheduled(initialDelayString = "${kurul.mail.replies.poll-interval:PT1M}", fixedDelayString = "${kurul.mail.replies.poll-interval:PT1M}")
    public synchronized int poll() {
        String storeProtocol = ssl ? protocol + "s" : protocol;
        String mailHost = host;
        int mailPort = port;
        if (mailHost == null || mailHost.isBlank()) {
            EmbeddedSmtp sink = embedded.getIfAvailable();
            if (sink == null || !sink.isRunning()) {
                return 0;
            }
            mailHost = "127.0.0.1";
            mailPort = sink.imapPort();
        }
        Properties properties = new Properties();
        properties.put("mail." + storeProtocol + ".connectiontimeout", "5000");
        properties.put("mail." + storeProtocol + ".timeout", "10000");
        int read = 0;
        try {
            Store store = Session.getInstance(properties).getStore(storeProtocol);
            store.connect(mailHost, mailPort > 0 ? mailPort : -1, user, password);
            try {
                Folder folder = store.getFolder("INBOX");
                folder.open(Folder.READ_WRITE);
                try {
                    Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                    for (Message message : unread) {
                        if (read >= MAX_MESSAGES_PER_POLL) {
                            break;
                        }
                        if (handle(message)) {
                            read++;
                        }
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                } finally {
                    folder.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            log.warn("Yanıt posta kutusu okunamadı ({}); bir sonraki denemede yeniden okunacak.", e.getClass().getSimpleName());
        }
        return read;
    }

    /** Applies one message once; false if it was read before. */
    private boolean handle(Message message) {
        String key;
        Optional<String> calendar;
        try {
            key = keyOf(message);
            if (inbound.existsByMessageKey(key)) {
                return false;
            }
            calendar = calendarPart(message, 0);
        } catch (MessagingException | IOException e) {
            log.warn("Yanıt posta kutusundaki bir ileti okunamadı ({}); atlandı.", e.getClass().getSimpleName());
            return false;
        }
        CalendarReplyHandler handler = handlers.getIfAvailable();
        try {
            String outcome = transaction.execute(status -> {
                String result = calendar.isEmpty() ? "NO_CALENDAR" : handler == null ? "NO_HANDLER" : handler.apply(calendar.get());
                inbound.save(new InboundMessage(key, truncate(result), clock.instant()));
                return result;
            });
            log.info("Takvim yanıtı iletisi işlendi: {}", outcome);
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> inbound.save(new InboundMessage(key, "ERROR", clock.instant())));
            log.error("Takvim yanıtı iletisi uygulanamadı ({}); ileti işlenmiş sayıldı.", e.getClass().getSimpleName());
        }
        return true;
    }

    /** The first {@code text/calendar} (or {@code application/ics}) part of the message, as text. */
    private static Optional<String> calendarPart(Part part, int depth) throws MessagingException, IOException {
        if (depth > 5) {
            return Optional.empty();
        }
        if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_CALENDAR_CHARS * 4);
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount() && i < 20; i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = calendarPart(child, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A hash of the Message-ID; a message without one is known by a hash of its content. */
    private static String keyOf(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        byte[] identity;
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            identity = ("id:" + ids[0].trim()).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            if (message instanceof MimeMessage mime) {
                mime.writeTo(raw);
            }
            identity = raw.toByteArray();
        }
        return Sha256.hex(identity);
    }

    private static String truncate(String outcome) {
        return outcome == null ? "NONE" : outcome.length() <= 40 ? outcome : outcome.substring(0, 40);
    }
}
