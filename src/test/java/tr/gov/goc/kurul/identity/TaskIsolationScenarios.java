package tr.gov.goc.kurul.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * A liaison officer of institution A in province 27 can neither see nor complete a task of institution B, nor
 * one of province 6 — through /engine-rest and through /api. Run on H2 and on MariaDB by the subclasses.
 */
abstract class TaskIsolationScenarios {

    static final String OFFICER_A = "gaziantep.milli-egitim.asil";
    static final String SUBSTITUTE_A = "gaziantep.milli-egitim.yedek";
    static final String OFFICER_B = "gaziantep.saglik.asil";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    String deploymentId;
    String taskOfA;
    String taskOfB;
    String taskInProvince6;
    String taskInProvince6ForGroupA;

    @BeforeEach
    void startOneTaskPerInstitution() {
        deploymentId = repositoryService.createDeployment().name("yetki-denemesi")
                .addClasspathResource("bpmn/authorization-probe.bpmn").deploy().getId();
        taskOfA = start(27, GroupIds.liaison(27, "milli-egitim"));
        taskOfB = start(27, GroupIds.liaison(27, "saglik"));
        taskInProvince6 = start(6, GroupIds.liaison(6, "milli-egitim"));
        // even a task offered to A's own group stays invisible when it belongs to another province (tenant)
        taskInProvince6ForGroupA = start(6, GroupIds.liaison(27, "milli-egitim"));
    }

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    private String start(int plateCode, String candidateGroup) {
        String instance = runtimeService.startProcessInstanceByKey("authorizationProbe",
                Map.of("plateCode", plateCode, "candidateGroup", candidateGroup)).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(task.getTenantId()).isEqualTo("prov-" + plateCode);
        return task.getId();
    }

