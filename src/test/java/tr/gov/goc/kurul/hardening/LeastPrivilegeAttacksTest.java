package tr.gov.goc.kurul.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.MeetingInstances;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * The attacks of the least-privilege review, tried again as the demo's ordinary users (password {@code demo}) against
 * {@code /engine-rest}, the webapps' {@code /camunda/api/engine} and Kurul's {@code /api}: each is refused with a
 * Turkish 4xx, and the engine and Kurul are exactly as before — no process started, no variable changed, no job
 * retry taken, no mail queued, no filter changed, no expression run. Each case and its answer: docs/security.md.
 */
@KurulIntegrationTest
class LeastPrivilegeAttacksTest {

    static final String EDIRNE_SECRETARY = "edirne.sekreter";
    static final String EDIRNE_LIAISON = "edirne.milli-egitim.asil";
    static final String LIAISON = "gaziantep.milli-egitim.asil";
    static final String MANAGER = "gaziantep.izleyici";
    static final String SECRETARY = "gaziantep.sekreter";
    /** An expression with a visible side effect: it would set this system property if it ever ran. */
    static final String PROPERTY = "kurul.saldiri.calisti";
    static final String REFLECTION = "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), "
            + "''.getClass()).invoke(null, '" + PROPERTY + "', 'evet')}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    String meetingKey;
    ProcessInstance cycle;
    Task agendaTask;

