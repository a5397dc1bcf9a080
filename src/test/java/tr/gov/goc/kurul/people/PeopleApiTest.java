package tr.gov.goc.kurul.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** People: validation in Turkish, the Camunda user follows the person, and each province sees only its own. */
@KurulIntegrationTest
class PeopleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    Registry registry;
    Api admin;
    long institution;

    @BeforeEach
    void setUp() {
        registry = new Registry(port);
        admin = registry.admin();
        institution = registry.institution(6, "GENCLIK_SPOR", null).path("id").asLong();
    }

    @Test
    void badInputIsRefusedInTurkishAndNothingIsStored() {
        int before = admin.get("/api/people?province=6").json().size();
        Api.Response emoji = admin.post("/api/people", person("Ali 😀", "Veli", "ali.veli"));
        assertThat(emoji.status()).isEqualTo(400);
        assertThat(emoji.json().at("/fields/firstName").asText()).contains("Emoji");

        Api.Response login = admin.post("/api/people", person("Ali", "Veli", "Ali.Çelik"));
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().at("/fields/username").asText()).contains("küçük harf");

        Api.Response reserved = admin.post("/api/people", person("Ali", "Veli", "admin"));
        assertThat(reserved.status()).isEqualTo(400);
        assertThat(reserved.message()).contains("sisteme ayrılmıştır");

        Map<String, Object> empty = person(" ", "Veli", null);
        Api.Response blank = admin.post("/api/people", empty);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/fields/firstName").asText()).isEqualTo("Ad zorunludur.");

        Map<String, Object> tooLong = person("A".repeat(101), "Veli", null);
        assertThat(admin.post("/api/people", tooLong).json().at("/fields/firstName").asText()).contains("En fazla 100");

        Map<String, Object> badMail = person("Ali", "Veli", null);
        badMail.put("email", "ali-at-example");
        assertThat(admin.post("/api/people", badMail).json().at("/fields/email").asText()).contains("e-posta");

        Map<String, Object> noInstitution = person("Ali", "Veli", null);
        noInstitution.remove("institutionId");
        assertThat(admin.post("/api/people", noInstitution).message()).contains("Kurum zorunludur");

        assertThat(admin.get("/api/people?province=6").json().size()).isEqualTo(before);
    }

    @Test
    void aPersonWithALoginIsACamundaUserThatFollowsEveryChange() {
        Api.Response created = admin.post("/api/people", person("Şükran", "Güçlü", "sukran.guclu"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        User user = identityService.createUserQuery().userId("sukran.guclu").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Şükran");
        assertThat(user.getLastName()).isEqualTo("Güçlü");

        Map<String, Object> renamed = person("Şükran", "Güçlü-Işık", "sukran.isik");
        assertThat(admin.put("/api/people/" + id, renamed).status()).isEqualTo(200);
        assertThat(identityService.createUserQuery().userId("sukran.guclu").count()).isZero();
        assertThat(identityService.createUserQuery().userId("sukran.isik").singleResult().getLastName()).isEqualTo("Güçlü-Işık");

        assertThat(admin.delete("/api/people/" + id).status()).isEqualTo(204);
        assertThat(identityService.createUserQuery().userId("sukran.isik").count()).isZero();
        assertThat(admin.get("/api/people/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPersonStillNamedOnABoardCannotBeRemoved() {
        long id = admin.post("/api/people", person("Tamer", "Acar", null)).json().path("id").asLong();
        long board = registry.board(6, null).path("id").asLong();
        assertThat(admin.post("/api/boards/" + board + "/members", Map.of("personId", id, "role", "MEMBER")).status()).isEqualTo(201);
        Api.Response refused = admin.delete("/api/people/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).contains("bağlı");
        assertThat(admin.get("/api/people/" + id).status()).isEqualTo(200);
    }

    @Test
    void aLiaisonOfficerSeesTheirProvincesPeopleButNotAnotherProvincesAndChangesNothing() {
        Api liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        assertThat(liaison.get("/api/people?province=27").status()).isEqualTo(200);
        assertThat(liaison.get("/api/people?province=22").status()).isEqualTo(403);
        long edirnePerson = admin.get("/api/people?province=22").json().get(0).path("id").asLong();
        assertThat(liaison.get("/api/people/" + edirnePerson).status()).isEqualTo(404);
        Api.Response create = liaison.post("/api/people", person("Ali", "Veli", null));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.message()).isEqualTo("Bu kaydı yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi değiştirebilir.");
    }

    private Map<String, Object> person(String first, String last, String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("title", "Uzman");
        body.put("institutionId", institution);
        body.put("username", username);
        return body;
    }
}
