package tr.gov.goc.kurul.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.clock;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.noProposal;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * {@code agendaCollection} as the real users meet it over HTTP: the liaison officers in the engine's REST API (what
 * Tasklist calls), the secretariat in /api/meetings/{meetingKey}/agenda-proposals (R10.2).
 */
@KurulIntegrationTest
@TestExecutionListeners(value = org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AgendaProposalApiTest {

    static final String PRINCIPAL = "gaziantep.milli-egitim.asil";
    static final String SUBSTITUTE = "gaziantep.milli-egitim.yedek";
    static final String OTHER_INSTITUTION = "gaziantep.saglik.asil";
    static final String SECRETARY = "gaziantep.sekreter";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;
    @Autowired
    AgendaProposalRepository rows;
    @Autowired
    Institutions institutions;
    @Autowired
    AgendaProposals proposals;

    AgendaCollectionFixture fixture;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture = new AgendaCollectionFixture(processEngine, rows, institutions);
        clock("2026-03-17T09:00:00");
    }

    @AfterEach
    void tearDown() {
        fixture.cleanUp();
        BpmnAwareTests.reset();
    }

    private Api as(String user) {
        return Api.as(port, user, "admin".equals(user) ? "admin" : "demo");
    }

    @Test
    void principalAndSubstituteBothSeeTheTaskTheSubstituteAnswersAndTheTaskIsGoneForBoth() {
        ProcessInstance instance = fixture.start();
        String taskId = fixture.taskOf(instance, "milli-egitim").getId();
        String list = "/engine-rest/task?processInstanceId=" + instance.getId();

        Api.Response principalList = as(PRINCIPAL).get(list);
        assertThat(ids(principalList)).containsExactly(taskId);
        assertThat(principalList.json().get(0).path("name").asText())
                .isEqualTo("Gündem önerisi — Gaziantep İl GKK 2026/2 — " + fixture.institution("milli-egitim").getName());
        assertThat(principalList.json().get(0).path("due").asText()).startsWith("2026-03-31T17:30:00");
        assertThat(ids(as(SUBSTITUTE).get(list))).containsExactly(taskId);
        // Tasklist finds the deployed Camunda Form of the task, with its Turkish labels
        Api.Response form = as(SUBSTITUTE).get("/engine-rest/task/" + taskId + "/deployed-form");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("agenda-proposal");
        assertThat(form.body()).contains("Bu toplantı için öneriniz var mı?").contains("Diğer (başkanın onayıyla)");
        assertThat(as(SUBSTITUTE).get("/engine-rest/task/" + taskId + "/form-variables").json().has("hasProposal")).isTrue();

        Api.Response answered = as(SUBSTITUTE).post("/engine-rest/task/" + taskId + "/complete", rest(proposal("Yabancı öğrencilerin uyumu")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);

        assertThat(ids(as(PRINCIPAL).get(list))).isEmpty();
        assertThat(ids(as(SUBSTITUTE).get(list))).isEmpty();
        AgendaProposalView row = proposals.find(instance.getBusinessKey(), fixture.institution("milli-egitim").getId()).orElseThrow();
        assertThat(row.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(row.submittedBy()).isEqualTo(SUBSTITUTE);
        assertThat(row.topic()).isEqualTo("Yabancı öğrencilerin uyumu");
    }

    @Test
    void aLiaisonOfficerOfAnotherInstitutionCanNeitherSeeNorCompleteTheTask() {
        ProcessInstance instance = fixture.start();
        String taskId = fixture.taskOf(instance, "milli-egitim").getId();
        String ownTask = fixture.taskOf(instance, "saglik").getId();
        Api other = as(OTHER_INSTITUTION);

        assertThat(ids(other.get("/engine-rest/task?processInstanceId=" + instance.getId()))).containsExactly(ownTask);
        assertThat(other.get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(other.post("/engine-rest/task/" + taskId + "/complete", rest(noProposal())).status()).isIn(403, 404);
        assertThat(other.post("/api/tasks/" + taskId + "/complete", noProposal()).status()).isEqualTo(404);
        // nor can a liaison officer of the same institution in another province
        assertThat(as("edirne.milli-egitim.asil").post("/engine-rest/task/" + taskId + "/complete", rest(noProposal())).status()).isIn(403, 404);

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(proposals.forMeeting(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void invalidInputThroughTheEngineRestApiAnswersInTurkishAndKeepsTheTask() {
        ProcessInstance instance = fixture.start();
        String taskId = fixture.taskOf(instance, "milli-egitim").getId();
        Map<String, Object> risk = noProposal();
        risk.put("riskFlag", true);

        Api.Response refused = as(PRINCIPAL).post("/engine-rest/task/" + taskId + "/complete", rest(risk));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).startsWith("Risk işaretlediniz").contains("R10.9")
                .doesNotContain("ENGINE-");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(proposals.forMeeting(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void theSecretariatAcceptsALateAnswerOthersMayNot() {
        ProcessInstance instance = fixture.start();
        String meetingKey = instance.getBusinessKey();
        long education = fixture.institution("milli-egitim").getId();
        long health = fixture.institution("saglik").getId();
        long youth = fixture.institution("genclik-spor").getId();
        taskService.complete(fixture.taskOf(instance, "milli-egitim").getId(), proposal("Uyum"));
        String path = "/api/meetings/" + meetingKey + "/agenda-proposals/";

        // before the due date the institution answers through its own task
        Api.Response tooEarly = as(SECRETARY).post(path + health, proposal("Aşı takvimi"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.message()).contains("görevi henüz kapanmadı");

        clock("2026-03-31T17:31:00");
        fixture.runDueJobs(instance);
        assertThat(proposals.find(meetingKey, health).orElseThrow().status()).isEqualTo(ProposalStatus.LATE);

        for (String user : List.of(PRINCIPAL, "gaziantep.saglik.asil", "gaziantep.valiyardimcisi", "gaziantep.izleyici", "edirne.sekreter")) {
            Api.Response refused = as(user).post(path + health, proposal("Aşı takvimi"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.message()).contains("yalnızca ilin kurul sekreteryası");
        }
        assertThat(proposals.find(meetingKey, health).orElseThrow().status()).isEqualTo(ProposalStatus.LATE);

        Api.Response invalid = as(SECRETARY).post(path + health, proposal(""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.message()).contains("gündem konusunu yazın");
        assertThat(invalid.json().path("fields").has("topic")).isTrue();

        Api.Response accepted = as(SECRETARY).post(path + health, proposal("Aşı takvimi"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("LATE_ACCEPTED");
        assertThat(accepted.json().path("submittedBy").asText()).isEqualTo(SECRETARY);
        assertThat(accepted.json().path("topic").asText()).isEqualTo("Aşı takvimi");
        AgendaProposalView row = proposals.find(meetingKey, health).orElseThrow();
        assertThat(row.status()).isEqualTo(ProposalStatus.LATE_ACCEPTED);
        assertThat(row.lateAt()).isNotNull();

        // an administrator may too; a late "nothing to propose" is accepted as well
        Api.Response byAdmin = as("admin").post(path + youth, noProposal());
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().path("status").asText()).isEqualTo("LATE_ACCEPTED");
        assertThat(byAdmin.json().path("hasProposal").asBoolean()).isFalse();

        Api.Response onTime = as(SECRETARY).post(path + education, proposal("Başka"));
        assertThat(onTime.status()).isEqualTo(400);
        assertThat(onTime.message()).contains("süresinde");
        assertThat(proposals.find(meetingKey, education).orElseThrow().topic()).isEqualTo("Uyum");

        Api.Response unknown = as(SECRETARY).post("/api/meetings/27-1999-9/agenda-proposals/" + health, proposal("Aşı"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).contains("kayıtlı gündem önerisi yok");
    }

    @Test
    void theProvincesSecretariatChairAndManagersReadTheAnswersOthersMayNot() {
        ProcessInstance instance = fixture.start();
        String meetingKey = instance.getBusinessKey();
        taskService.complete(fixture.taskOf(instance, "milli-egitim").getId(), proposal("Uyum"));
        taskService.complete(fixture.taskOf(instance, "saglik").getId(), noProposal());
        String path = "/api/meetings/" + meetingKey + "/agenda-proposals";

        for (String user : List.of(SECRETARY, "gaziantep.valiyardimcisi", "gaziantep.vali", "gaziantep.izleyici", "izleyici", "admin")) {
            Api.Response list = as(user).get(path);
            assertThat(list.status()).as(user + " " + list).isEqualTo(200);
            assertThat(list.json()).hasSize(2);
        }
        JsonNode first = as(SECRETARY).get(path).json().get(0);
        assertThat(first.path("institutionName").asText()).isEqualTo(fixture.institution("milli-egitim").getName());
        assertThat(first.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(first.path("category").asText()).isEqualTo("SOSYAL_UYUM");
        assertThat(first.path("categoryLabel").asText()).isEqualTo("Sosyal uyum");
        assertThat(first.path("riskFlag").asBoolean()).isTrue();

        for (String user : List.of(PRINCIPAL, "edirne.sekreter", "edirne.izleyici")) {
            Api.Response refused = as(user).get(path);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.message()).contains("yalnızca ilin sekreteryası");
        }
        assertThat(as(SECRETARY).get("/api/meetings/27-1999-9/agenda-proposals").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
    }

    /** Form values as the engine's REST API takes them (what Tasklist sends). */
    static Map<String, Object> rest(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof Boolean b
                ? Map.of("value", b, "type", "Boolean") : Map.of("value", value, "type", "String")));
        return Map.of("variables", variables);
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).map(n -> n.path("id").asText()).toList();
    }
}
