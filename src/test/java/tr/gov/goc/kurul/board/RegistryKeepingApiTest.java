package tr.gov.goc.kurul.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * The secretariat keeps its own board's registry (R11.1, R11.2) through the API the pages call: a seat changes hands
 * from a day (R4.2, R9.2), people and the liaison list of its province (R6.3); another province's secretariat, a
 * liaison officer or a district's secretariat on the provincial board are refused in Turkish.
 */
@KurulIntegrationTest
class RegistryKeepingApiTest {

    static final int LIST_YEAR = 2093;

    @LocalServerPort
    int port;

    Registry registry;
    Api admin;
    Api secretariat;
    Api otherSecretariat;
    Api liaison;

    @BeforeEach
    void setUp() {
        registry = new Registry(port);
        admin = registry.admin();
        secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        otherSecretariat = Api.as(port, "edirne.sekreter", "demo");
        liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
    }

    @Test
    void theSecretariatReplacesAMemberFromADayAndTheDeputyStaysWithTheOffice() {
        long board = registry.board(27, "Yavuzeli").path("id").asLong();
        long institution = registry.institution(27, "KULTUR_TURIZM", null).path("id").asLong();
        long oldHead = registry.person("Kemal", "Eskimüdür", institution, null, true);
        long deputy = registry.person("Deniz", "Vekiloğlu", institution, null, true);
        long newHead = registry.person("Şule", "Yenimüdür", institution, null, true);
        long member = created(admin.post("/api/boards/" + board + "/members", Map.of("personId", oldHead, "role", "MEMBER",
                "validFrom", "2026-01-05")));
        created(admin.post("/api/boards/" + board + "/members", Map.of("personId", deputy, "role", "DEPUTY",
                "deputyOfId", member, "validFrom", "2026-01-05")));

        JsonNode detail = secretariat.get("/api/boards/" + board).json();
        assertThat(detail.path("editable").asBoolean()).isTrue();

        Api.Response replaced = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", newHead, "validFrom", TestClock.TODAY.toString()));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
        assertThat(replaced.json().path("personName").asText()).isEqualTo("Şule Yenimüdür");
        long newMember = replaced.json().path("id").asLong();

        List<JsonNode> active = Registry.stream(secretariat.get("/api/boards/" + board + "/members").json()).toList();
        assertThat(active).noneMatch(m -> m.path("personId").asLong() == oldHead);
        assertThat(active).anyMatch(m -> m.path("personId").asLong() == newHead && m.path("role").asText().equals("MEMBER"));
        // R9.2: the registered deputy stays the office's deputy, now of the new member
        assertThat(active).anyMatch(m -> m.path("personId").asLong() == deputy && m.path("deputyOfId").asLong() == newMember);
        JsonNode ended = Registry.stream(secretariat.get("/api/boards/" + board + "/members?history=true").json())
                .filter(m -> m.path("id").asLong() == member).findFirst().orElseThrow();
        assertThat(ended.path("validTo").asText()).isEqualTo(TestClock.TODAY.toString());
    }

    @Test
    void aWrongReplacementIsRefusedBesideTheFieldAndChangesNothing() {
        long board = registry.board(27, "Yavuzeli").path("id").asLong();
        long institution = registry.institution(27, "TARIM", null).path("id").asLong();
        long other = registry.institution(27, "CEVRE", null).path("id").asLong();
        long head = registry.person("Oya", "Tarımcı", institution, null, true);
        long outsider = registry.person("Cem", "Çevreci", other, null, true);
        long member = created(admin.post("/api/boards/" + board + "/members", Map.of("personId", head, "role", "MEMBER",
                "validFrom", "2026-03-02")));

        Api.Response wrongInstitution = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", outsider, "validFrom", TestClock.TODAY.toString()));
        assertThat(wrongInstitution.status()).isEqualTo(400);
        assertThat(wrongInstitution.json().at("/fields/personId").asText())
                .isEqualTo("Yeni üye, temsil edilen kurumun personeli olmalıdır (R4.2, R4.3).");

        long colleague = registry.person("Ece", "Tarımcı", institution, null, true);
        Api.Response tooEarly = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", colleague, "validFrom", "2026-03-02"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().at("/fields/validFrom").asText())
                .isEqualTo("Tarih, mevcut görevin başladığı günden (02.03.2026) sonra olmalıdır.");

        Api.Response noDate = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", colleague));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().at("/fields/validFrom").asText()).isEqualTo("Değişikliğin geçerli olacağı tarih zorunludur.");

        assertThat(Registry.stream(admin.get("/api/boards/" + board + "/members").json()))
                .anyMatch(m -> m.path("id").asLong() == member && m.path("validTo").isNull());
    }

