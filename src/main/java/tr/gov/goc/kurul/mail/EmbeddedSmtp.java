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
 * started in the {@code mariadb} profile, which sends through the SMTP server of its environment.
 */
@Component
@ConditionalOnProperty(name = "kurul.mail.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private GreenMail server;
    private int port;

    EmbeddedSmtp(@Value("${kurul.mail.embedded-smtp.port:0}") int port) {
        this.port = port;
        start();
    }

    /** Starts the sink (again), on the port it had before if it ran already: a mail server coming back. */
    public synchronized void start() {
        if (server != null && server.isRunning()) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        port = server.getSmtp().getPort();
        log.info("Gömülü SMTP sunucusu (GreenMail) 127.0.0.1:{} adresinde çalışıyor; gelen iletiler: GET /api/mails/received", port);
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

    /** Everything received since the sink (re)started, one message per recipient mailbox. */
    public synchronized List<MimeMessage> received() {
        return server == null || !server.isRunning() ? List.of() : List.of(server.getReceivedMessages());
    }

    @Override
    public synchronized void destroy() {
        stop();
    }
}
