package tr.gov.goc.kurul.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * Every change of the registry is kept (Envers revisions) and shown on the page of the board, the person and the
 * year's liaison list: when (Kurul's clock), who (the user of the API call, not "sistem" although identity is synced
 * on the system's behalf), old → new; the same readers as the record itself, no contacts for those who may not see them.
 */
@KurulIntegrationTest
class RegistryHistoryTest {

    static final int LIST_YEAR = 2093;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

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
    void aSeatChangingHandsShowsWhoWhenAndOldToNewOnTheBoardsHistory() {
        long board = registry.board(27, "İslahiye").path("id").asLong();
        long institution = registry.institution(27, "TARIM", null).path("id").asLong();
        String kurum = registry.institution(27, "TARIM", null).path("name").asText();
        long oldHead = registry.person("Cemil", "Tarımcı", institution, null, true);
        long newHead = registry.person("Nurcan", "Hasatçı", institution, null, true);
        long member = admin.post("/api/boards/" + board + "/members", Map.of("personId", oldHead, "role", "MEMBER",
                "institutionId", institution, "validFrom", "2026-01-05")).json().path("id").asLong();

        String before = WHEN.format(clock.instant().atZone(clock.getZone()));
        Api.Response replaced = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", newHead, "validFrom", "2027-03-01"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
        String after = WHEN.format(clock.instant().atZone(clock.getZone()));

        Api.Response history = secretariat.get("/api/boards/" + board + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode row = Registry.stream(history.json())
                .filter(r -> r.path("what").asText().startsWith("Üye değişti: Cemil Tarımcı")).findFirst()
                .orElseThrow(() -> new AssertionError(history.body()));
        assertThat(row.path("what").asText())
                .isEqualTo("Üye değişti: Cemil Tarımcı → Nurcan Hasatçı (" + kurum + "), 01.03.2027'den itibaren");
        assertThat(row.path("who").asText()).isEqualTo("gaziantep.sekreter");
        assertThat(row.path("when").asText()).isIn(before, after);
        // the earlier addition by the administrator is still there, older, below it
        List<String> whats = Registry.stream(history.json()).map(r -> r.path("what").asText()).toList();
        assertThat(whats).contains("Üye eklendi: Cemil Tarımcı (" + kurum + "), 05.01.2026'dan itibaren");
        assertThat(whats.indexOf(row.path("what").asText()))
                .isLessThan(whats.indexOf("Üye eklendi: Cemil Tarımcı (" + kurum + "), 05.01.2026'dan itibaren"));
        // the revision itself is the secretary's, although the identity sync of the same change runs as the system
        assertThat(jdbc.queryForList("SELECT DISTINCT r.username FROM registry_revision r JOIN board_membership_aud a ON a.rev = r.id"
                + " WHERE a.person_id = ?", String.class, newHead)).containsExactly("gaziantep.sekreter");

        // a reader of the province sees it; another province's secretariat does not even see the board
        assertThat(liaison.get("/api/boards/" + board + "/history").status()).isEqualTo(200);
        Api.Response foreign = otherSecretariat.get("/api/boards/" + board + "/history");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Tarımcı");
    }

    @Test
    void aPersonsHistoryShowsContactsOnlyToThoseWhoMaySeeThemAndSurvivesTheirRemoval() {
        long institution = registry.institution(27, "CEVRE", null).path("id").asLong();
        long person = registry.person("Seda", "Çevreci", institution, null, false);
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Seda");
        body.put("lastName", "Yeşilçevre");
        body.put("title", "Uzman");
        body.put("institutionId", institution);
        body.put("phone", "0342 111 22 33");
        body.put("branchManagerLevel", false);
        Api.Response updated = secretariat.put("/api/people/" + person, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        JsonNode change = Registry.stream(secretariat.get("/api/people/" + person + "/history").json())
                .filter(r -> r.path("what").asText().startsWith("Kişi bilgisi değişti")).findFirst().orElseThrow();
        assertThat(change.path("who").asText()).isEqualTo("gaziantep.sekreter");
        assertThat(change.path("what").asText()).contains("Soyad: Çevreci → Yeşilçevre").contains("Telefon: — → 0342 111 22 33");

        // KVKK: a liaison officer of the province reads the person, but not their phone, in the history either
        Api.Response byLiaison = liaison.get("/api/people/" + person + "/history");
        assertThat(byLiaison.status()).isEqualTo(200);
        assertThat(byLiaison.body()).contains("Soyad: Çevreci → Yeşilçevre").contains("Telefon değişti").doesNotContain("111 22 33");
        assertThat(otherSecretariat.get("/api/people/" + person + "/history").status()).isEqualTo(404);

        // removed from the registry, the person's history is still there, with the removal on top
        assertThat(admin.delete("/api/people/" + person).status()).isEqualTo(204);
        assertThat(admin.get("/api/people/" + person).status()).isEqualTo(404);
        List<JsonNode> kept = Registry.stream(admin.get("/api/people/" + person + "/history").json()).toList();
        assertThat(kept.get(0).path("what").asText()).isEqualTo("Kişi kayıttan silindi: Seda Yeşilçevre");
        assertThat(kept.get(0).path("who").asText()).isEqualTo("admin");
        assertThat(kept).hasSize(3);
        assertThat(otherSecretariat.get("/api/people/" + person + "/history").status()).isEqualTo(404);
    }

    @Test
    void theYearsLiaisonListShowsEachAssignmentReplacementAndRemoval() {
        JsonNode sanayi = registry.institution(27, "SANAYI", null);
        long institution = sanayi.path("id").asLong();
        long first = registry.person("Oğuz", "Fabrikacı", institution, null, true);
        long second = registry.person("Elif", "Tezgâhçı", institution, null, true);
        Map<String, Object> slot = new HashMap<>(Map.of("institutionId", institution, "year", LIST_YEAR, "role", "SUBSTITUTE", "personId", first));
        long id = secretariat.put("/api/liaison-officers", slot).json().path("id").asLong();
        slot.put("personId", second);
        assertThat(secretariat.put("/api/liaison-officers", slot).status()).isEqualTo(200);
        assertThat(secretariat.delete("/api/liaison-officers/" + id).status()).isEqualTo(204);

        String path = "/api/liaison-officers/history?province=27&year=" + LIST_YEAR;
        List<String> whats = Registry.stream(secretariat.get(path).json())
                .filter(r -> r.path("what").asText().contains(sanayi.path("name").asText() + ", yedek"))
                .filter(r -> r.path("who").asText().equals("gaziantep.sekreter"))
                .map(r -> r.path("what").asText()).toList();
        String slotName = " (" + sanayi.path("name").asText() + ", yedek): ";
        assertThat(whats).containsSubsequence(
                "İrtibat görevlisi listeden çıkarıldı" + slotName + "Elif Tezgâhçı",
                "İrtibat görevlisi değişti" + slotName + "Oğuz Fabrikacı → Elif Tezgâhçı",
                "İrtibat görevlisi atandı" + slotName + "Oğuz Fabrikacı");

        assertThat(otherSecretariat.get(path).status()).isEqualTo(403);
        Api.Response badYear = secretariat.get("/api/liaison-officers/history?province=27&year=1999");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(TestClock.YEAR).isNotEqualTo(LIST_YEAR);
    }
}