    @BeforeEach
    void aGaziantepMeetingWithItsAgendaCall() {
        System.clearProperty(PROPERTY);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2032-03-03T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        Api.Response called = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "requestedBy", "GOVERNOR", "reason", "Saldırı denemesi"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        meetingKey = called.json().path("meetingKey").asText();
        cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingKey).singleResult();
        MeetingInstances.runDueJobs(engine, List.of(meetingKey));
        agendaTask = taskService.createTaskQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                .taskDefinitionKey("Task_SubmitAgendaProposal").taskCandidateGroup("prov-27-liaison-milli-egitim").singleResult();
        assertThat(agendaTask).as("Milli Eğitim'in gündem önerisi görevi").isNotNull();
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        System.clearProperty(PROPERTY);
        MeetingInstances.delete(engine, List.of(meetingKey), "saldırı denemesi bitti");
    }

    // ---------------------------------------------------------------- 1. code execution through a filter

    @Test
    void noOrdinaryUserStoresOrRunsAnExpressionInAFilterAndKurulsFiltersKeepWorking() throws Exception {
        Filter own = filterService.createTaskFilterQuery().filterOwner(EDIRNE_LIAISON).filterName("Kurumumun görevleri").singleResult();
        Filter thisWeek = filterService.createTaskFilterQuery().filterOwner(EDIRNE_LIAISON).filterName("Bu hafta").singleResult();
        Map<String, Object> before = state();
        String attack = JSON.writeValueAsString(Map.of("resourceType", "Task", "name", "Kurumumun görevleri",
                "query", Map.of("dueBeforeExpression", REFLECTION), "properties", Map.of()));
        List<Api.Response> answers = new ArrayList<>();
        for (String user : List.of(EDIRNE_LIAISON, EDIRNE_SECRETARY, MANAGER)) {
            Api api = Api.as(port, user, "demo");
            answers.add(api.put("/engine-rest/filter/" + own.getId(), attack));
            answers.add(api.post("/engine-rest/filter/create", attack));
            answers.add(api.post("/engine-rest/filter/" + own.getId() + "/list", Map.of("dueBeforeExpression", REFLECTION)));
            answers.add(api.post("/engine-rest/filter/" + own.getId() + "/count", Map.of("orQueries",
                    List.of(Map.of("taskCandidateGroupInExpression", REFLECTION)))));
            answers.add(api.get("/engine-rest/filter/" + own.getId() + "/count?dueBeforeExpression=" + java.net.URLEncoder.encode(REFLECTION,
                    java.nio.charset.StandardCharsets.UTF_8)));
            answers.add(api.post("/engine-rest/task", Map.of("dueBeforeExpression", REFLECTION)));
            answers.add(WebappSession.login(port, user, "demo").send("PUT", "/camunda/api/engine/engine/default/filter/" + own.getId(), attack));
        }
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isIn(400, 403, 404);
            assertThat(answer.message()).as(answer.toString()).containsAnyOf("yetkiniz yok", "ifade");
        }
        assertThat(System.getProperty(PROPERTY)).as("ifade çalıştı").isNull();
        assertThat(state()).isEqualTo(before);
        // the owner reads their Kurul filters and no more: the engine itself refuses an update
        assertThat(engine.getAuthorizationService().isUserAuthorized(EDIRNE_LIAISON, groups(EDIRNE_LIAISON),
                org.camunda.bpm.engine.authorization.Permissions.UPDATE, org.camunda.bpm.engine.authorization.Resources.FILTER, own.getId())).isFalse();
        // Kurul's own filters (with "now" and "in 7 days" expressions) still run for their owner, in Tasklist too
        WebappSession tasklist = WebappSession.login(port, EDIRNE_LIAISON, "demo");
        Api.Response count = tasklist.get("/camunda/api/engine/engine/default/filter/" + thisWeek.getId() + "/count");
        assertThat(count.status()).as(count.toString()).isEqualTo(200);
        assertThat(tasklist.postForHal("/camunda/api/engine/engine/default/filter/" + own.getId() + "/list?firstResult=0&maxResults=15",
                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").status()).isEqualTo(200);
    }

    @Test
    void aFilterThatHoldsAForbiddenExpressionIsNeverRunAndNobodyButTheSystemStoresOne() {
        // a filter stored before the guard existed (written past Kurul's filter service, as an old database may hold it)
        Filter legacy = filterService.newTaskFilter("Eski süzgeç");
        legacy.setOwner(EDIRNE_LIAISON);
        legacy.setQuery(taskService.createTaskQuery().dueBeforeExpression(REFLECTION));
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(new SaveFilterCmd(legacy));
        try {
            Api.Response run = Api.as(port, EDIRNE_LIAISON, "demo").get("/engine-rest/filter/" + legacy.getId() + "/count");
            assertThat(run.status()).as(run.toString()).isEqualTo(400);
            assertThat(run.message()).contains("çalıştırılmadı");
            assertThat(System.getProperty(PROPERTY)).isNull();
            // not even an administrator stores an expression; the system stores only "now"-like ones
            Api.Response admin = Api.as(port, "admin", "admin").post("/engine-rest/filter/create", Map.of("resourceType", "Task",
                    "name", "Yönetici denemesi", "query", Map.of("dueBeforeExpression", "${now()}")));
            assertThat(admin.status()).as(admin.toString()).isEqualTo(400);
            assertThat(filterService.createFilterQuery().filterName("Yönetici denemesi").count()).isZero();
            Filter system = filterService.newTaskFilter("Sistem denemesi");
            system.setQuery(taskService.createTaskQuery().dueBeforeExpression(REFLECTION));
            assertThatThrownBy(() -> filterService.saveFilter(system)).hasMessageContaining("izin verilmeyen ifade");
        } finally {
            filterService.deleteFilter(legacy.getId());
        }
    }

    // ---------------------------------------------------------------- 2. starts and messages

    @Test
    void noOrdinaryUserStartsAProcessOrCorrelatesAMessageThroughTheEngine() {
        Map<String, Object> before = state();
        String withPlate22 = "{\"variables\":{\"plateCode\":{\"value\":22,\"type\":\"Integer\"},\"decisionId\":{\"value\":1,\"type\":\"Long\"}}}";
        String withPlate27 = withPlate22.replace("22", "27");
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("decisionFollowUp")
                .latestVersion().singleResult().getId();
        List<String[]> calls = List.of(
                new String[] {"/process-definition/key/yearlyPlanning/start", "{}"},
                new String[] {"/process-definition/key/annualEvaluationStarter/start", "{}"},
                new String[] {"/process-definition/key/mailDelivery/start", withPlate22},
                new String[] {"/process-definition/key/decisionFollowUp/start", withPlate22},
                new String[] {"/process-definition/key/decisionFollowUp/start", withPlate27},
                new String[] {"/process-definition/key/decisionFollowUp/start", "{}"},
                new String[] {"/process-definition/key/decisionFollowUp/tenant-id/prov-22/start", withPlate22},
                new String[] {"/process-definition/" + definitionId + "/start", withPlate22},
                new String[] {"/process-definition/" + definitionId + "/submit-form", withPlate22},
                new String[] {"/message", "{\"messageName\":\"ExtraordinaryMeetingRequestedByPresidency\",\"processVariables\":"
                        + "{\"plateCode\":{\"value\":22,\"type\":\"Integer\"},\"reason\":{\"value\":\"Sahte talep\"}}}"},
                new String[] {"/signal", "{\"name\":\"herhangi\"}"},
                new String[] {"/condition", "{\"variables\":{\"plateCode\":{\"value\":22}}}"});
        for (String user : List.of(EDIRNE_SECRETARY, EDIRNE_LIAISON, "edirne.vali", "edirne.izleyici")) {
            Api rest = Api.as(port, user, "demo");
            WebappSession webapp = WebappSession.login(port, user, "demo");
            for (String[] call : calls) {
                for (Api.Response answer : List.of(rest.post("/engine-rest" + call[0], call[1]),
                        webapp.send("POST", "/camunda/api/engine/engine/default" + call[0], call[1]))) {
                    assertThat(answer.status()).as(user + " " + call[0] + " → " + answer).isEqualTo(403);
                    assertThat(answer.message()).contains("yetkiniz yok");
                }
            }
        }
        assertThat(state()).isEqualTo(before);
        // in the engine itself the secretariat holds no right to start a process any more
        identityService.setAuthentication(EDIRNE_SECRETARY, groups(EDIRNE_SECRETARY), tenants(EDIRNE_SECRETARY));
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("decisionFollowUp", Map.of("plateCode", 22)))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        // the sanctioned way: Kurul's /api checks who and which province, and the instance carries its tenant
        Api.Response foreign = Api.as(port, EDIRNE_SECRETARY, "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Başka ilin toplantısı"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- 3. foreign variables on completion

    @Test
    void aCompletionSetsOnlyTheFieldsOfTheTasksFormWithTheFormsTypesAndLimits() throws Exception {
        Map<String, Object> before = state();
        Object meetingKeyBefore = runtimeService.getVariable(cycle.getId(), "meetingKey");
        Map<String, Object> valid = new LinkedHashMap<>(Map.of("hasProposal", value("no"), "specialRequest", value(false),
                "riskFlag", value(false)));
        List<Map<String, Object>> attacks = new ArrayList<>();
        attacks.add(with(valid, "institutionId", value(443)));
        attacks.add(with(valid, "meetingKey", value("22-2027-1")));
        attacks.add(with(valid, "plateCode", value(22)));
        attacks.add(with(valid, "belge", Map.of("value", "PGh0bWw+", "type", "File",
                "valueInfo", Map.of("filename", "a.html", "mimeType", "text/html"))));
        attacks.add(with(valid, "activities", Map.of("value", "{}", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat", "application/json"))));
        attacks.add(with(valid, "topic", value("x".repeat(201))));
        attacks.add(with(valid, "category", value("YOK_BOYLE")));
        attacks.add(with(valid, "riskFlag", value("evet")));
        attacks.add(with(valid, "hasProposal", Map.of("value", "2032-03-03T00:00:00.000+0300", "type", "Date")));
        Api rest = Api.as(port, LIAISON, "demo");
        WebappSession tasklist = WebappSession.login(port, LIAISON, "demo");
        for (Map<String, Object> variables : attacks) {
            String body = JSON.writeValueAsString(Map.of("variables", variables));
            for (Api.Response answer : List.of(
                    rest.post("/engine-rest/task/" + agendaTask.getId() + "/complete", body),
                    rest.post("/engine-rest/task/" + agendaTask.getId() + "/submit-form", body),
                    tasklist.send("POST", "/camunda/api/engine/engine/default/task/" + agendaTask.getId() + "/submit-form", body))) {
                assertThat(answer.status()).as(variables.keySet() + " → " + answer).isEqualTo(400);
                assertThat(answer.message()).as(answer.toString()).matches("(?s).*(alan|türünde|nesne).*");
            }
        }
        // Kurul's own /api: only the form's fields, plain values; HTML, emoji, objects and long texts refused
        for (Map<String, Object> plain : List.of(
                Map.<String, Object>of("hasProposal", "no", "institutionId", 443),
                Map.<String, Object>of("hasProposal", "no", "not", "<script>alert(1)</script>"),
                Map.<String, Object>of("hasProposal", "no", "activities", "<b>kalın</b>"),
                Map.<String, Object>of("hasProposal", "no", "activities", "Uyum 😀"),
                Map.<String, Object>of("hasProposal", "no", "activities", Map.of("class", "java.lang.ProcessBuilder")),
                Map.<String, Object>of("hasProposal", "no", "extra", "y".repeat(5000)))) {
            Api.Response answer = rest.post("/api/tasks/" + agendaTask.getId() + "/complete", plain);
            assertThat(answer.status()).as(plain.keySet() + " → " + answer).isEqualTo(400);
        }
        assertThat(taskService.createTaskQuery().taskId(agendaTask.getId()).count()).as("görev açık kaldı").isEqualTo(1);
        assertThat(runtimeService.getVariable(cycle.getId(), "meetingKey")).isEqualTo(meetingKeyBefore);
        assertThat(state()).isEqualTo(before);
        // the form's own fields complete the task
        Api.Response done = rest.post("/engine-rest/task/" + agendaTask.getId() + "/submit-form", Map.of("variables", valid));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agenda_proposal WHERE meeting_key = ?", Integer.class, meetingKey)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- 4. refused calls with side effects

    @Test
    void aRefusedCallOnAnotherProvincesJobTakesNoRetryAndChangesNothing() {
        List<Job> jobs = new ArrayList<>(managementService.createJobQuery().processInstanceId(cycle.getId()).list());
        jobs.addAll(managementService.createJobQuery().processDefinitionKey("yearlyPlanning").list());
        assertThat(jobs).as("Gaziantep'in döngü zamanlayıcısı ve yıllık planlama zamanlayıcısı").isNotEmpty();
        Map<String, Object> before = state();
        for (String user : List.of(EDIRNE_SECRETARY, EDIRNE_LIAISON, SECRETARY, MANAGER)) {
            Api api = Api.as(port, user, "demo");
            for (Job job : jobs) {
                for (int i = 0; i < 5; i++) {
                    assertThat(api.post("/engine-rest/job/" + job.getId() + "/execute", "").status()).isEqualTo(403);
                }
                assertThat(api.put("/engine-rest/job/" + job.getId() + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
                assertThat(api.put("/engine-rest/job/" + job.getId() + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0300")).status())
                        .isEqualTo(403);
                assertThat(api.post("/engine-rest/job/retries", Map.of("jobIds", List.of(job.getId()), "retries", 0)).status()).isEqualTo(403);
            }
            assertThat(api.post("/engine-rest/process-instance/" + cycle.getId() + "/variables",
                    Map.of("modifications", Map.of("meetingKey", Map.of("value", "22-2027-1")))).status()).isEqualTo(403);
            assertThat(api.put("/engine-rest/task/" + agendaTask.getId() + "/variables/meetingKey", Map.of("value", "x")).status()).isEqualTo(403);
            assertThat(api.delete("/engine-rest/process-instance/" + cycle.getId()).status()).isEqualTo(403);
        }
        assertThat(state()).isEqualTo(before);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(cycle.getId()).count()).isZero();
    }

    // ---------------------------------------------------------------- 6. smaller: metrics, health, 500s

    @Test
    void engineMetricsAreTheAdministratorsAndHealthShowsAnonymousCallersTheStatusAlone() throws Exception {
        for (String user : List.of(LIAISON, SECRETARY, MANAGER, "gaziantep.vali")) {
            assertThat(Api.as(port, user, "demo").get("/engine-rest/metrics/activity-instance-start/sum").status()).as(user).isEqualTo(403);
            assertThat(Api.as(port, user, "demo").get("/engine-rest/metrics").status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as(port, "admin", "admin").get("/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(200);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aClientsMistakeIsA4xxWithATurkishMessageNeverA500() throws Exception {
        Map<String, Object> before = state();
        Api secretary = Api.as(port, SECRETARY, "demo");
        Api admin = Api.as(port, "admin", "admin");
        List<Api.Response> answers = new ArrayList<>(List.of(
                secretary.get("/engine-rest/task?firstResult=-5"),
                secretary.get("/engine-rest/task?maxResults=x"),
                secretary.post("/engine-rest/task", Map.of("orQueries", "x")),
                secretary.post("/engine-rest/task", "{\"orQueries\":[{\"dueBefore\":\"dün\"}]}"),
                secretary.get("/engine-rest/task/zzzz/variables"),
                secretary.get("/engine-rest/task/zzzz/deployed-form"),
                secretary.get("/engine-rest/process-instance/zzzz/variables"),
                secretary.delete("/engine-rest/task/" + agendaTask.getId()),
                admin.delete("/engine-rest/task/" + agendaTask.getId()),
                admin.get("/engine-rest/task/zzzz/identity-links"),
                admin.post("/engine-rest/task/" + agendaTask.getId() + "/variables",
                        Map.of("modifications", Map.of("x", Map.of("value", "{}", "type", "Object",
                                "valueInfo", Map.of("objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat", "application/json"))))),
                Api.as(port, LIAISON, "demo").get("/engine-rest/bilinmeyen-adres")));
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.message()).as(answer.toString()).matches("(?s).*[çğıöşüÇĞİÖŞÜ].*");
        }
        for (Api api : List.of(Api.anonymous(port), secretary)) {
            Api.Response error = api.get("/error");
            assertThat(error.status()).as(error.toString()).isBetween(400, 499);
        }
        assertThat(taskService.createTaskQuery().taskId(agendaTask.getId()).count()).isEqualTo(1);
        assertThat(state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(name, value);
        return copy;
    }

    private List<String> groups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> tenants(String user) {
        return identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    }

    /** What an attack could change: the engine's instances, variables, jobs and retries, filters, Kurul's mails. */
    private Map<String, Object> state() {
        Map<String, Object> state = new TreeMap<>();
        state.put("process instances", runtimeService.createProcessInstanceQuery().count());
        state.put("historic instances", historyService.createHistoricProcessInstanceQuery().count());
        state.put("tasks", taskService.createTaskQuery().count());
        state.put("variables", runtimeService.createVariableInstanceQuery().list().stream()
                .map(v -> v.getId() + "=" + v.getValue()).sorted().toList());
        state.put("jobs", managementService.createJobQuery().list().stream()
                .map(j -> j.getId() + ":" + j.getRetries() + ":" + j.getDuedate()).sorted().toList());
        state.put("incidents", runtimeService.createIncidentQuery().count());
        state.put("filters", filterService.createFilterQuery().list().stream()
                .map(f -> f.getId() + ":" + f.getName() + ":" + f.getOwner() + ":" + ((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) f).getQueryInternal())
                .sorted().toList());
        state.put("mails", jdbc.queryForObject("SELECT COUNT(*) FROM mail_message", Long.class));
        state.put("notices", jdbc.queryForObject("SELECT COUNT(*) FROM notice", Long.class));
        state.put("agenda proposals", jdbc.queryForObject("SELECT COUNT(*) FROM agenda_proposal", Long.class));
        return state;
    }
}
