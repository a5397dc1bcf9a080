package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R7.3, R8.4, R8.2: what the page "Olağanüstü toplantı" offers each person — {@code GET /api/meetings/extraordinary/options}
 * — is what the POSTs accept from them: the secretariat proposes, the Vali (and the chair's office) calls, the presidency
 * requests for any province and district, a liaison officer gets only the rule, the Kaymakam of a small district that is
 * not on the border (Yavuzeli) may also call the meeting at their discretion, the Kaymakam of a border district
 * (Karkamış, 860 foreigners, meets regularly, R8.1) may not. Every act not offered is refused by the POST with a Turkish
 * 403; nothing is started here.
 */
@KurulIntegrationTest
class ExtraordinaryOptionsTest {

    @LocalServerPort
    int port;
    @Autowired
    Provinces provinces;
    @Autowired
    HistoryService historyService;

    @Test
    void eachPersonIsOfferedWhatTheCircularGivesThem() {
        long sahinbey = district(27, "Şahinbey");
        long karkamis = district(27, "Karkamış");
        long yavuzeli = district(27, "Yavuzeli");

        // the İl GİM proposes (R7.3): the provincial board only, the Vali decides
        JsonNode secretary = options("gaziantep.sekreter");
        assertThat(offers(secretary)).containsExactly("27/il: IL_GIM_PROPOSAL");
        // the Vali and the chair's office: the chair's own call
        assertThat(offers(options("gaziantep.vali"))).containsExactly("27/il: GOVERNOR");
        assertThat(offers(options("gaziantep.valiyardimcisi"))).containsExactly("27/il: GOVERNOR");
        // the İlçe GİM proposes to its Kaymakam (R8.4)
        assertThat(offers(options("sahinbey.sekreter"))).containsExactly("27/" + sahinbey + ": IL_GIM_PROPOSAL");
        // R8.2: Yavuzeli (1,400, not on the border) meets at the Kaymakam's discretion; Karkamış (border) meets regularly
        assertThat(offers(options("yavuzeli.kaymakam"))).containsExactly("27/" + yavuzeli + ": GOVERNOR, DISCRETIONARY");
        assertThat(offers(options("karkamis.kaymakam"))).containsExactly("27/" + karkamis + ": GOVERNOR");

        // the presidency (a national manager): its request, for every province and each district board
        JsonNode presidency = options("izleyici");
        List<String> presidencyOffers = offers(presidency);
        assertThat(presidency.path("provinces")).hasSize(provinces.all().size());
        assertThat(presidencyOffers).allMatch(o -> o.endsWith(": PRESIDENCY"))
                .contains("27/il: PRESIDENCY", "27/" + karkamis + ": PRESIDENCY", "22/il: PRESIDENCY");
        assertThat(names(presidency).subList(0, 3)).as("Turkish alphabetical order").containsExactly("Adana", "Adıyaman", "Afyonkarahisar");
        JsonNode gaziantep = province(presidency, 27);
        assertThat(gaziantep.path("name").asText()).isEqualTo("Gaziantep");
        assertThat(gaziantep.path("boards").get(0).path("name").asText()).isEqualTo("Gaziantep İl Göç Koordinasyon Kurulu");
        assertThat(gaziantep.path("boards").get(0).path("provincial").asBoolean()).isTrue();

        // a liaison officer: nothing to submit, the rule in Turkish
        JsonNode liaison = options("gaziantep.milli-egitim.asil");
        assertThat(liaison.path("provinces")).isEmpty();
        assertThat(liaison.path("whoMayCall").asText())
                .contains("İl Göç İdaresi Müdürlüğünün teklifi ve Valinin kararıyla", "Valinin resen", "Başkanlığının talebiyle",
                        "md. 7/3", "md. 8/4", "2.000", "Kaymakamın takdiriyle", "md. 8/2");
        assertThat(liaison.path("districtThreshold").asInt()).isEqualTo(2000);
        // a province's manager reads and does not call (the presidency's request is the national managers')
        assertThat(options("gaziantep.izleyici").path("provinces")).isEmpty();
        // an administrator may propose (as the POST lets them)
        assertThat(offers(options("admin", "admin"))).contains("27/il: IL_GIM_PROPOSAL", "27/" + yavuzeli + ": IL_GIM_PROPOSAL");
    }

    @Test
    void whatIsNotOfferedThePostsRefuseAndWhatIsOfferedTheyDoNotRefuse() {
        long sahinbey = district(27, "Şahinbey");
        long yavuzeli = district(27, "Yavuzeli");
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ExtraordinaryRequests.PROCESS_KEY).count();
        List<String> disagreements = new ArrayList<>();
        for (String user : List.of("gaziantep.sekreter", "gaziantep.vali", "sahinbey.sekreter", "yavuzeli.kaymakam",
                "karkamis.kaymakam", "gaziantep.milli-egitim.asil", "gaziantep.izleyici")) {
            Set<String> offered = Set.copyOf(offers(options(user)));
            Api api = Api.as(port, user, "demo");
            for (Long board : new Long[] {null, sahinbey, yavuzeli}) {
                String where = "27/" + (board == null ? "il" : board);
                for (String act : List.of("IL_GIM_PROPOSAL", "GOVERNOR", "PRESIDENCY")) {
                    boolean isOffered = offered.stream().anyMatch(o -> o.startsWith(where + ":") && o.contains(act));
                    if (isOffered && board == null) {
                        continue; // accepted: it would start a request (the browser test and ExtraordinaryMeetingRequestTest do)
                    }
                    // an offered district act is tried with the wrong province: the rights pass, the input check refuses (400)
                    Map<String, Object> body = new HashMap<>(Map.of("plateCode", isOffered ? 22 : 27, "requestedBy", act,
                            "reason", "Seçenek denemesi"));
                    body.put("districtId", board);
                    Api.Response answer = api.post("/api/meetings/extraordinary", body);
                    int expected = isOffered ? 400 : 403;
                    if (answer.status() != expected) {
                        disagreements.add(user + " " + act + " " + where + " → " + answer.status() + " " + answer.message());
                    }
                }
            }
            // R8.2: the discretionary call of Yavuzeli is the Kaymakam's; everybody else is refused before anything starts
            if (!offered.contains("27/" + yavuzeli + ": GOVERNOR, DISCRETIONARY")) {
                Api.Response answer = api.post("/api/districts/" + yavuzeli + "/meetings", Map.of("reason", "Seçenek denemesi"));
                if (answer.status() != 403) {
                    disagreements.add(user + " DISCRETIONARY → " + answer.status());
                } else {
                    assertThat(answer.message()).contains("md. 8/2");
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ExtraordinaryRequests.PROCESS_KEY).count())
                .as("nothing started").isEqualTo(before);
    }

    @Test
    void aRefusalOfThePostStillReadsAsBeforeTheRefactoring() {
        Api.Response secretaryCalls = Api.as(port, "gaziantep.sekreter", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 27, "requestedBy", "GOVERNOR", "reason", "Kendi kararım"));
        assertThat(secretaryCalls.status()).isEqualTo(403);
        assertThat(secretaryCalls.message()).contains("resen kurul başkanı (Vali / Kaymakam)", "md. 7/3");
        Api.Response valiRequestsAsPresidency = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 27, "requestedBy", "PRESIDENCY", "reason", "Başkanlık adına"));
        assertThat(valiRequestsAsPresidency.status()).isEqualTo(403);
        assertThat(valiRequestsAsPresidency.message()).contains("Göç İdaresi Başkanlığı");
    }

    private JsonNode options(String user) {
        return options(user, "demo");
    }

    private JsonNode options(String user, String password) {
        Api.Response answer = Api.as(port, user, password).get("/api/meetings/extraordinary/options");
        assertThat(answer.status()).as(user + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    /** "27/il: IL_GIM_PROPOSAL", "27/<districtId>: GOVERNOR, DISCRETIONARY" … */
    private static List<String> offers(JsonNode options) {
        List<String> offers = new ArrayList<>();
        for (JsonNode province : options.path("provinces")) {
            for (JsonNode board : province.path("boards")) {
                String where = province.path("plateCode").asInt() + "/" + (board.path("districtId").isNull() ? "il" : board.path("districtId").asText());
                List<String> acts = new ArrayList<>();
                board.path("acts").forEach(a -> acts.add(a.asText()));
                offers.add(where + ": " + String.join(", ", acts));
            }
        }
        return offers;
    }

    private static List<String> names(JsonNode options) {
        List<String> names = new ArrayList<>();
        options.path("provinces").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static JsonNode province(JsonNode options, int plate) {
        for (JsonNode p : options.path("provinces")) {
            if (p.path("plateCode").asInt() == plate) {
                return p;
            }
        }
        throw new AssertionError("no province " + plate);
    }

    private long district(int plate, String name) {
        return provinces.findDistrict(plate, name).orElseThrow().getId();
    }
}
