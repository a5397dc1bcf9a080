package tr.gov.goc.kurul.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.RuntimeService;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/** GET /api/annual-reports/{plate}/{year} and its platform export as the province's users see them; start by hand. */
@KurulIntegrationTest
class AnnualReportApiTest {

    private static final int YEAR = 2040;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(AnnualReports.businessKey(22, YEAR)).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Test bitti"));
        jdbc.update("delete from annual_report_board_decision where report_id in (select id from annual_report where report_year = ?)", YEAR);
        jdbc.update("delete from annual_report_version where report_id in (select id from annual_report where report_year = ?)", YEAR);
        jdbc.update("delete from annual_report where report_year = ?", YEAR);
    }

    @Test
    void theProvinceReadsItsReportAndAnotherProvinceDoesNotFindIt() {
        String path = "/api/annual-reports/22/" + YEAR;
        assertThat(as("edirne.sekreter").get(path).status()).isEqualTo(404); // not started yet
        assertThat(as("edirne.sekreter").post(path, null).status()).isEqualTo(403); // administrators start by hand

        Api.Response started = as("admin").post(path, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("businessKey").asText()).isEqualTo("22-2041-EK3");
        assertThat(started.json().path("status").asText()).isEqualTo("DRAFT");
        Api.Response again = as("admin").post(path, null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message()).contains("zaten başlatıldı");

        Api.Response own = as("edirne.sekreter").get(path);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("provinceName").asText()).isEqualTo("Edirne");
        assertThat(own.json().path("statusLabel").asText()).isEqualTo("İl GİM tarafından hazırlanıyor");
        assertThat(own.json().path("platformEntryDueDate").asText()).isEqualTo("2041-01-31"); // R13.3
        assertThat(own.json().path("content").path("decisionsEvaluation").asText()).contains("karar alındı");
        assertThat(as("izleyici").get(path).status()).isEqualTo(200); // national manager
        assertThat(as("gaziantep.sekreter").get(path).status()).isEqualTo(404);
        assertThat(as("gaziantep.sekreter").get(path + "/platform-export").status()).isEqualTo(404);

        Api.Response export = as("edirne.vali").get(path + "/platform-export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.json().path("form").asText()).isEqualTo("Ek-3");
        assertThat(export.json().path("yil").asInt()).isEqualTo(YEAR);
        assertThat(export.json().path("il").asText()).isEqualTo("Edirne");
        assertThat(export.json().has("baskanliktanBeklenenDestek")).isTrue();
        assertThat(export.json().path("kararlar").isArray()).isTrue();

        Api.Document pdf = as("edirne.sekreter").document(path + ".pdf");
        assertThat(pdf.status()).as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("Ek-3_Yillik_Degerlendirme_Raporu_22_" + YEAR + ".pdf");
        assertThat(PdfText.of(pdf.body())).contains("EDİRNE VALİLİĞİ").contains("Yıl " + YEAR).contains("TASLAK")
                .contains("6. Başkanlıktan Beklenen Destek");
        assertThat(as("gaziantep.saglik.asil").document(path + ".pdf").status()).isEqualTo(403); // another province's liaison officer
        assertThat(as("edirne.sekreter").document("/api/annual-reports/22/" + (YEAR + 1) + ".pdf").status()).isEqualTo(404);
        Api.Response badYear = as("edirne.sekreter").get("/api/annual-reports/22/1999.pdf");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.message()).contains("Yıl 2000 ile 2100 arasında");
    }


    private Api as(String user) {
        return Api.as(port, user, "admin".equals(user) ? "admin" : "demo");
    }
}