    @Test
    void othersCannotChangeTheBoard() {
        long gaziantep = registry.board(27, null).path("id").asLong();
        long member = Registry.stream(admin.get("/api/boards/" + gaziantep + "/members").json())
                .filter(m -> m.path("role").asText().equals("MEMBER")).findFirst().orElseThrow().path("id").asLong();
        Map<String, Object> body = Map.of("personId", 1, "validFrom", TestClock.TODAY.toString());
        String path = "/api/boards/" + gaziantep + "/members/" + member + "/replacement";

        Api.Response otherProvince = otherSecretariat.post(path, body);
        assertThat(otherProvince.status()).isEqualTo(404);
        assertThat(otherProvince.message()).isEqualTo("Kimliği " + gaziantep + " olan bir kurul yok.");

        Api.Response liaisonOfficer = liaison.post(path, body);
        assertThat(liaisonOfficer.status()).isEqualTo(403);
        assertThat(liaisonOfficer.message())
                .isEqualTo("Bu kaydı yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi değiştirebilir.");
        assertThat(liaison.get("/api/boards/" + gaziantep).json().path("editable").asBoolean()).isFalse();
        assertThat(liaison.put("/api/boards/" + gaziantep, Map.of("borderDistrict", false)).status()).isEqualTo(403);
        assertThat(liaison.delete("/api/boards/" + gaziantep + "/members/" + member).status()).isEqualTo(403);

        // a district's secretariat keeps its district board, not the provincial one
        Api district = Api.as(port, "sahinbey.sekreter", "demo");
        assertThat(district.post(path, body).status()).isEqualTo(403);
        long sahinbey = registry.board(27, "Şahinbey").path("id").asLong();
        assertThat(district.get("/api/boards/" + sahinbey).json().path("editable").asBoolean()).isTrue();

        assertThat(Registry.stream(admin.get("/api/boards/" + gaziantep + "/members").json()))
                .anyMatch(m -> m.path("id").asLong() == member);
    }

