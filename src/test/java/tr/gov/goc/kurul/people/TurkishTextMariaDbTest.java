package tr.gov.goc.kurul.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** On the real MariaDB: Turkish letters survive every layer, and the database sorts and compares in Turkish. */
@MariaDbIntegrationTest
class TurkishTextMariaDbTest {

    static final String LETTERS = "İıŞşĞğÇçÖöÜü";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    @Test
    void turkishLettersRoundTripThroughTheApiOurTablesAndCamundasTables() {
        Registry registry = new Registry(port);
        long institution = registry.institution(27, "MILLI_EGITIM", null).path("id").asLong();
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Işıl " + LETTERS);
        body.put("lastName", "Çağlayan-Öztürk");
        body.put("title", "Şube Müdürü (İÇİŞLERİ, ığüşöç)");
        body.put("institutionId", institution);
        body.put("username", "isil.caglayan");
        Api.Response created = registry.admin().post("/api/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api.Response read = registry.admin().get("/api/people/" + created.json().path("id").asLong());
        assertThat(read.json().path("firstName").asText()).isEqualTo("Işıl " + LETTERS);
        assertThat(read.json().path("title").asText()).isEqualTo("Şube Müdürü (İÇİŞLERİ, ığüşöç)");
        assertThat(jdbc.queryForObject("SELECT last_name FROM person WHERE username = 'isil.caglayan'", String.class))
                .isEqualTo("Çağlayan-Öztürk");
        assertThat(identityService.createUserQuery().userId("isil.caglayan").singleResult().getFirstName())
                .isEqualTo("Işıl " + LETTERS);
    }

    @Test
    void theDatabaseSortsProvincesInTurkishAlphabeticalOrder() {
        List<String> byDatabase = jdbc.queryForList("SELECT name FROM province ORDER BY name", String.class);
        List<String> byTurkishCollator = new ArrayList<>(byDatabase);
        byTurkishCollator.sort(Collator.getInstance(Locale.forLanguageTag("tr-TR")));
        assertThat(byDatabase).hasSize(81).isEqualTo(byTurkishCollator);
        // Ş after every S (a non-Turkish collation puts Şanlıurfa between Samsun and Siirt), Ç after C, Ü after U
        assertThat(byDatabase.indexOf("Sivas")).isLessThan(byDatabase.indexOf("Şanlıurfa"));
        assertThat(byDatabase.indexOf("Şanlıurfa")).isLessThan(byDatabase.indexOf("Şırnak"));
        assertThat(byDatabase.indexOf("Bursa")).isLessThan(byDatabase.indexOf("Çanakkale"));
        assertThat(byDatabase.indexOf("Uşak")).isLessThan(byDatabase.indexOf("Van"));
        assertThat(byDatabase.indexOf("Iğdır")).isLessThan(byDatabase.indexOf("İstanbul"));
    }

    @Test
    void theDatabaseComparesCaseInTurkish() {
        // Turkish: i ↔ İ and ı ↔ I are the same letter in two cases; i and ı are different letters
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE name = 'istanbul'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE name = 'ıstanbul'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE name = 'IĞDIR'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_NAME = 'province' AND COLUMN_NAME = 'name'", String.class)).isEqualTo("utf8mb4_turkish_ci");
    }

    @Test
    void theWholeRegistryIsThereOnMariaDb() {
        Api admin = Api.as(port, "admin", "admin");
        assertThat(admin.get("/api/provinces").json()).hasSize(81);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM district", Integer.class)).isEqualTo(973);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM board", Integer.class)).isEqualTo(81 + 973);
        assertThat(admin.get("/api/boards?province=27").json().get(0).path("name").asText())
                .isEqualTo("Gaziantep İl Göç Koordinasyon Kurulu");
    }
}
