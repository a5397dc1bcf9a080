package tr.gov.goc.kurul.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default run's SMTP sink (GreenMail on 127.0.0.1): every mail Kurul sends lands here and can be read through
 * {@code GET /api/mails/received}. Port 0 (the default) takes a free port, so parallel test JVMs never collide. Not
 * started in the {@code mariadb} profile, which sends through the SMTP server of its environment. It also serves the
 * reply mailbox ({@code kurul.mail.reply-address}) over IMAP on a free port, which {@link ReplyMailbox} reads.
 */
@Component
@ConditionalOnProperty(name = "kurul.mail.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private GreenMail server;
    private int port;
    private int imapPort;
    private final String replyAddress;
    private final String replyUser;
    private final String replyPassword;

    EmbeddedSmtp(@Value("${kurul.mail.embedded-smtp.port:0}") int port,
                 @Value("${kurul.mail.embedded-smtp.imap-port:0}") int imapPort,
                 @Value("${kurul.mail.reply-address:kurul-yanit@kurul.example}") String replyAddress,
                 @Value("${kurul.mail.replies.user:kurul-yanit}") String replyUser,
                 @Value("${kurul.mail.replies.password:kurul-yanit}") String replyPassword) {
        this.port = port;
        this.imapPort = imapPort;
        this.replyAddress = replyAddress;
        this.replyUser = replyUser;
        this.replyPassword = replyPassword;
        start();
    }

    /** Starts the sink (again), on the port it had before if it ran already: a mail server coming back. */
    public synchronized void start() {
        if (server != null && server.isRunning()) {
            return;
        }
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        server = new GreenMail(new ServerSetup[] {port == 0 ? smtp.dynamicPort() : smtp, imapPort == 0 ? imap.dynamicPort() : imap});
        server.start();
        // the reply mailbox (ORGANIZER of the invitations): members' calendars answer here, Kurul reads it over IMAP
        server.setUser(replyAddress, replyUser, replyPassword);
        port = server.getSmtp().getPort();
        imapPort = server.getImap().getPort();
        log.info("Gömülü SMTP sunucusu (GreenMail) 127.0.0.1:{} adresinde çalışıyor; gelen iletiler: GET /api/mails/received;"
                + " takvim yanıtları IMAP 127.0.0.1:{} üzerinden okunur", port, imapPort);
    }

    /** Stops the sink: a mail server that is down (the outage test). */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    public synchronized int port() {
        return port;
    }

    /** The IMAP port of the reply mailbox. */
    public synchronized int imapPort() {
        return imapPort;
    }

    /** Everything received since the sink (re)started, one message per recipient mailbox. */
    public synchronized List<MimeMessage> received() {
        return server == null || !server.isRunning() ? List.of() : List.of(server.getReceivedMessages());
    }

    @Override
    public synchronized void destroy() {
        stop();
    }
}
