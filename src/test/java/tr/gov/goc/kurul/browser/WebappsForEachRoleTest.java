package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.EngineApiCalls;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.MeetingInstances;

/**
 * Tasklist, Cockpit, Admin and the welcome page still work for every role under the engine API's allow-list: as a
 * liaison officer, a secretary, a chair, a manager and the administrator, a real browser opens the pages that role
 * uses (Tasklist's filters, a task with its history and diagram, the start dialog; Cockpit's dashboard, processes, a
 * definition, an instance with its tabs, human tasks, decisions, deployments; Admin's users, groups, tenants,
 * authorizations and system pages; the profile) — and the guard refuses none of the calls the webapps make. The
 * routes each role called are written to target/engine-api-calls.txt (what the allow-list was derived from).
 */
@KurulIntegrationTest
class WebappsForEachRoleTest {

    static final String LIAISON = "edirne.milli-egitim.asil";
    static final String SECRETARY = "edirne.sekreter";
    static final String CHAIR = "edirne.vali";
    static final String MANAGER = "edirne.izleyici";
    static final String ADMIN = "admin";
    static final int EDIRNE = 22;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    final List<String> meetingKeys = new ArrayList<>();
    Browser browser;

    @BeforeEach
    void anEdirneAgendaCallAndAChairsDecision() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-03-04T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        for (String requestedBy : List.of("GOVERNOR", "IL_GIM_PROPOSAL")) {
            // R7.3: the Vali's own call comes from the chair's group, a proposal from the İl GİM
            Api.Response called = Api.as(port, requestedBy.equals("GOVERNOR") ? CHAIR : SECRETARY, "demo").post("/api/meetings/extraordinary", Map.of(
                    "plateCode", EDIRNE, "requestedBy", requestedBy, "reason", "Rol denemesi (" + requestedBy + ")"));
            assertThat(called.status()).as(called.toString()).isEqualTo(201);
            String key = called.json().path("meetingKey").asText();
            meetingKeys.add(key.isBlank() ? called.json().path("requestKey").asText() : key);
        }
        MeetingInstances.runDueJobs(engine, meetingKeys);
    }

    @AfterEach
    void cleanUp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            ClockUtil.reset();
            MeetingInstances.delete(engine, meetingKeys, "WebappsForEachRoleTest bitti");
        }
    }

    @Test
    void everyRoleUsesItsWebappsWithoutARefusal() throws IOException {
        Map<String, Set<String>> called = new LinkedHashMap<>();
        Map<String, Set<String>> refused = new LinkedHashMap<>();
        try (EngineApiCalls calls = new EngineApiCalls()) {
            walk(LIAISON, "demo", taskOf(LIAISON), false, false);
            walk(CHAIR, "demo", taskOf(CHAIR), false, false);
            walk(SECRETARY, "demo", taskOf(SECRETARY), true, false);
            walk(MANAGER, "demo", null, true, false);
            walk(ADMIN, "admin", taskOf(SECRETARY), true, true);
            for (String user : List.of(LIAISON, CHAIR, SECRETARY, MANAGER, ADMIN)) {
                called.put(user, calls.allowed(user));
                refused.put(user, calls.refused(user));
            }
        }
        StringBuilder report = new StringBuilder("# Camunda REST routes the webapps called per role (WebappsForEachRoleTest)\n");
        called.forEach((user, routes) -> routes.forEach(r -> report.append(user).append('\t').append(r).append('\n')));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "engine-api-calls.txt"), report);
        assertThat(called.get(LIAISON)).as("Tasklist'in çağrıları kaydedildi").contains("GET /filter", "GET /task/{id}");
        refused.forEach((user, routes) -> assertThat(routes).as("%s için reddedilen webapp çağrıları", user).isEmpty());
    }

    private void walk(String user, String password, String taskId, boolean cockpit, boolean admin) {
        browser = Browser.start(port);
        browser.loginTo("tasklist", user, password);
        // each name once: the administrator's list holds every user's own filters, many of the same name, and
        // selectFilter picks the first of a name — running it again only repeats the same calls
        for (String filter : browser.filterNames().stream().distinct().toList()) {
            browser.selectFilter(filter);
            browser.awaitQuiet();
        }
        if (taskId != null) {
            for (String tab : List.of("form", "history", "diagram")) {
                browser.visit("/camunda/app/tasklist/default/#/?task=" + taskId + "&detailsTab=" + tab);
            }
        }
        browser.clickIfPresent(".start-process-action a");
        browser.visit("/camunda/app/welcome/default/#!/welcome");
        if (cockpit) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKeys.get(0) + "%")
                    .rootProcessInstances().list().get(0);
            String cockpitRoot = "/camunda/app/cockpit/default/#";
            browser.visit(cockpitRoot + "/dashboard");
            browser.visit(cockpitRoot + "/processes");
            browser.visit(cockpitRoot + "/process-definition/" + instance.getProcessDefinitionId() + "/runtime");
            for (String tab : List.of("variables-tab", "incidents-tab", "called-process-instances-tab", "user-tasks-tab")) {
                browser.visit(cockpitRoot + "/process-instance/" + instance.getId() + "/runtime?tab=" + tab);
            }
            browser.visit(cockpitRoot + "/tasks");
            browser.visit(cockpitRoot + "/decisions");
            browser.visit(cockpitRoot + "/repository");
            browser.visit(cockpitRoot + "/batch");
            browser.visit("/camunda/app/cockpit/default/#/dashboard");
            browser.clickIfPresent("a.kurul-dashboard-link");
        }
        if (admin) {
            String adminRoot = "/camunda/app/admin/default/#";
            for (String page : List.of("/users", "/users/" + SECRETARY + "?tab=profile", "/users/" + SECRETARY + "?tab=groups",
                    "/groups", "/groups/prov-22-secretariat?tab=users", "/tenants/prov-22?tab=tenant", "/authorization?resource=0",
                    "/system?section=system-settings-general", "/system?section=system-settings-metrics")) {
                browser.visit(adminRoot + page);
            }
        } else {
            browser.visit("/camunda/app/admin/default/#/users/" + user + "?tab=profile");
        }
        browser.close();
        browser = null;
    }

    private String taskOf(String user) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        return meetingKeys.stream().flatMap(key -> taskService.createTaskQuery().processInstanceBusinessKeyLike(key + "%")
                        .taskCandidateGroupIn(groups).active().list().stream())
                .map(Task::getId).findFirst().orElse(null);
    }
}
