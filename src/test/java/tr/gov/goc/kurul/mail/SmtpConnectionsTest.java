package tr.gov.goc.kurul.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The production mail path (the mariadb profile's SMTP settings, a server that offers AUTH): without SMTP_USER the
 * mail goes out without a login, as Spring's own sender does; found by the benchmark with its own mail server.
 */
class SmtpConnectionsTest {

    private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void withoutAUserNameTheMailsGoOutOverOneConnection() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setUsername(""); // SMTP_USER not set
        sender.setPassword("");
        SmtpConnections connections = new SmtpConnections();

        connections.send(sender, mail(sender, "Toplantı çağrısı"));
        connections.send(sender, mail(sender, "Tutanak dağıtımı"));

        assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Toplantı çağrısı", "Tutanak dağıtımı");
    }

    private static MimeMessage mail(JavaMailSenderImpl sender, String subject) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom("kurul@kurul.example");
        helper.setTo("irtibat@kurum.example");
        helper.setSubject(subject);
        helper.setText("Kurul");
        return mime;
    }
}
