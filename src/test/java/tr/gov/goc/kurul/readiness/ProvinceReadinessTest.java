package tr.gov.goc.kurul.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.meeting.YearPlanner;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * The onboarding checklist: a province with nothing yet (Adana) gets every item missing, each with a Turkish sentence of
 * what to do and the page where it is done; the demo's Gaziantep has its registry ready; only the province's
 * secretariat, chair's office, managers and administrators read it.
 */
@KurulIntegrationTest
class ProvinceReadinessTest {

    static final int YEAR = 2093;
    /** A year no other test lists liaison officers for. */
    static final int LOGIN_YEAR = 2059;

    @LocalServerPort
    int port;
    @Autowired
    YearPlanner planner;

    @Test
    void aProvinceWithNothingYetGetsEveryItemMissingWithWhatToDoAndWhere() {
        Api.Response answer = Api.as(port, "admin", "admin").get("/api/provinces/1/readiness?year=" + YEAR);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("complete").asBoolean()).isFalse();
        Map<String, JsonNode> items = items(answer.json());
        assertThat(items.keySet()).containsExactly("population", "chair", "members", "deputies", "secretariat", "liaisons", "meetings");
        items.values().forEach(item -> {
            assertThat(item.path("done").asBoolean()).as(item.toString()).isFalse();
            assertThat(item.path("todo").asText()).as(item.toString()).isNotBlank();
            assertThat(item.path("link").asText()).as(item.toString()).startsWith("/kurul/");
        });
        assertThat(items.get("population").path("todo").asText()).contains("yabancı nüfusunu", "Kurul ve üyeler sayfasında");
        assertThat(items.get("population").path("link").asText()).startsWith("/kurul/kurul.html?il=1");
        assertThat(items.get("members").path("detail").asText()).matches("0/\\d+ kurum");
        assertThat(items.get("liaisons").path("label").asText()).isEqualTo(YEAR + " irtibat listesi");
        assertThat(items.get("liaisons").path("link").asText()).isEqualTo("/kurul/irtibat.html?il=1&yil=" + YEAR);
        assertThat(items.get("meetings").path("todo").asText()).contains("henüz planlanmadı");
    }

    @Test
    void gaziantepsRegistryIsReadyAndThePlannedYearShowsItsMeetings() {
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        Map<String, JsonNode> now = items(secretariat.get("/api/provinces/27/readiness?year=" + TestClock.YEAR).json());
        for (String key : new String[] {"population", "chair", "members", "deputies", "secretariat", "liaisons"}) {
            assertThat(now.get(key).path("done").asBoolean()).as(now.get(key).toString()).isTrue();
            assertThat(now.get(key).path("todo").isNull()).isTrue();
        }
        assertThat(now.get("population").path("detail").asText()).startsWith("434.000 (").contains("İl Göç İdaresi Müdürlüğü kayıtları");
        String members = now.get("members").path("detail").asText();
        assertThat(members.split(" ")[0].split("/")[0]).isEqualTo(members.split(" ")[0].split("/")[1]);

        planner.plan(27, YEAR);
        Map<String, JsonNode> planned = items(secretariat.get("/api/provinces/27/readiness?year=" + YEAR).json());
        assertThat(planned.get("meetings").path("done").asBoolean()).isTrue();
        assertThat(planned.get("meetings").path("detail").asText()).matches("\\d+ olağan toplantı");
        // the year's liaison list is not filled in yet: how many institutions have both, and where to fill it in
        assertThat(planned.get("liaisons").path("done").asBoolean()).isFalse();
        assertThat(planned.get("liaisons").path("detail").asText()).matches("\\d+/\\d+ kurum(; .*)?");
        assertThat(planned.get("liaisons").path("todo").asText()).contains("İrtibat görevlileri sayfasında");
    }

    /**
     * R6.3: the year's liaison officers work their tasks in Tasklist, so the checklist says who of them cannot sign in
     * yet — without a login, or with an invitation not yet used.
     */
    @Test
    void theLiaisonItemSaysWhichOfficersCannotSignInYet() {
        Api admin = Api.as(port, "admin", "admin");
        long institution = Registry.stream(admin.get("/api/institutions?province=22").json())
                .filter(i -> i.path("code").asText().equals("saglik")).findFirst().orElseThrow().path("id").asLong();
        String username = "hazirlik.davetli" + (System.nanoTime() % 100_000);
        List<Long> people = new ArrayList<>();
        List<Long> slots = new ArrayList<>();
        try {
            Api.Response invited = admin.post("/api/people", Map.of("firstName", "Nermin", "lastName", "Hazırlık", "institutionId",
                    institution, "email", username + "@kurul.example", "username", username, "branchManagerLevel", true));
            Api.Response plain = admin.post("/api/people", Map.of("firstName", "Oğuz", "lastName", "Hazırlık", "institutionId",
                    institution, "branchManagerLevel", true));
            assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
            assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
            people.add(invited.json().path("id").asLong());
            people.add(plain.json().path("id").asLong());
            for (String role : List.of("PRINCIPAL", "SUBSTITUTE")) {
                Api.Response slot = admin.put("/api/liaison-officers", Map.of("institutionId", institution, "year", LOGIN_YEAR,
                        "role", role, "personId", people.get(role.equals("PRINCIPAL") ? 0 : 1)));
                assertThat(slot.status()).as(slot.toString()).isEqualTo(200);
                slots.add(slot.json().path("id").asLong());
            }
            String detail = items(Api.as(port, "edirne.sekreter", "demo").get("/api/provinces/22/readiness?year=" + LOGIN_YEAR).json())
                    .get("liaisons").path("detail").asText();
            assertThat(detail).matches("1/\\d+ kurum; .*")
                    .contains("1 görevlinin giriş hesabı yok", "1 görevli parolasını henüz belirlemedi");
        } finally {
            slots.forEach(id -> admin.delete("/api/liaison-officers/" + id));
            people.forEach(id -> admin.delete("/api/people/" + id));
        }
    }

    /** R11.3: the chair sets the meeting's day in Tasklist; a chair registered without a login is said on the line. */
    @Test
    void theChairsLineSaysWhenTheChairHasNoLogin() {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        long board = registry.board(3, null).path("id").asLong();
        long valilik = registry.institution(3, "VALILIK", null).path("id").asLong();
        long vali = registry.person("Rıza", "Hesapsız", valilik, null, true);
        Long seat = null;
        try {
            Api.Response added = admin.post("/api/boards/" + board + "/members", Map.of("personId", vali, "role", "CHAIR"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            seat = added.json().path("id").asLong();
            JsonNode chair = items(admin.get("/api/provinces/3/readiness").json()).get("chair");
            assertThat(chair.path("done").asBoolean()).isTrue();
            assertThat(chair.path("detail").asText()).isEqualTo("Kayıtlı; 1 kişinin giriş hesabı yok");
        } finally {
            if (seat != null) {
                admin.delete("/api/boards/" + board + "/members/" + seat);
            }
            admin.delete("/api/people/" + vali);
        }
    }

    @Test
    void onlyThoseWhoGetTheProvinceReadyReadIt() {
        String path = "/api/provinces/27/readiness";
        assertThat(Api.as(port, "gaziantep.valiyardimcisi", "demo").get(path).status()).isEqualTo(200);
        assertThat(Api.as(port, "gaziantep.izleyici", "demo").get(path).status()).isEqualTo(200);
        Api.Response liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo").get(path);
        assertThat(liaison.status()).isEqualTo(403);
        assertThat(liaison.message()).contains("sekreteryası");
        assertThat(Api.as(port, "edirne.sekreter", "demo").get(path).status()).isEqualTo(403);
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get(path + "?year=1999").status()).isEqualTo(400);
    }

    private static Map<String, JsonNode> items(JsonNode checklist) {
        return Registry.stream(checklist.path("items"))
                .collect(Collectors.toMap(i -> i.path("key").asText(), Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * R7.1, R7.2: the year is planned from the checklist only by the province's İl GİM secretariat or an administrator,
     * only for this year or the next (by Kurul's clock), only when every other item is done and the year is not planned
     * yet; each refusal is Turkish, names the field and changes nothing.
     */
    @Test
    void theYearIsPlannedFromTheChecklistOnlyWhenItIsCompleteByTheProvincesSecretariat() {
        int next = TestClock.YEAR + 1;
        Api admin = Api.as(port, "admin", "admin");
        // Adana has nothing yet: the refusal lists what is missing, nothing is planned
        Api.Response incomplete = admin.post("/api/provinces/1/planning/" + next, "");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.json().path("fields").path("readiness").asText())
                .startsWith(next + " yılı planlanamaz: hazırlık listesinde eksik maddeler var — Yabancı nüfus bilgisi (Girilmemiş), Kurul başkanı (Kayıtlı değil)")
                .contains("Sekreterya (Kayıtlı değil)", next + " irtibat listesi (0/");
        assertThat(items(admin.get("/api/provinces/1/readiness?year=" + next).json()).get("meetings").path("done").asBoolean()).isFalse();
        assertThat(admin.get("/api/provinces/1/readiness?year=" + next).json().path("mayPlan").asBoolean()).isFalse();

        // a year that is neither this one nor the next
        Api.Response far = admin.post("/api/provinces/1/planning/" + YEAR_FAR, "");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.json().path("fields").path("year").asText())
                .isEqualTo("Hazırlık listesinden yalnızca bu yıl (" + TestClock.YEAR + ") ya da gelecek yıl (" + next + ") planlanabilir; "
                        + YEAR_FAR + " yılı için sistem yöneticisine başvurun.");

        // others: Edirne's secretary on Gaziantep, Gaziantep's chair's office and managers read the list but do not plan
        Api.Response edirne = Api.as(port, "edirne.sekreter", "demo").post("/api/provinces/27/planning/" + next, "");
        assertThat(edirne.status()).isEqualTo(403);
        assertThat(edirne.message()).isEqualTo("Yılın toplantılarını yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi planlayabilir.");
        assertThat(Api.as(port, "gaziantep.valiyardimcisi", "demo").post("/api/provinces/27/planning/" + next, "").status()).isEqualTo(403);
        assertThat(Api.as(port, "gaziantep.izleyici", "demo").post("/api/provinces/27/planning/" + next, "").status()).isEqualTo(403);
        assertThat(Api.as(port, "gaziantep.valiyardimcisi", "demo").get("/api/provinces/27/readiness").json().path("mayPlan").asBoolean()).isFalse();

        // the readiness item tells the secretariat where the plan is made now
        assertThat(items(admin.get("/api/provinces/1/readiness?year=" + next).json()).get("meetings").path("todo").asText())
                .contains("\"" + next + " yılının toplantılarını planla\" düğmesiyle", "ilin sekreteryası");
    }

    static final int YEAR_FAR = 2042;
}
