package tr.gov.goc.kurul.province;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

@KurulIntegrationTest
class ProvinceApiTest {

    @LocalServerPort
    int port;

    @Test
    void listsAll81ProvincesWithPlateCodesAndTurkishNames() {
        Api.Response response = Api.as(port, "admin", "admin").get("/api/provinces");
        assertThat(response.status()).isEqualTo(200);
        JsonNode provinces = response.json();
        assertThat(provinces).hasSize(81);
        assertThat(provinces.get(0).path("plateCode").asInt()).isEqualTo(1);
        assertThat(provinces.get(80).path("plateCode").asInt()).isEqualTo(81);
        assertThat(provinces.get(26).toString()).isEqualTo("{\"plateCode\":27,\"name\":\"Gaziantep\"}");
        assertThat(provinces.get(33).path("name").asText()).isEqualTo("İstanbul");
        assertThat(provinces.get(62).path("name").asText()).isEqualTo("Şanlıurfa");
        assertThat(provinces.get(75).path("name").asText()).isEqualTo("Iğdır");
    }

    @Test
    void anyLoggedInUserReadsProvincesButNobodyAnonymously() {
        assertThat(Api.as(port, "gaziantep.milli-egitim.asil", "demo").get("/api/provinces").status()).isEqualTo(200);
        Api.Response anonymous = Api.anonymous(port).get("/api/provinces");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.message()).contains("oturum açın");
    }

    @Test
    void listsTheDistrictsOfAProvinceInTurkishOrder() {
        Api.Response response = Api.as(port, "admin", "admin").get("/api/provinces/27/districts");
        List<String> names = StreamSupport.stream(response.json().spliterator(), false).map(d -> d.path("name").asText()).toList();
        assertThat(names).containsExactly("Araban", "İslahiye", "Karkamış", "Nizip", "Nurdağı", "Oğuzeli", "Şahinbey",
                "Şehitkamil", "Yavuzeli");
        assertThat(Api.as(port, "admin", "admin").get("/api/provinces").json()).hasSize(81);
    }

    @Test
    void unknownProvinceIs404AndAMalformedOneIs400InTurkish() {
        Api admin = Api.as(port, "admin", "admin");
        Api.Response unknown = admin.get("/api/provinces/82");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("Plaka kodu 82 olan bir il yok.");
        Api.Response malformed = admin.get("/api/provinces/yirmiyedi");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.message()).contains("'plateCode' alanının değeri geçersiz");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at tr.gov");
    }
}
