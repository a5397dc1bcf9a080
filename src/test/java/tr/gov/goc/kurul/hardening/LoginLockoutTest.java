package tr.gov.goc.kurul.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * Wrong passwords slow down whoever types them and never lock an account for good: three free attempts per user name
 * and client address, then a delay that doubles (2 s, 4 s … at most 15 min) during which even the right password
 * from that address is not checked (429, Retry-After); once the delay is over the right password works. Another
 * address is not held back by the attacker's failures. The answer is the same for an account that exists and one
 * that does not. After ten failures for one user name the administrators get a notice and a mail. The engine clock
 * is moved instead of waiting.
 */
@KurulIntegrationTest
class LoginLockoutTest {

    static final Instant START = Instant.parse("2031-05-12T07:00:00Z");
    static final String PASSWORD = "Dogru-Parola-1";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notices notices;

    String user;
    Instant now = START;

    @BeforeEach
    void aUserWithAPassword() {
        at(START);
        user = "kilit.deneme" + System.nanoTime() % 100000;
        User created = identityService.newUser(user);
        created.setFirstName("Kilit");
        created.setLastName("Deneme");
        created.setPassword(PASSWORD);
        identityService.saveUser(created);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identityService.deleteUser(user);
        jdbc.update("DELETE FROM login_attempt");
        jdbc.update("DELETE FROM login_alert");
    }

    @Test
    void wrongPasswordsSlowTheTyperDownAndTheRightPasswordWorksOnceTheDelayIsOver() {
        Api right = Api.as(port, user, PASSWORD);
        Api wrong = Api.as(port, user, "yanlis");
        assertThat(right.get("/api/notices").status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Api.Response refused = wrong.get("/api/notices");
            assertThat(refused.status()).as("deneme " + attempt).isEqualTo(401);
            assertThat(refused.message()).contains("Kullanıcı adı ya da parola hatalı");
        }
        // held back for 2 s: not even the right password is checked from this address
        Api.Response held = right.get("/api/notices");
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.message()).contains("2 saniye sonra");
        assertThat(right.get("/engine-rest/engine").status()).isEqualTo(429);
        at(now.plusSeconds(3));
        assertThat(right.get("/api/notices").status()).isEqualTo(200);
        // the right password cleared this address: three free attempts again
        assertThat(wrong.get("/api/notices").status()).isEqualTo(401);
        assertThat(wrong.get("/api/notices").status()).isEqualTo(401);
        assertThat(right.get("/api/notices").status()).isEqualTo(200);
    }

    @Test
    void noNumberOfWrongPasswordsLocksTheAccountForGood() {
        Api wrong = Api.as(port, user, "yanlis");
        long longest = 0;
        for (int attempt = 1; attempt <= 40; attempt++) {
            assertThat(wrong.get("/api/notices").status()).isEqualTo(401);
            Api.Response held = wrong.get("/api/notices");
            if (held.status() == 429) {
                longest = Math.max(longest, Long.parseLong(held.message().replaceAll("\\D+(\\d+) saniye.*", "$1")));
            }
            at(now.plusSeconds(901)); // the longest delay is 15 minutes
        }
        assertThat(longest).isEqualTo(900);
        // Camunda's own lock stays off: the account itself is not locked, and the right password works
        UserEntity entity = (UserEntity) identityService.createUserQuery().userId(user).singleResult();
        assertThat(entity.getLockExpirationTime() == null || !entity.getLockExpirationTime().after(Date.from(now))).isTrue();
        assertThat(Api.as(port, user, PASSWORD).get("/api/notices").status()).isEqualTo(200);
    }

    @Test
    void anotherAddressIsNotHeldBackByTheAttackersFailures() throws IOException {
        Api wrong = Api.as(port, user, "yanlis");
        for (int attempt = 1; attempt <= 6; attempt++) {
            wrong.get("/api/notices");
            at(now.plusSeconds(1));
        }
        assertThat(Api.as(port, user, PASSWORD).get("/api/notices").status()).as("127.0.0.1 bekletiliyor").isEqualTo(429);
        // the owner at another address (127.0.0.2) signs in at once
        assertThat(getFrom("127.0.0.2", "/api/notices", user, PASSWORD)).startsWith("HTTP/1.1 200");
        // … and the webapps' login form from the attacker's address is held back too
        Api.Response login = webappLogin(user, PASSWORD);
        assertThat(login.status()).isEqualTo(429);
    }

    @Test
    void theAnswerIsTheSameWhetherTheAccountExistsOrNot() {
        Api existing = Api.as(port, user, "yanlis");
        Api ghost = Api.as(port, "yok.boyle.biri." + System.nanoTime() % 100000, "yanlis");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Response a = existing.get("/api/notices");
            Api.Response b = ghost.get("/api/notices");
            assertThat(a.status()).isEqualTo(b.status());
            assertThat(a.body()).isEqualTo(b.body());
        }
        assertThat(existing.get("/api/notices").status()).isEqualTo(429);
        // the webapps' login answers alike, too
        at(now.plusSeconds(1000));
        assertThat(webappLogin(user, "yanlis").status()).isEqualTo(webappLogin("yok.boyle.biri.2", "yanlis").status());
    }

    @Test
    void theAdministratorsAreToldOfRepeatedFailures() {
        Api wrong = Api.as(port, user, "yanlis");
        int before = notices.toGroup("camunda-admin").size();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(wrong.get("/api/notices").status()).isEqualTo(401);
            at(now.plusSeconds(901));
        }
        var told = notices.toGroup("camunda-admin");
        assertThat(told).hasSize(before + 1);
        var notice = told.get(told.size() - 1);
        assertThat(notice.getSubject()).contains(user);
        assertThat(notice.getBody()).contains("10 hatalı parola").contains("127.0.0.1").contains("kalıcı olarak kilitlenmez");
        // by mail to the administrators' address (the outbox; delivery runs in the mail process)
        Api.Response mails = Api.as(port, "admin", "admin").get("/api/mails");
        assertThat(mails.body()).contains("Tekrarlanan hatalı giriş denemesi: " + user).contains("admin@kurul.example");
        // told again only when the failures double
        for (int attempt = 1; attempt <= 9; attempt++) {
            wrong.get("/api/notices");
            at(now.plusSeconds(901));
        }
        assertThat(notices.toGroup("camunda-admin")).hasSize(before + 1);
        wrong.get("/api/notices");
        assertThat(notices.toGroup("camunda-admin")).hasSize(before + 2);
    }

    private Api.Response webappLogin(String username, String password) {
        try {
            WebappSession.login(port, username, password);
            return new Api.Response(200, "");
        } catch (AssertionError refused) {
            String text = refused.getMessage();
            int status = Integer.parseInt(text.replaceAll("(?s).*?: (\\d{3}) .*", "$1"));
            return new Api.Response(status, text);
        }
    }

    private void at(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** A GET over a socket bound to another loopback address: the server sees another client address. */
    private String getFrom(String localAddress, String path, String username, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10000);
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + token
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