    @Test
    void theSecretariatKeepsItsProvincesPeopleAndGivesANewPersonALoginOnlyWithAnAddress() {
        long institution = registry.institution(27, "SAGLIK", null).path("id").asLong();
        long edirne = registry.institution(22, "SAGLIK", null).path("id").asLong();

        Api.Response created = secretariat.post("/api/people", person("Ayşe", "Işıkçı", institution, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Map<String, Object> changed = person("Ayşe", "Işıkçı-Öztürk", institution, null);
        assertThat(secretariat.put("/api/people/" + id, changed).json().path("lastName").asText()).isEqualTo("Işıkçı-Öztürk");

        // a login with "Kişi ekle": the invitation to set the password needs an address, refused beside the e-mail
        String username = "veli.girisli" + (System.nanoTime() % 1_000_000);
        Api.Response noAddress = secretariat.post("/api/people", person("Veli", "Girişli", institution, username));
        assertThat(noAddress.status()).as(noAddress.toString()).isEqualTo(400);
        assertThat(noAddress.json().at("/fields/email").asText())
                .isEqualTo("Giriş hesabı için e-posta adresi gerekir: parola belirleme bağlantısı bu adrese gönderilir.");
        Map<String, Object> withAddress = person("Veli", "Girişli", institution, "Veli Girişli");
        withAddress.put("email", username + "@kurul.example");
        Api.Response badName = secretariat.post("/api/people", withAddress);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().at("/fields/username").asText()).startsWith("Kullanıcı adı 3–64 karakter olmalı");
        Map<String, Object> systemRole = new HashMap<>(withAddress);
        systemRole.put("username", username);
        systemRole.put("systemRoles", List.of("ADMINISTRATOR"));
        assertThat(secretariat.post("/api/people", systemRole).status()).isEqualTo(403);
        // a district's secretariat gives no login
        long sahinbeyOffice = registry.board(27, "Şahinbey").path("id").asLong();
        long districtInstitution = secretariat.get("/api/boards/" + sahinbeyOffice).json().at("/secretariat/id").asLong();
        Map<String, Object> byDistrict = person("Veli", "Girişli", districtInstitution, username);
        byDistrict.put("email", username + "@kurul.example");
        Api.Response district = Api.as(port, "sahinbey.sekreter", "demo").post("/api/people", byDistrict);
        assertThat(district.status()).as(district.toString()).isEqualTo(403);
        assertThat(district.message()).isEqualTo("Giriş hesabını yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi verir.");
        assertThat(peopleNamed("Girişli")).as("refused: nothing stored").isEmpty();

        withAddress.put("username", username);
        Api.Response login = secretariat.post("/api/people", withAddress);
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
        assertThat(login.json().path("username").asText()).isEqualTo(username);
        assertThat(admin.get("/api/mails?businessKey=parola-" + username).json().size()).as("the invitation").isEqualTo(1);
        Api.Response taken = secretariat.post("/api/people", withAddress);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().at("/fields/username").asText()).isEqualTo("Bu kullanıcı adı başka bir kişiye ait: " + username);
        assertThat(peopleNamed("Girişli")).hasSize(1);

        // later a user name is given or changed by an administrator only
        Api.Response later = secretariat.put("/api/people/" + id, new HashMap<>(Map.of("firstName", "Ayşe", "lastName", "Işıkçı-Öztürk",
                "institutionId", institution, "username", username + "x", "email", "ayse@kurul.example")));
        assertThat(later.status()).isEqualTo(403);
        assertThat(later.message()).isEqualTo("Kullanıcı adı (giriş hesabı) sonradan yalnızca sistem yöneticisi tarafından verilir ya da değiştirilir.");

        Api.Response otherProvince = secretariat.post("/api/people", person("Ali", "Edirneli", edirne, null));
        assertThat(otherProvince.status()).isEqualTo(403);
        assertThat(liaison.post("/api/people", person("Ali", "Antepli", institution, null)).status()).isEqualTo(403);
    }

    @Test
    void theSecretariatKeepsItsProvincesLiaisonList() {
        long institution = registry.institution(27, "GENCLIK_SPOR", null).path("id").asLong();
        long principal = registry.person("Barış", "Sporcu", institution, null, false);
        Map<String, Object> slot = Map.of("institutionId", institution, "year", LIST_YEAR, "role", "PRINCIPAL", "personId", principal);

        Api.Response assigned = secretariat.put("/api/liaison-officers", slot);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("warnings").get(0).asText()).contains("şube müdürü düzeyinde olması beklenir (R6.4)");

