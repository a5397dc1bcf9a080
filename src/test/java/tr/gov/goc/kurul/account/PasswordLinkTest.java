package tr.gov.goc.kurul.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.identity.IdentitySynchronizer;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.people.PasswordSetup;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.PersonData;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * A new login gets in without an administrator: the invitation mail's one-time link sets the person's own password;
 * the link works once and expires; a weak password changes nothing; "Parolamı unuttum" answers alike for everyone;
 * nobody but the administrators and the province's secretariat re-sends an invitation; no log line holds a token.
 */
@KurulIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordLinkTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/kurul/parola\\.html#t=([A-Za-z0-9_-]+))");
    private static final String GOOD = "Meriç kıyısında uzun bir yürüyüş";

    @LocalServerPort
    int port;
    @Autowired
    Mails mails;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    IdentitySynchronizer identity;
    @Autowired
    People people;

    Registry registry;
    Api anonymous;
    long edirneInstitution;
    final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TestClock.reset();
        registry = new Registry(port);
        anonymous = Api.anonymous(port);
        edirneInstitution = Registry.stream(registry.admin().get("/api/institutions?province=22").json())
                .filter(i -> i.path("code").asText().equals("milli-egitim")).findFirst().orElseThrow().path("id").asLong();
    }

    @AfterEach
    void noLogLineHoldsAToken(CapturedOutput output) {
        TestClock.reset();
        assertThat(tokens).isNotEmpty();
        for (String token : tokens) {
            assertThat(output.getAll()).doesNotContain(token).doesNotContain(PasswordLinks.hash(token));
        }
    }

    @Test
    void aNewLoginSetsItsOwnPasswordThroughTheMailedLinkAndTheLinkWorksOnce() throws Exception {
        String user = unique("yeni.kullanici");
        Api.Response created = registry.admin().post("/api/people", person(user));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("parola.html");

        Invitation mail = delivered(user);
        assertThat(mail.subject()).isEqualTo("Kurul: parolanızı belirleyin");
        assertThat(mail.text()).contains("Kullanıcı adınız: " + user, "yalnızca bir kez kullanılabilir");
        // the link is in the mailbox, not in Kurul: the outbox forgot the body once it was sent, the API hides it
        MailMessage outbox = mails.find(mail.mailId()).orElseThrow();
        assertThat(outbox.getBody()).doesNotContain(mail.token());
        assertThat(registry.admin().get("/api/mails/received").body()).doesNotContain(mail.token());
        assertThat(registry.admin().get("/api/mails?businessKey=parola-" + user).body()).doesNotContain(mail.token());

        assertThat(Api.as(port, user, GOOD).get("/api/me").status()).isEqualTo(401);
        Api.Response set = anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.message()).isEqualTo(PasswordController.PASSWORD_SET);
        assertThat(Api.as(port, user, GOOD).get("/api/me").status()).isEqualTo(200);

        String other = "Başka bir uzun parola cümlesi";
        Api.Response again = anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", other, "passwordRepeat", other));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().at("/fields/token").asText()).isEqualTo(PasswordLinks.INVALID_LINK);
        assertThat(Api.as(port, user, GOOD).get("/api/me").status()).isEqualTo(200);
        assertThat(identityService.checkPassword(user, other)).isFalse();

        // an unknown token: the very same answer
        Api.Response unknown = anonymous.post("/api/password/set", Map.of("token", "x" + mail.token(), "password", other, "passwordRepeat", other));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo(again.body());
    }

    @Test
    void anExpiredLinkIsRefusedWithTheSameAnswer() throws Exception {
        String user = unique("gec.kalan");
        assertThat(registry.admin().post("/api/people", person(user)).status()).isEqualTo(201);
        Invitation mail = delivered(user);
        advance(Duration.ofHours(168).plusMinutes(1)); // passwordInvitationValidHours
        Api.Response late = anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().at("/fields/token").asText()).isEqualTo(PasswordLinks.INVALID_LINK);
        assertThat(identityService.checkPassword(user, GOOD)).isFalse();
    }

    @Test
    void aWeakPasswordIsRefusedBesideItsFieldAndChangesNothing() throws Exception {
        String user = unique("zayif.parola");
        assertThat(registry.admin().post("/api/people", person(user)).status()).isEqualTo(201);
        Invitation mail = delivered(user);
        Map<String, String[]> weak = new LinkedHashMap<>();
        weak.put("kisaParola1", new String[] {"password", PasswordRules.TOO_SHORT});
        weak.put("Benim-" + user.toUpperCase(java.util.Locale.ROOT) + "-parolam", new String[] {"password", PasswordRules.CONTAINS_USERNAME});
        weak.put("Galatasaray1905", new String[] {"password", PasswordRules.COMMON});
        weak.put("123456789012", new String[] {"password", PasswordRules.COMMON});
        for (Map.Entry<String, String[]> entry : weak.entrySet()) {
            Api.Response refused = anonymous.post("/api/password/set",
                    Map.of("token", mail.token(), "password", entry.getKey(), "passwordRepeat", entry.getKey()));
            assertThat(refused.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(refused.json().at("/fields/" + entry.getValue()[0]).asText()).as(entry.getKey()).isEqualTo(entry.getValue()[1]);
            assertThat(identityService.checkPassword(user, entry.getKey())).isFalse();
        }
        Api.Response mismatch = anonymous.post("/api/password/set",
                Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD + "!"));
        assertThat(mismatch.json().at("/fields/passwordRepeat").asText()).isEqualTo(PasswordRules.NOT_REPEATED);
        assertThat(identityService.checkPassword(user, GOOD)).isFalse();
        // a refusal does not use the link up
        assertThat(anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD))
                .status()).isEqualTo(200);
        assertThat(identityService.checkPassword(user, GOOD)).isTrue();
    }

    @Test
    void forgotAnswersAlikeForEveryoneAndMailsOnlyAnExistingAccount() throws Exception {
        // a login whose password was set otherwise (as the demo sets "demo"): no invitation
        String user = unique("unutkan");
        people.create(new PersonData("Unutkan", "Kişi", "Şef", edirneInstitution, null, user + "@kurul.example", user, false, Set.of()),
                PasswordSetup.SET_BY_CALLER);
        identity.setPassword(user, "eski parola ama uzun");
        assertThat(mails.about("parola-" + user, PasswordLinks.KIND)).isEmpty();
        String nobody = unique("olmayan.kisi");

        Api.Response existing = anonymous.post("/api/password/forgot", Map.of("login", user));
        Api.Response missing = anonymous.post("/api/password/forgot", Map.of("login", nobody));
        Api.Response missingMail = anonymous.post("/api/password/forgot", Map.of("login", nobody + "@kurul.example"));
        assertThat(existing.status()).isEqualTo(200);
        assertThat(existing.body()).isEqualTo(missing.body()).isEqualTo(missingMail.body());
        assertThat(existing.message()).isEqualTo(PasswordController.FORGOT_ANSWER);
        assertThat(mails.about("parola-" + nobody, PasswordLinks.KIND)).isEmpty();

        Invitation mail = delivered(user);
        assertThat(mail.subject()).isEqualTo("Kurul: parola yenileme bağlantısı");
        // a second request at once sends nothing more, and still answers the same
        Api.Response byAddress = anonymous.post("/api/password/forgot", Map.of("login", user.toUpperCase(java.util.Locale.ROOT) + "@KURUL.EXAMPLE"));
        assertThat(byAddress.body()).isEqualTo(existing.body());
        assertThat(mails.about("parola-" + user, PasswordLinks.KIND)).hasSize(1);

        assertThat(anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD))
                .status()).isEqualTo(200);
        assertThat(Api.as(port, user, GOOD).get("/api/me").status()).isEqualTo(200);
        assertThat(Api.as(port, user, "eski parola ama uzun").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsAndTheProvincesSecretariatResendAnInvitation() throws Exception {
        String user = unique("davetli");
        long id = registry.admin().post("/api/people", person(user)).json().path("id").asLong();
        Invitation first = delivered(user);
        String path = "/api/people/" + id + "/password-invitation";

        Api.Response liaison = Api.as(port, "edirne.saglik.asil", "demo").post(path, "");
        assertThat(liaison.status()).as(liaison.toString()).isEqualTo(403);
        assertThat(liaison.message()).contains("sistem yöneticisi");
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").post(path, "").status()).isIn(403, 404);
        assertThat(Api.as(port, "edirne.izleyici", "demo").post(path, "").status()).isEqualTo(403);
        assertThat(mails.about("parola-" + user, PasswordLinks.KIND)).hasSize(1);

        Api.Response secretary = Api.as(port, "edirne.sekreter", "demo").post(path, "");
        assertThat(secretary.status()).as(secretary.toString()).isEqualTo(202);
        assertThat(secretary.body()).doesNotContain("parola.html").doesNotContain("#t=");
        Invitation second = delivered(user);
        assertThat(second.token()).isNotEqualTo(first.token());
        Api.Response admin = registry.admin().post(path, "");
        assertThat(admin.status()).isEqualTo(202);
        Invitation third = delivered(user);

        // only the newest link works
        for (String old : List.of(first.token(), second.token())) {
            assertThat(anonymous.post("/api/password/set", Map.of("token", old, "password", GOOD, "passwordRepeat", GOOD)).status())
                    .isEqualTo(400);
        }
        assertThat(anonymous.post("/api/password/set", Map.of("token", third.token(), "password", GOOD, "passwordRepeat", GOOD))
                .status()).isEqualTo(200);
    }

    @Test
    void theSecretariatSeesWhoHasSetTheirPasswordAndWhoseInvitationWaitsOrExpired() throws Exception {
        String late = unique("suresi.dolan");
        long lateId = registry.admin().post("/api/people", person(late)).json().path("id").asLong();
        delivered(late);
        advance(Duration.ofHours(168).plusMinutes(1)); // passwordInvitationValidHours
        String waiting = unique("bekleyen");
        long waitingId = registry.admin().post("/api/people", person(waiting)).json().path("id").asLong();
        delivered(waiting);
        String done = unique("belirleyen");
        long doneId = registry.admin().post("/api/people", person(done)).json().path("id").asLong();
        Invitation mail = delivered(done);
        assertThat(anonymous.post("/api/password/set", Map.of("token", mail.token(), "password", GOOD, "passwordRepeat", GOOD))
                .status()).isEqualTo(200);

        Api.Response states = Api.as(port, "edirne.sekreter", "demo").get("/api/password-invitations?province=22");
        assertThat(states.status()).as(states.toString()).isEqualTo(200);
        JsonNode byPerson = states.json();
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Europe/Istanbul")));
        assertThat(byPerson.path(String.valueOf(doneId)).path("state").asText()).isEqualTo("SET");
        assertThat(byPerson.path(String.valueOf(doneId)).path("label").asText()).isEqualTo("Parolasını belirledi (" + today + ")");
        assertThat(byPerson.path(String.valueOf(waitingId)).path("state").asText()).isEqualTo("PENDING");
        assertThat(byPerson.path(String.valueOf(waitingId)).path("label").asText())
                .startsWith("Davet gönderildi, parola henüz belirlenmedi (bağlantının son geçerliliği ");
        assertThat(byPerson.path(String.valueOf(lateId)).path("state").asText()).isEqualTo("EXPIRED");
        assertThat(byPerson.path(String.valueOf(lateId)).path("label").asText()).startsWith("Davet kullanılmadı");
        long demoSecretary = people.byUsername("edirne.sekreter").orElseThrow().getId();
        assertThat(byPerson.has(String.valueOf(demoSecretary))).as("a password an administrator set: no invitation state").isFalse();
        assertThat(states.body()).doesNotContain("#t=").doesNotContain(mail.token());

        for (String other : List.of("gaziantep.sekreter", "edirne.izleyici", "edirne.saglik.asil")) {
            Api.Response refused = Api.as(port, other, "demo").get("/api/password-invitations?province=22");
            assertThat(refused.status()).as(other + " " + refused).isEqualTo(403);
            assertThat(refused.message()).contains("yalnızca sistem yöneticisi ve ilin sekreteryası");
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    record Invitation(long mailId, String subject, String text, String token) {
    }

    private Map<String, Object> person(String username) {
        return Map.of("firstName", "Deneme", "lastName", "Kişi", "title", "Şef", "institutionId", edirneInstitution,
                "email", username + "@kurul.example", "username", username);
    }

    /** Sends the user's newest password mail (its delivery job) and reads the link from what the SMTP sink received. */
    private Invitation delivered(String username) throws Exception {
        List<MailMessage> queued = mails.about("parola-" + username, PasswordLinks.KIND);
        assertThat(queued).as("password mails of " + username).isNotEmpty();
        MailMessage newest = queued.get(queued.size() - 1);
        assertThat(newest.getRecipients()).containsExactly(username + "@kurul.example");
        Job job = managementService.createJobQuery().processInstanceId(newest.getProcessInstanceId()).singleResult();
        if (job != null) {
            managementService.executeJob(job.getId());
        }
        for (MimeMessage message : smtp.received()) {
            String[] id = message.getHeader("X-Kurul-Mail-Id");
            if (id != null && id[0].equals(String.valueOf(newest.getId()))) {
                String text = String.valueOf(message.getContent());
                Matcher link = LINK.matcher(text);
                assertThat(link.find()).as(text).isTrue();
                tokens.add(link.group(2));
                assertThat(link.group(2).length()).isGreaterThanOrEqualTo(43); // 256 bits, base64url
                return new Invitation(newest.getId(), message.getSubject(), text, link.group(2));
            }
        }
        throw new AssertionError("mail " + newest.getId() + " not received");
    }

    private static void advance(Duration duration) {
        long now = ClockUtil.getCurrentTime().getTime();
        ClockUtil.offset(now + duration.toMillis() - System.currentTimeMillis());
    }

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }
}
