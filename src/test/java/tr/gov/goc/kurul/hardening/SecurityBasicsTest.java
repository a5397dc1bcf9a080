package tr.gov.goc.kurul.hardening;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * KVKK (phones and e-mails only for those who need them), security headers with the webapps still loading,
 * CSRF on the webapps, no process start through the engine but the administrator's (and never without a province),
 * the health endpoint's details only for administrators. Wrong passwords: {@link LoginLockoutTest}.
 */
@KurulIntegrationTest
class SecurityBasicsTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @BeforeEach
    void realTime() {
        TestClock.reset();
    }

    private JsonNode liaisonAsSeenBy(String user, String password) {
        long id = Registry.stream(Api.as(port, "admin", "admin").get("/api/people?province=27").json())
                .filter(p -> "gaziantep.milli-egitim.asil".equals(p.path("username").asText())).findFirst().orElseThrow()
                .path("id").asLong();
        Api.Response response = Api.as(port, user, password).get("/api/people/" + id);
        assertThat(response.status()).as(user + ": " + response).isEqualTo(200);
        return response.json();
    }

    @Test
    void phonesAndEmailsOnlyForTheSecretariatTheChairTheAdministratorAndThePersonThemself() {
        JsonNode full = liaisonAsSeenBy("admin", "admin");
        String phone = full.path("phone").asText();
        String email = full.path("email").asText();
        assertThat(phone).matches(".*\\d{2}$").doesNotContain("*");
        assertThat(email).contains("@").doesNotContain("*");
        for (String entitled : new String[] {"gaziantep.sekreter", "gaziantep.vali", "gaziantep.valiyardimcisi", "gaziantep.milli-egitim.asil"}) {
            JsonNode seen = liaisonAsSeenBy(entitled, "demo");
            assertThat(seen.path("phone").asText()).as(entitled).isEqualTo(phone);
            assertThat(seen.path("email").asText()).as(entitled).isEqualTo(email);
        }
        for (String other : new String[] {"gaziantep.saglik.asil", "gaziantep.izleyici", "izleyici"}) {
            JsonNode seen = liaisonAsSeenBy(other, "demo");
            assertThat(seen.path("firstName").asText()).isEqualTo(full.path("firstName").asText());
            assertThat(seen.path("phone").asText()).as(other).contains("*").isNotEqualTo(phone).endsWith(phone.substring(phone.length() - 2));
            assertThat(seen.path("email").asText()).as(other).contains("***@").isNotEqualTo(email);
        }
        // the liaison list shows the same masking; another province sees nothing at all
        String list = Api.as(port, "gaziantep.saglik.asil", "demo").get("/api/liaison-officers?province=27&year=" + TestClock.YEAR).body();
        assertThat(list).doesNotContain(phone).doesNotContain(email);
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/api/liaison-officers?province=27&year=" + TestClock.YEAR).body())
                .contains(phone).contains(email);
        assertThat(Api.as(port, "edirne.sekreter", "demo").get("/api/people?province=27").status()).isEqualTo(403);
    }

    @Test
    void securityHeadersOnTheApiAndTheWebappsWhichStillLoad() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/provinces"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("frame-ancestors 'none'");
        HttpResponse<String> engine = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(engine.statusCode()).isEqualTo(401);
        assertThat(engine.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/" + app + "/default/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            // Camunda's own policy: scripts by nonce, so the page's inline bootstrap still runs
            assertThat(csp).contains("frame-ancestors 'none'").contains("script-src").contains("nonce-");
            String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
            assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        HttpResponse<String> script = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/tasklist/scripts/config.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappsKeepCsrf() {
        WebappSession session = WebappSession.login(port, "gaziantep.sekreter", "demo");
        Api.Response withoutOnApi = session.postJson("/api/notices/1/read", "{}", false);
        assertThat(withoutOnApi.status()).isEqualTo(403);
        assertThat(withoutOnApi.message()).contains("X-XSRF-TOKEN");
        String filter = "{\"resourceType\":\"Task\",\"name\":\"CSRF denemesi\",\"query\":{}}";
        Api.Response without = session.postJson("/camunda/api/engine/engine/default/filter", filter, false);
        assertThat(without.status()).isIn(401, 403);
        assertThat(Api.as(port, "admin", "admin").get("/engine-rest/filter").body()).doesNotContain("CSRF denemesi");
    }

    @Test
    void nobodyButTheAdministratorStartsAProcessInTheEngineAndNeverWithoutAProvince() {
        String body = "{\"variables\":{\"plateCode\":{\"value\":27,\"type\":\"Integer\"}}}";
        for (String user : new String[] {"edirne.sekreter", "gaziantep.sekreter", "gaziantep.vali", "gaziantep.izleyici",
                "gaziantep.milli-egitim.asil"}) {
            Api.Response refused = Api.as(port, user, "demo").post("/engine-rest/process-definition/key/yearlyPlanning/start", body);
            assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
            assertThat(refused.message()).contains("yetkiniz yok");
        }
        long yearlyPlannings = runtimeService.createProcessInstanceQuery().processDefinitionKey("yearlyPlanning").count();
        Api admin = Api.as(port, "admin", "admin");
        Api.Response nonsense = admin.post("/engine-rest/process-definition/key/decisionFollowUp/start",
                Map.of("variables", Map.of("plateCode", Map.of("value", "yirmi yedi"))));
        assertThat(nonsense.status()).as(nonsense.toString()).isEqualTo(400);
        assertThat(nonsense.message()).contains("plaka kodu");
        // a start without a province would give an instance no tenant: its tasks could reach every province
        Api.Response provinceless = admin.post("/engine-rest/process-definition/key/yearlyPlanning/start", "{}");
        assertThat(provinceless.status()).as(provinceless.toString()).isEqualTo(400);
        assertThat(provinceless.message()).contains("plateCode").contains("zorunlu");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("yearlyPlanning").count()).isEqualTo(yearlyPlannings);
    }

    @Test
    void anonymousHealthShowsTheStatusAloneAndTheAdministratorTheDetails() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> manager = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("izleyici:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(manager.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(admin.body()).contains("\"db\"").contains("nonWorkingDays").contains("diskSpace");
    }
}
