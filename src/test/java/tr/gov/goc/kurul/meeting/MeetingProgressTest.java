package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The secretariat's "Toplantıların durumu" panel (GET /api/meetings/progress): a step that waits on many institutions
 * at once — here the contributions to the action plan the first meeting of 2073 approves (R5.13) — is one line with
 * their number, not one line per institution.
 */
@KurulIntegrationTest
class MeetingProgressTest {

    private static final String FIRST = "22-2073-1";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("22-2073-%").rootProcessInstances().list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "MeetingProgressTest bitti", true, true));
    }

    @Test
    void manyInstitutionsWaitingOnTheSameStepAreOneLine() {
        Api.Response planned = Api.as(port, "admin", "admin").post("/api/planning/2073?province=22", "");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        long opinions = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(FIRST + "/eylem-plani-hazirlik").count();
        assertThat(opinions).as("the first meeting's action plan is being prepared").isOne();

        JsonNode progress = Api.as(port, "edirne.sekreter", "demo").get("/api/meetings/progress?province=22").json();
        JsonNode first = stream(progress).filter(m -> m.path("meetingKey").asText().equals(FIRST)).findFirst().orElseThrow();
        List<JsonNode> contributions = stream(first.path("waiting"))
                .filter(w -> w.path("step").asText().equals("Eylem planına görüş ver")).toList();
        assertThat(contributions).hasSize(1);
        assertThat(contributions.get(0).path("who").asText()).matches("\\d+ kurumun irtibat görevlileri");
        assertThat(Integer.parseInt(contributions.get(0).path("who").asText().split(" ")[0])).isGreaterThan(15);
        assertThat(contributions.get(0).path("due").asText()).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
