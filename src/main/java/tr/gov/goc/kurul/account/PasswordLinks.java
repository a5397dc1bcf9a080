package tr.gov.goc.kurul.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.Sha256;
import tr.gov.goc.kurul.identity.IdentitySynchronizer;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.mail.OutgoingMail;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.policy.Policy;

/**
 * One-time links to set a password. A link carries 256 random bits ({@link SecureRandom}); only their SHA-256 is
 * stored. A link works once, closes every other open link of its user, and expires after the policy's hours
 * ({@code passwordInvitationValidHours} for a new login, {@code passwordResetValidHours} for "Parolamı unuttum"); a new
 * link closes the older open ones. Neither a link nor a token is ever logged, returned by an API or kept in the outbox
 * after the mail was sent ({@link Mails#queueConfidential}).
 */
@Service
public class PasswordLinks {

    /** The one answer for a link that was used, has expired, was closed or never existed. */
    static final String INVALID_LINK = "Bu bağlantı geçersiz: daha önce kullanılmış, süresi dolmuş ya da hiç verilmemiş olabilir. "
            + "\"Parolamı unuttum\" ile yeni bir bağlantı isteyin.";
    static final String KIND = "PASSWORD_LINK";
    static final String PAGE = "/kurul/parola.html";

    public enum Purpose { INVITATION, RESET }

    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("tr"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Policy policy;
    private final People people;
    private final Mails mails;
    private final IdentityService identityService;
    private final IdentitySynchronizer identity;
    private final String baseUrl;

    PasswordLinks(JdbcTemplate jdbc, Clock clock, Policy policy, People people, Mails mails, IdentityService identityService,
                  IdentitySynchronizer identity, @Value("${kurul.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
        this.people = people;
        this.mails = mails;
        this.identityService = identityService;
        this.identity = identity;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Mails the person a new link (closing the older open ones), in the caller's transaction: if it rolls back, no link
     * exists and no mail leaves. Returns false (and sends nothing) when the person has no login or no e-mail address.
     */
    @Transactional
    public boolean send(Person person, Purpose purpose) {
        if (person.getUsername() == null || person.getEmail() == null || person.getEmail().isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        String name = purpose == Purpose.INVITATION ? "passwordInvitationValidHours" : "passwordResetValidHours";
        Instant expires = now.plus(Duration.ofHours(policy.intAsOf(name, LocalDate.ofInstant(now, clock.getZone()))));
        String token = newToken();
        close(person.getUsername(), "REPLACED", now);
        jdbc.update("INSERT INTO password_link (token_hash, username, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                hash(token), person.getUsername(), purpose.name(), Timestamp.from(now), Timestamp.from(expires));
        String link = baseUrl + PAGE + "#t=" + token; // a fragment: never sent to a server, never in an access log
        String until = UNTIL.format(expires.atZone(ZoneId.of("Europe/Istanbul")));
        String subject = purpose == Purpose.INVITATION ? "Kurul: parolanızı belirleyin" : "Kurul: parola yenileme bağlantısı";
        String opening = purpose == Purpose.INVITATION
                ? "Göç Koordinasyon Kurulları için Kurul'da size bir hesap açıldı."
                : "Kurul'daki hesabınız için \"Parolamı unuttum\" ile yeni bir parola belirleme bağlantısı istendi.";
        String body = "Sayın " + person.getFullName() + ",\n\n"
                + opening + "\nKullanıcı adınız: " + person.getUsername() + "\n\n"
                + "Parolanızı kendiniz belirlemek için aşağıdaki bağlantıyı açın. Bağlantı yalnızca bir kez kullanılabilir ve "
                + until + " saatine kadar geçerlidir:\n\n" + link + "\n\n"
                + "Parolanızı belirledikten sonra Kurul'a buradan girebilirsiniz: " + baseUrl + "/camunda/app/tasklist/\n\n"
                + "Bu iletiyi siz istemediyseniz dikkate almayın: bağlantı kullanılmazsa kendiliğinden geçersiz olur ve "
                + "parolanız değişmez. Kurul'un yöneticileri parolanızı hiçbir zaman görmez ve sizden istemez; bu bağlantıyı "
                + "kimseyle paylaşmayın.\n\n—\nBu ileti Kurul (Göç Koordinasyon Kurulları) tarafından gönderilmiştir.";
        mails.queueConfidential(OutgoingMail.text(KIND, "parola-" + person.getUsername(), people.plateCodeOf(person).orElse(null),
                person.getFullName(), List.of(person.getEmail()), subject, body));
        log.info("Parola bağlantısı gönderildi: {} ({})", person.getUsername(),
                purpose == Purpose.INVITATION ? "yeni hesap daveti" : "parola yenileme");
        return true;
    }

    /**
     * Sets the password of the link's user: the link must be open and unexpired (else one and the same refusal), the
     * password must follow {@link PasswordRules}; then the link and every other open link of the user are closed.
     */
    @Transactional
    public void setPassword(String token, String password, String repeat) {
        Instant now = clock.instant();
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new InvalidInputException("token", INVALID_LINK);
        }
        List<OpenLink> found = jdbc.query(
                "SELECT id, username FROM password_link WHERE token_hash = ? AND closed_at IS NULL AND expires_at > ?",
                (rs, i) -> new OpenLink(rs.getLong(1), rs.getString(2)), hash(token.trim()), Timestamp.from(now));
        if (found.isEmpty() || !userExists(found.get(0).username())) {
            throw new InvalidInputException("token", INVALID_LINK);
        }
        OpenLink link = found.get(0);
        PasswordRules.check(link.username(), password, repeat);
        // used once: of two requests with the same link only the first closes it
        if (jdbc.update("UPDATE password_link SET closed_at = ?, closed_reason = 'USED' WHERE id = ? AND closed_at IS NULL",
                Timestamp.from(now), link.id()) == 0) {
            throw new InvalidInputException("token", INVALID_LINK);
        }
        AsSystem.run(identityService, () -> {
            identity.setPassword(link.username(), password);
            return null;
        });
        close(link.username(), "REVOKED", now);
        log.info("Parola bağlantıyla belirlendi: {}", link.username());
    }

    /** Closes every open link of a user (a login removed or renamed, a password set). */
    @Transactional
    public void closeAll(String username, String reason) {
        close(username, reason, clock.instant());
    }

    private void close(String username, String reason, Instant now) {
        jdbc.update("UPDATE password_link SET closed_at = ?, closed_reason = ? WHERE username = ? AND closed_at IS NULL",
                Timestamp.from(now), reason, username);
    }

    /** When the user's last link was made (to send "Parolamı unuttum" links at most so often). */
    Instant lastLinkAt(String username) {
        Timestamp last = jdbc.queryForObject("SELECT MAX(created_at) FROM password_link WHERE username = ?", Timestamp.class, username);
        return last == null ? Instant.EPOCH : last.toInstant();
    }

    private boolean userExists(String username) {
        return AsSystem.run(identityService, () -> identityService.createUserQuery().userId(username).count() > 0);
    }

    private record OpenLink(long id, String username) {
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
