package tr.gov.goc.kurul.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** Boards: secretariat (R11.1, R11.2), chair (R4.1), derived Kaymakam seats (R4.2), population and border flag. */
@KurulIntegrationTest
class BoardApiTest {

    @LocalServerPort
    int port;

    Registry registry;
    Api admin;

    @BeforeEach
    void setUp() {
        registry = new Registry(port);
        admin = registry.admin();
    }

    @Test
    void theProvincialBoardShowsItsSecretariatChairAndTheKaymakamsOfLargeDistricts() {
        JsonNode board = admin.get("/api/boards/" + registry.board(27, null).path("id").asLong()).json();
        assertThat(board.at("/board/name").asText()).isEqualTo("Gaziantep İl Göç Koordinasyon Kurulu");
        assertThat(board.at("/secretariat/name").asText()).isEqualTo("Gaziantep İl Göç İdaresi Müdürlüğü"); // R11.1
        assertThat(board.at("/chairInstitution/name").asText()).isEqualTo("Gaziantep Valiliği"); // R4.1
        assertThat(Registry.stream(board.path("members")).filter(m -> m.path("role").asText().equals("CHAIR"))
                .map(m -> m.path("title").asText())).containsExactly("Vali");
        // R4.2: Şahinbey (185,000) is over 2,000; Karkamış (860) and Yavuzeli (1,400) are not
        assertThat(Registry.stream(board.path("kaymakamMembers")).map(k -> k.path("districtName").asText()))
                .containsExactly("Şahinbey");
        assertThat(board.at("/kaymakamMembers/0/institution/name").asText()).isEqualTo("Şahinbey Kaymakamlığı");
        assertThat(board.at("/kaymakamMembers/0/kaymakam").asText()).isNotBlank();
    }

    @Test
    void kaymakamSitsOnTheProvincialBoardOnlyWhenTheDistrictIsOver2000() {
        long cankaya = registry.board(6, "Çankaya").path("id").asLong();
        long ankara = registry.board(6, null).path("id").asLong();
        assertThat(population(cankaya, 2000).status()).isEqualTo(200);
        assertThat(kaymakamDistricts(ankara)).doesNotContain("Çankaya");
        assertThat(population(cankaya, 2001).status()).isEqualTo(200);
        assertThat(kaymakamDistricts(ankara)).contains("Çankaya");
        assertThat(admin.get("/api/boards/" + cankaya).json().at("/board/foreignPopulation").asInt()).isEqualTo(2001);
    }

    @Test
    void aDistrictBoardsSecretariatIsTheKaymakamlikUntilTheDistrictHasItsOwnMigrationDirectorate() {
        JsonNode altindag = registry.board(6, "Altındağ");
        long boardId = altindag.path("id").asLong();
        long districtId = altindag.path("districtId").asLong();
        assertThat(admin.get("/api/boards/" + boardId).json().at("/secretariat/name").asText()).isEqualTo("Altındağ Kaymakamlığı");

        Api.Response directorate = admin.post("/api/institutions", Map.of("plateCode", 6, "districtId", districtId,
                "kindCode", "ILCE_GOC_IDARESI"));
        assertThat(directorate.status()).as(directorate.toString()).isEqualTo(201);
        assertThat(directorate.json().path("name").asText()).isEqualTo("Altındağ İlçe Göç İdaresi Müdürlüğü");
        assertThat(admin.put("/api/districts/" + districtId, Map.of("hasMigrationDirectorate", true)).status()).isEqualTo(200);
        assertThat(admin.get("/api/boards/" + boardId).json().at("/secretariat/name").asText())
                .isEqualTo("Altındağ İlçe Göç İdaresi Müdürlüğü"); // R11.2
    }

    @Test
    void badBoardInputGetsATurkishMessageAndChangesNothing() {
        long karkamis = registry.board(27, "Karkamış").path("id").asLong();
        Api.Response negative = admin.put("/api/boards/" + karkamis, Map.of("foreignPopulation", -5,
                "populationAsOf", "2026-01-01", "populationSource", "x"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/fields/foreignPopulation").asText()).isEqualTo("Yabancı nüfus negatif olamaz.");

        Api.Response noSource = admin.put("/api/boards/" + karkamis, Map.of("foreignPopulation", 5000));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.message()).contains("kaynağı");

        Api.Response future = admin.put("/api/boards/" + karkamis, Map.of("foreignPopulation", 5000,
                "populationAsOf", "2099-01-01", "populationSource", "Tahmin"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/fields/populationAsOf").asText()).contains("ileri bir tarih");

        Api.Response provincialBorder = admin.put("/api/boards/" + registry.board(27, null).path("id").asLong(),
                Map.of("borderDistrict", true));
        assertThat(provincialBorder.status()).isEqualTo(400);
        assertThat(provincialBorder.message()).contains("R8.1");

        Api.Response wrongType = admin.put("/api/boards/" + karkamis, "{\"foreignPopulation\":\"çok\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.message()).contains("İstek gövdesi okunamadı");

        JsonNode unchanged = admin.get("/api/boards/" + karkamis).json().path("board");
        assertThat(unchanged.path("foreignPopulation").asInt()).isEqualTo(860);
        assertThat(unchanged.path("borderDistrict").asBoolean()).isTrue();

        assertThat(admin.get("/api/boards/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/boards/999999").message()).isEqualTo("Kimliği 999999 olan bir kurul yok.");
    }

    @Test
    void onlyTheSecretariatOrAnAdministratorChangesBoardsAndEachUserSeesOnlyTheirProvince() {
        Api liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        long karkamis = registry.board(27, "Karkamış").path("id").asLong();
        Api.Response change = liaison.put("/api/boards/" + karkamis, Map.of("borderDistrict", false));
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.message()).isEqualTo("Bu kaydı yalnızca ilçenin ya da ilin sekreteryası ya da sistem yöneticisi değiştirebilir.");
        assertThat(liaison.get("/api/boards?province=27").status()).isEqualTo(200);
        assertThat(liaison.get("/api/boards?province=22").status()).isEqualTo(403);
        assertThat(liaison.get("/api/boards/" + registry.board(22, null).path("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void aBoardWithoutAPopulationFigureIsNotPlannedOnAGuess() {
        long adana = registry.board(1, null).path("id").asLong();
        Api.Response plan = admin.get("/api/boards/" + adana + "/plan?year=2027");
        assertThat(plan.status()).isEqualTo(400);
        assertThat(plan.json().at("/fields/foreignPopulation").asText()).contains("yabancı nüfus bilgisi girilmemiş");
    }

    @Test
    void aCalendarClientGetsAJsonErrorNotAnEmpty500() {
        Api.Response missing = admin.getAccepting("/api/boards/987654321/calendar.ics", "text/calendar");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).contains("bulunamadı");
    }

    private Api.Response population(long boardId, int value) {
        return admin.put("/api/boards/" + boardId, Map.of("foreignPopulation", value, "populationAsOf", "2026-06-30",
                "populationSource", "Test verisi"));
    }

    private List<String> kaymakamDistricts(long provincialBoardId) {
        return Registry.stream(admin.get("/api/boards/" + provincialBoardId).json().path("kaymakamMembers"))
                .map(k -> k.path("districtName").asText()).toList();
    }
}
