package tr.gov.goc.kurul.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

/** On the real MariaDB: a full-length Turkish Ek-3 version fits the row limit and reads back through the API. */
@MariaDbIntegrationTest
class AnnualReportMariaDbTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    @Test
    void aFullLengthTurkishReportIsStoredAsAVersion() {
        Api admin = Api.as(port, "admin", "admin");
        assertThat(admin.post("/api/annual-reports/27/2045", null).status()).isEqualTo(201);
        Task draft = taskService.createTaskQuery().processInstanceBusinessKey("27-2046-EK3").taskDefinitionKey("Task_DraftReport")
                .singleResult();
        String section = "Şırnak, İğdır ve Çanakkale'de ağır güçlükler; öğüt. ".repeat(40).substring(0, 2000);
        Map<String, Object> text = new HashMap<>();
        for (String field : new String[] {"mainProblems", "decisionsEvaluation", "notImplemented", "unsolvedProblems",
                "solutionProposals", "expectedSupport", "conclusions"}) {
            text.put(field, section);
        }
        taskService.complete(draft.getId(), text);

        Api.Response read = Api.as(port, "gaziantep.sekreter", "demo").get("/api/annual-reports/27/2045");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(read.json().path("currentVersion").asInt()).isEqualTo(1);
        assertThat(read.json().path("content").path("conclusions").asText()).isEqualTo(section);
    }
}
