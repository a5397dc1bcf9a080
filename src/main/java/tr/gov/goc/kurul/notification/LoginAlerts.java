package tr.gov.goc.kurul.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.identity.RepeatedLoginFailures;

/** The administrators are told when wrong passwords for one user name keep coming (a notice and a mail). */
@Component
class LoginAlerts {

    static final String KIND = "LOGIN_FAILURES";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Istanbul"));

    private final Notices notices;

    LoginAlerts(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(RepeatedLoginFailures event) {
        String subject = "Tekrarlanan hatalı giriş denemesi: " + event.username();
        String body = "'" + event.username() + "' kullanıcı adıyla " + event.failures() + " hatalı parola denemesi yapıldı "
                + "(son deneme " + TIME.format(event.lastFailure()) + "; adresler: " + String.join(", ", event.sources()) + ").\n"
                + "Hesap kalıcı olarak kilitlenmez: denemeler kullanıcı adı ve adres başına giderek yavaşlatılır, doğru "
                + "parolayı bilen kullanıcı başka bir adresten girebilir. Deneme sürerse kullanıcıya haber verin ve "
                + "gerekirse parolasını Camunda Admin'de değiştirin.";
        notices.toGroup(GroupIds.ADMINISTRATORS, KIND, subject, body, "giris-" + event.username());
    }
}
