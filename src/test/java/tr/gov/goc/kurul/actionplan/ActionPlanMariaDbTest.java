package tr.gov.goc.kurul.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

/** On the real MariaDB: the action plan tables (V240) take Turkish text and the demo plan reads back through the API. */
@MariaDbIntegrationTest
class ActionPlanMariaDbTest {

    @LocalServerPort
    int port;
    @Autowired
    ActionPlans plans;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPlanAndRecordedProgressKeepTheirTurkishLetters() {
        try {
            assertThat(plans.recordProgress(27, "27-2031-9", "EP-4 | 55 | Şahinbey ve İslahiye'de ev ziyaretleri (çğışöü)", "gaziantep.sekreter"))
                    .isOne();
            JsonNode plan = Api.as(port, "gaziantep.sekreter", "demo").get("/api/action-plans/27").json();
            JsonNode items = plan.path("current").path("items");
            assertThat(items.get(2).path("thematicArea").asText()).isEqualTo("İşgücü piyasası");
            assertThat(items.get(3).path("progressNote").asText()).isEqualTo("Şahinbey ve İslahiye'de ev ziyaretleri (çğışöü)");
            assertThat(items.get(3).path("progressPercent").asInt()).isEqualTo(55);
            assertThat(jdbc.queryForObject("select count(*) from action_plan_item where thematic_area = 'işgücü PİYASASI'", Integer.class))
                    .as("Turkish collation: İ/i and I/ı compare as in Turkish").isPositive(); // later versions copy the item
        } finally {
            jdbc.update("delete from action_plan_progress where meeting_key = ?", "27-2031-9");
        }
    }
}