    @Test
    void engineRestIsClosedWithoutCredentials() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.as(port, "yok.boyle.biri", "yanlis").get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(Api.as(port, "admin", "admin").get("/engine-rest/engine").status()).isEqualTo(200);
    }

    @Test
    void engineRestShowsALiaisonOfficerOnlyTheirInstitutionsTaskInTheirProvince() {
        Api a = Api.as(port, OFFICER_A, "demo");
        Api.Response list = a.get("/engine-rest/task");
        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list)).containsExactly(taskOfA);
        assertThat(a.get("/engine-rest/task/" + taskOfB).status()).isIn(403, 404);
        assertThat(a.get("/engine-rest/task/" + taskInProvince6).status()).isIn(403, 404);
        assertThat(a.get("/engine-rest/task/" + taskInProvince6ForGroupA).status()).isIn(403, 404);
        assertThat(a.get("/engine-rest/task/" + taskOfB + "/variables").status()).isIn(403, 404);

        assertThat(a.post("/engine-rest/task/" + taskOfB + "/complete", "{}").status()).isIn(403, 404);
        assertThat(a.post("/engine-rest/task/" + taskInProvince6 + "/complete", "{}").status()).isIn(403, 404);
        assertThat(a.post("/engine-rest/task/" + taskInProvince6ForGroupA + "/complete", "{}").status()).isIn(403, 404);
        assertThat(open(taskOfB, taskInProvince6, taskInProvince6ForGroupA)).isEqualTo(3);

        assertThat(ids(Api.as(port, OFFICER_B, "demo").get("/engine-rest/task"))).containsExactly(taskOfB);
        assertThat(a.post("/engine-rest/task/" + taskOfA + "/complete", "{}").status()).isEqualTo(204);
        assertThat(open(taskOfA)).isZero();
    }

    @Test
    void apiShowsALiaisonOfficerOnlyTheirInstitutionsTaskInTheirProvince() {
        Api a = Api.as(port, OFFICER_A, "demo");
        assertThat(Api.anonymous(port).get("/api/tasks").status()).isEqualTo(401);
        assertThat(ids(a.get("/api/tasks"))).containsExactly(taskOfA);
        Api.Response foreign = a.get("/api/tasks/" + taskOfB);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.message()).contains("Görev bulunamadı");
        assertThat(a.post("/api/tasks/" + taskOfB + "/complete", Map.of()).status()).isEqualTo(404);
        assertThat(a.post("/api/tasks/" + taskInProvince6 + "/complete", Map.of()).status()).isEqualTo(404);
        assertThat(a.post("/api/tasks/" + taskInProvince6ForGroupA + "/complete", Map.of()).status()).isEqualTo(404);
        assertThat(open(taskOfB, taskInProvince6, taskInProvince6ForGroupA)).isEqualTo(3);

        // the substitute of the same institution sees the same task; completing it once ends it for both
        assertThat(ids(Api.as(port, SUBSTITUTE_A, "demo").get("/api/tasks"))).containsExactly(taskOfA);
        // the probe's task has no form: a completion sets nothing (an extra value is refused, nothing stored)
        Api.Response extra = a.post("/api/tasks/" + taskOfA + "/complete", Map.of("gorus", "Uygundur"));
        assertThat(extra.status()).as(extra.toString()).isEqualTo(400);
        assertThat(extra.message()).contains("formu yok");
        assertThat(taskService.createTaskQuery().taskId(taskOfA).count()).isEqualTo(1);
        assertThat(a.post("/api/tasks/" + taskOfA + "/complete", Map.of()).status()).isEqualTo(204);
        assertThat(ids(Api.as(port, SUBSTITUTE_A, "demo").get("/api/tasks"))).isEmpty();
    }

    @Test
    void tasklistShowsALiaisonOfficerOnlyTheirInstitutionsTaskInTheirProvince() {
        WebappSession tasklist = WebappSession.login(port, OFFICER_A, "demo");
        Api.Response tasks = tasklist.get("/camunda/api/engine/engine/default/task");
        assertThat(ids(tasks)).containsExactly(taskOfA);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + taskOfB).status()).isIn(403, 404);
        // the "Tüm görevler" filter of Tasklist lists the same single task
        String filterId = java.util.stream.StreamSupport.stream(tasklist.json("/camunda/api/engine/engine/default/filter").spliterator(), false)
                .filter(f -> f.path("name").asText().equals("Tüm görevler")).findFirst().orElseThrow().path("id").asText();
        assertThat(ids(tasklist.get("/camunda/api/engine/engine/default/filter/" + filterId + "/list"))).containsExactly(taskOfA);

        // the same browser session reaches /api, and a change through it needs the webapps' CSRF header
        assertThat(ids(tasklist.get("/api/tasks"))).containsExactly(taskOfA);
        assertThat(tasklist.postJson("/api/tasks/" + taskOfA + "/complete", "{}", false).status()).isEqualTo(403);
        assertThat(open(taskOfA)).isEqualTo(1);
        assertThat(tasklist.postJson("/api/tasks/" + taskOfA + "/complete", "{}", true).status()).isEqualTo(204);
        assertThat(open(taskOfA)).isZero();
    }

    @Test
    void theProvincesSecretariatSeesAllItsTasksButNoneOfAnotherProvince() {
        List<String> seen = ids(Api.as(port, "gaziantep.sekreter", "demo").get("/engine-rest/task"));
        assertThat(seen).containsExactlyInAnyOrder(taskOfA, taskOfB);
        assertThat(ids(Api.as(port, "edirne.sekreter", "demo").get("/engine-rest/task"))).isEmpty();
    }

    @Test
    void aManagerReadsButCannotComplete() {
        Api manager = Api.as(port, "izleyici", "demo");
        assertThat(ids(manager.get("/engine-rest/task"))).contains(taskOfA, taskOfB, taskInProvince6);
        assertThat(manager.post("/engine-rest/task/" + taskOfA + "/complete", "{}").status()).isEqualTo(403);
        assertThat(open(taskOfA)).isEqualTo(1);
    }

    private long open(String... taskIds) {
        return taskService.createTaskQuery().taskIdIn(taskIds).count();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(response.json().spliterator(), false)
                .map(node -> node.path("id").asText()).toList();
    }
}
