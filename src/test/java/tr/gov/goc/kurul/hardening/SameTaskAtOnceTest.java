package tr.gov.goc.kurul.hardening;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/**
 * R10.2: principal and substitute liaison officer are both candidates of the agenda proposal task. When both
 * complete it at the same moment, exactly one answer is stored; the other person gets a clear Turkish message
 * (409/404) — never a 500 or Camunda's OptimisticLockingException text. Through /engine-rest and through /api.
 */
@KurulIntegrationTest
class SameTaskAtOnceTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void principalAndSubstituteCompleteTheSameAgendaTaskAtTheSameMoment() throws Exception {
        TestClock.reset();
        for (String route : new String[] {"/engine-rest", "/api", "/engine-rest", "/api"}) {
            String meetingKey = "27-2026-" + (500 + (int) (System.nanoTime() % 300));
            Map<String, Object> start = new HashMap<>();
            start.put("plateCode", 27);
            start.put("meetingKey", meetingKey);
            start.put("meetingTitle", "Gaziantep İl GKK eşzamanlılık");
            start.put("agendaOpensOn", "2026-03-17");
            start.put("agendaDueDate", "2099-03-31");
            String instance = runtimeService.startProcessInstanceByKey("agendaCollection", meetingKey, start).getId();
            try {
                String taskId = taskService.createTaskQuery().processInstanceId(instance)
                        .taskCandidateGroup("prov-27-liaison-milli-egitim").singleResult().getId();
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
                for (String who : new String[] {"asil", "yedek"}) {
                    Api officer = Api.as(port, "gaziantep.milli-egitim." + who, "demo");
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return route.equals("/api")
                                ? officer.post("/api/tasks/" + taskId + "/complete", proposal("Öneri (" + who + ")"))
                                : officer.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(proposal("Öneri (" + who + ")"))));
                    }));
                }
                List<Api.Response> responses = answers.stream().map(CompletableFuture::join).toList();
                List<Integer> statuses = responses.stream().map(Api.Response::status).sorted().toList();
                assertThat(statuses).as(route + " " + responses).hasSize(2).first().isIn(200, 204);
                Api.Response loser = responses.stream().filter(r -> r.status() >= 300).findFirst().orElseThrow();
                assertThat(loser.status()).as(loser.toString()).isIn(404, 409);
                assertThat(loser.message()).as(loser.toString())
                        .matches("(?s).*(başka bir kullanıcı|bulunamadı).*").doesNotContain("OptimisticLocking").doesNotContain("ENGINE-");

                // exactly one answer for Milli Eğitim is stored
                JsonNode proposals = Api.as(port, "gaziantep.sekreter", "demo").get("/api/meetings/" + meetingKey + "/agenda-proposals").json();
                long stored = Registry.stream(proposals).filter(p -> p.toString().contains("Öneri (")).count();
                assertThat(stored).as(proposals.toString()).isEqualTo(1);
            } finally {
                if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                    runtimeService.deleteProcessInstance(instance, "deneme", true, true);
                }
            }
        }
    }

    static Map<String, Object> proposal(String topic) {
        Map<String, Object> values = new HashMap<>();
        values.put("hasProposal", "yes");
        values.put("topic", topic);
        values.put("category", "SOSYAL_UYUM");
        values.put("description", "Okul kayıtlarında dil desteği yetersiz.");
        values.put("specialRequest", false);
        return values;
    }

    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
        return typed;
    }
}
