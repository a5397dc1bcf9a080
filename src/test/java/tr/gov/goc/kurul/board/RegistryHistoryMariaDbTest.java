package tr.gov.goc.kurul.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** On the real MariaDB: V288's audit tables match what Envers writes (ddl validate), and the history reads back in Turkish. */
@MariaDbIntegrationTest
class RegistryHistoryMariaDbTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplacementByTheSecretariatIsKeptWithItsUserAndReadBackInTurkish() {
        Registry registry = new Registry(port);
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        long board = registry.board(27, "Nurdağı").path("id").asLong();
        long institution = registry.institution(27, "AFAD", null).path("id").asLong();
        long oldOne = registry.person("Gülşen", "Işıkçı", institution, null, true);
        long newOne = registry.person("Çağrı", "Öğütçü", institution, null, true);
        long member = registry.admin().post("/api/boards/" + board + "/members", Map.of("personId", oldOne, "role", "MEMBER",
                "institutionId", institution, "validFrom", "2026-01-05")).json().path("id").asLong();

        Api.Response replaced = secretariat.post("/api/boards/" + board + "/members/" + member + "/replacement",
                Map.of("personId", newOne, "validFrom", "2027-03-01"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);

        JsonNode row = Registry.stream(secretariat.get("/api/boards/" + board + "/history").json())
                .filter(r -> r.path("what").asText().startsWith("Üye değişti: Gülşen Işıkçı")).findFirst().orElseThrow();
        assertThat(row.path("what").asText()).contains("→ Çağrı Öğütçü", "01.03.2027'den itibaren");
        assertThat(row.path("who").asText()).isEqualTo("gaziantep.sekreter");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM board_membership_aud WHERE person_id = ?", Integer.class, newOne)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT first_name FROM person_aud WHERE id = ? ORDER BY rev LIMIT 1", String.class, newOne))
                .isEqualTo("Çağrı");
    }
}
