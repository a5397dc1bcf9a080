package tr.gov.goc.kurul.identity;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * Each user finds their work through their own Tasklist filters, created from their roles: the liaison officer of
 * Milli Eğitim in Gaziantep sees "Kurumumun görevleri", "Gecikenler", "Bu hafta" with their institution's task in
 * them (and the business data as list variables); the secretary "İlimin toplantıları"; nobody sees anybody
 * else's filters; a second synchronisation changes nothing; a lost role takes its filters away.
 */
@KurulIntegrationTest
class TaskFiltersTest {

    private static final String OFFICER = "gaziantep.milli-egitim.asil";
    private static final String SECRETARY = "gaziantep.sekreter";
    private static final String MANAGER = "izleyici";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskFilters taskFilters;
    @Autowired
    IdentitySynchronizer synchronizer;

    String deploymentId;
    String taskOfOfficer;

    @BeforeEach
    void startATaskForMilliEgitim() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2030-05-06T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        deploymentId = repositoryService.createDeployment().name("filtre-denemesi")
                .addClasspathResource("bpmn/authorization-probe.bpmn").deploy().getId();
        String instance = runtimeService.startProcessInstanceByKey("authorizationProbe", Map.of("plateCode", 27,
                "candidateGroup", GroupIds.liaison(27, "milli-egitim"), "meetingTitle", "Gaziantep İl GKK 2030/2",
                "institutionName", "Gaziantep İl Milli Eğitim Müdürlüğü")).getId();
        taskOfOfficer = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        // due in three days: "Bu hafta", not yet "Gecikenler"
        taskService.setDueDate(taskOfOfficer, Date.from(LocalDateTime.parse("2030-05-09T17:30:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
    }

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        repositoryService.deleteDeployment(deploymentId, true);
        synchronizer.syncAll();
    }

    @Test
    void aLiaisonOfficerFindsTheirInstitutionsTaskUnderTheirFilters() {
        WebappSession tasklist = WebappSession.login(port, OFFICER, "demo");
        Map<String, JsonNode> filters = filters(tasklist);
        assertThat(filters).containsKeys("Kurumumun görevleri", "Gecikenler", "Bu hafta", "Tüm görevler")
                .doesNotContainKeys("İlimin toplantıları", "Süresi yaklaşanlar", "İzlediğim görevler");

        assertThat(list(tasklist, filters.get("Kurumumun görevleri"))).containsExactly(taskOfOfficer);
        assertThat(list(tasklist, filters.get("Bu hafta"))).containsExactly(taskOfOfficer);
        assertThat(list(tasklist, filters.get("Gecikenler"))).isEmpty();
        // the list shows what the task is about without opening it
        JsonNode variables = filters.get("Kurumumun görevleri").path("properties").path("variables");
        assertThat(StreamSupport.stream(variables.spliterator(), false).map(v -> v.path("label").asText()))
                .contains("Toplantı", "Kurum");

        // a week later the task is late
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2030-05-13T09:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        assertThat(list(tasklist, filters.get("Gecikenler"))).containsExactly(taskOfOfficer);
        assertThat(list(tasklist, filters.get("Bu hafta"))).isEmpty();
    }

    @Test
    void theSecretaryAndTheManagerHaveTheirOwnFiltersAndNobodyElses() {
        Map<String, JsonNode> secretary = filters(WebappSession.login(port, SECRETARY, "demo"));
        assertThat(secretary).containsKeys("İlimin toplantıları", "Süresi yaklaşanlar")
                .doesNotContainKeys("Kurumumun görevleri", "Gecikenler", "İzlediğim görevler");
        Map<String, JsonNode> manager = filters(WebappSession.login(port, MANAGER, "demo"));
        assertThat(manager).containsKeys("İzlediğim görevler", "İzlediğim gecikenler")
                .doesNotContainKeys("Kurumumun görevleri", "İlimin toplantıları");
        assertThat(list(WebappSession.login(port, MANAGER, "demo"), manager.get("İzlediğim görevler"))).contains(taskOfOfficer);
    }

    @Test
    void synchronisingAgainChangesNothingAndALostRoleTakesItsFiltersAway() {
        List<String> before = ownFilters(OFFICER);
        synchronizer.syncAll();
        synchronizer.syncAll();
        assertThat(ownFilters(OFFICER)).containsExactlyInAnyOrderElementsOf(before).hasSize(3);

        // the officer is no longer a liaison officer: the role's filters go, a filter of their own stays
        Filter own = filterService.newTaskFilter("Benim filtrem");
        own.setOwner(OFFICER);
        own.setQuery(taskService.createTaskQuery());
        filterService.saveFilter(own);
        try {
            taskFilters.ensureFor(OFFICER, List.of());
            assertThat(ownFilters(OFFICER)).containsExactly("Benim filtrem");
        } finally {
            filterService.deleteFilter(own.getId());
        }
        synchronizer.syncAll();
        assertThat(ownFilters(OFFICER)).containsExactlyInAnyOrder("Kurumumun görevleri", "Gecikenler", "Bu hafta");
    }

    private List<String> ownFilters(String user) {
        return filterService.createTaskFilterQuery().filterOwner(user).list().stream().map(Filter::getName).toList();
    }

    private static Map<String, JsonNode> filters(WebappSession tasklist) {
        JsonNode all = tasklist.json("/camunda/api/engine/engine/default/filter?resourceType=Task");
        Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
        all.forEach(f -> {
            assertThat(byName.put(f.path("name").asText(), f)).as("filtre iki kez: %s", f.path("name")).isNull();
        });
        return byName;
    }

    private static List<String> list(WebappSession tasklist, JsonNode filter) {
        JsonNode tasks = tasklist.json("/camunda/api/engine/engine/default/filter/" + filter.path("id").asText() + "/list");
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("id").asText()).toList();
    }
}