        assertThat(otherSecretariat.put("/api/liaison-officers", slot).status()).isEqualTo(404);
        Api.Response byLiaison = liaison.put("/api/liaison-officers", slot);
        assertThat(byLiaison.status()).isEqualTo(403);
        assertThat(liaison.delete("/api/liaison-officers/" + assigned.json().path("id").asLong()).status()).isEqualTo(403);
        assertThat(secretariat.delete("/api/liaison-officers/" + assigned.json().path("id").asLong()).status()).isEqualTo(204);
    }

    @Test
    void lastYearsListIsCopiedIntoTheEmptySlotsAndEachRowCarriesItsWarnings() {
        Api edirne = otherSecretariat;
        Api.Response copied = edirne.post("/api/liaison-officers/copy", Map.of("province", 22, "year", LIST_YEAR));
        assertThat(copied.status()).as(copied.toString()).isEqualTo(200);
        assertThat(copied.json().path("copied").asInt()).isGreaterThanOrEqualTo(40);
        List<JsonNode> sheet = Registry.stream(edirne.get("/api/liaison-officers/sheet?province=22&year=" + LIST_YEAR).json()).toList();
        JsonNode milliEgitim = sheet.stream().filter(r -> r.path("institutionName").asText().equals("Edirne İl Milli Eğitim Müdürlüğü"))
                .findFirst().orElseThrow();
        String lastYearsPrincipal = Registry.stream(admin.get("/api/liaison-officers?province=22&year=" + TestClock.YEAR).json())
                .filter(l -> l.path("institutionId").asLong() == milliEgitim.path("institutionId").asLong())
                .filter(l -> l.path("role").asText().equals("PRINCIPAL")).findFirst().orElseThrow().path("personName").asText();
        assertThat(milliEgitim.at("/principal/personName").asText()).isEqualTo(lastYearsPrincipal);
        // R6.4: the demo's substitutes are not at branch-manager level — a warning on the row, not a block
        assertThat(milliEgitim.path("warnings").toString()).contains("Şube müdürü düzeyinde değil (R6.4)");
        assertThat(milliEgitim.path("editable").asBoolean()).isTrue();
        // the rows are in Turkish alphabetical order
        List<String> names = sheet.stream().map(r -> r.path("institutionName").asText()).toList();
        assertThat(names).isSortedAccordingTo(tr.gov.goc.kurul.common.TurkishOrder.by(n -> n));

        // R6.3: an empty slot is a warning on its row
        long removed = milliEgitim.at("/substitute/id").asLong();
        assertThat(edirne.delete("/api/liaison-officers/" + removed).status()).isEqualTo(204);
        JsonNode again = Registry.stream(edirne.get("/api/liaison-officers/sheet?province=22&year=" + LIST_YEAR).json())
                .filter(r -> r.path("institutionName").asText().equals("Edirne İl Milli Eğitim Müdürlüğü")).findFirst().orElseThrow();
        assertThat(again.path("warnings").toString()).contains("Yedek irtibat görevlisi yok (R6.3).");

        // a second copy fills only the empty slot; others may not copy
        assertThat(edirne.post("/api/liaison-officers/copy", Map.of("province", 22, "year", LIST_YEAR)).json().path("copied").asInt()).isEqualTo(1);
        assertThat(secretariat.post("/api/liaison-officers/copy", Map.of("province", 22, "year", LIST_YEAR)).status()).isEqualTo(404);
        Api edirneLiaison = Api.as(port, "edirne.milli-egitim.asil", "demo");
        assertThat(edirneLiaison.post("/api/liaison-officers/copy", Map.of("province", 22, "year", LIST_YEAR)).status()).isEqualTo(403);
        assertThat(Registry.stream(edirneLiaison.get("/api/liaison-officers/sheet?province=22&year=" + LIST_YEAR).json())
                .allMatch(r -> !r.path("editable").asBoolean())).isTrue();
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private List<JsonNode> peopleNamed(String lastName) {
        return Registry.stream(admin.get("/api/people?province=27").json())
                .filter(p -> lastName.equals(p.path("lastName").asText())).toList();
    }

    private static Map<String, Object> person(String first, String last, long institution, String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("title", "Uzman");
        body.put("institutionId", institution);
        body.put("username", username);
        return body;
    }
}
