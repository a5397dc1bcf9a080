package tr.gov.goc.kurul.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * The engine API's allow-list as a matrix, in the way {@code hardening.AccessMatrixTest} covers {@code /api}: every
 * route of Camunda's REST API (enumerated from its JAX-RS classes, so a route a Camunda upgrade adds fails here until
 * {@code identity/engine-api-access.txt} decides it) × every role (a demo user of each: liaison officer, secretariat,
 * chair's office, manager, administrator) × both doors ({@code /engine-rest} with HTTP Basic, the webapps'
 * {@code /camunda/api/engine} with a Tasklist session). A refused route answers a Turkish 403 before the engine runs
 * anything — the engine's state is the same afterwards; a route a role may read answers, for an id that does not
 * exist, a 4xx, never a 500.
 */
@KurulIntegrationTest
class EngineApiMatrixTest {

    /** One demo user per role, each with that role alone. */
    static final Map<GroupKind, String[]> USERS = new EnumMap<>(Map.of(
            GroupKind.LIAISON, new String[] {"gaziantep.milli-egitim.asil", "demo"},
            GroupKind.SECRETARIAT, new String[] {"gaziantep.sekreter2", "demo"}, // gaziantep.sekreter also sits on district boards (R4.3)
            GroupKind.CHAIR, new String[] {"gaziantep.vali", "demo"},
            GroupKind.MANAGERS, new String[] {"gaziantep.izleyici", "demo"},
            GroupKind.ADMINISTRATORS, new String[] {"admin", "admin"}));

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;

    @BeforeEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void everyRouteOfCamundasRestApiIsDecidedForEveryRole() {
        EngineAccessPolicy policy = EngineAccessPolicy.load();
        Set<String> inCamunda = new TreeSet<>(EngineRoutes.all().stream().map(EngineRoute::key).toList());
        assertThat(inCamunda).as("Camunda'nın REST yolları okundu").hasSizeGreaterThan(400)
                .contains("GET /task/{id}", "POST /task/{id}/complete", "POST /job/{id}/execute", "PUT /filter/{id}");
        Set<String> undecided = new TreeSet<>(inCamunda);
        undecided.removeAll(policy.decidedRoutes());
        assertThat(undecided).as("identity/engine-api-access.txt içinde her rol için karara bağlanmamış Camunda yolları").isEmpty();
        Set<String> stale = new TreeSet<>(policy.decidedRoutes());
        stale.removeAll(inCamunda);
        assertThat(stale).as("identity/engine-api-access.txt içinde Camunda'da olmayan yollar").isEmpty();
    }

    @Test
    void theDemoUsersHaveOneRoleEach() {
        USERS.forEach((kind, user) -> assertThat(GroupKind.of(identityService.createGroupQuery().groupMember(user[0]).list()
                .stream().map(Group::getId).toList())).as(user[0]).containsExactly(kind));
    }

    @Test
    void everyRefusedRouteIsATurkish403BeforeTheEngineRunsAnything() {
        EngineAccessPolicy policy = EngineAccessPolicy.load();
        Map<String, Long> before = engineState();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Map.Entry<GroupKind, String[]> role : USERS.entrySet()) {
            String user = role.getValue()[0];
            Api rest = Api.as(port, user, role.getValue()[1]);
            WebappSession webapp = WebappSession.login(port, user, role.getValue()[1]);
            for (EngineRoute route : EngineRoutes.all()) {
                if (policy.grant(route, role.getKey()) == EngineAccessPolicy.Grant.ALLOWED) {
                    continue;
                }
                String path = concrete(route, "baska.kullanici");
                String body = route.method().equals("GET") || route.method().equals("OPTIONS") ? null : "{}";
                refused++;
                check(failures, role.getKey() + " /engine-rest " + route.key(), rest.send(route.method(), "/engine-rest" + path, body));
                check(failures, role.getKey() + " webapp " + route.key(),
                        webapp.send(route.method(), "/camunda/api/engine/engine/default" + path, body));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refused).as("reddedilen rol × yol").isGreaterThan(1500);
        assertThat(engineState()).as("reddedilen çağrılardan sonra motorun durumu").isEqualTo(before);
    }

    @Test
    void ownUserRoutesAreTheCallersAlone() {
        Api liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        Api.Response other = liaison.put("/engine-rest/user/gaziantep.saglik.asil/credentials",
                Map.of("password", "Yeni-Parola-123", "authenticatedUserPassword", "demo"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(identityService.checkPassword("gaziantep.saglik.asil", "demo")).isTrue();
        Api.Response own = liaison.put("/engine-rest/user/gaziantep.milli-egitim.asil/credentials",
                Map.of("password", "demo", "authenticatedUserPassword", "demo"));
        assertThat(own.status()).as(own.toString()).isIn(204, 400); // allowed; Camunda's password policy may refuse "demo"
    }

    @Test
    void unknownAndMalformedPathsAreRefused() throws Exception {
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        for (String path : List.of("/engine-rest/task/x/bilinmeyen", "/engine-rest/t%61sk/x/complete",
                "/engine-rest/task/x%2Fy/complete", "/engine-rest/task/../job/x/execute", "/engine-rest/task;x=1/x/complete")) {
            Api.Response response = secretary.post(path, "{}");
            assertThat(response.status()).as(path + " → " + response).isIn(400, 403);
            if (!path.contains("%2F")) { // an encoded slash Tomcat itself refuses (400) before any filter
                assertThat(response.message()).as(path).isNotBlank();
            }
        }
        // a GET that asks to be treated as a DELETE is refused, not passed on
        java.net.http.HttpResponse<String> override = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/engine-rest/task"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("gaziantep.izleyici:demo".getBytes()))
                        .header("X-HTTP-Method-Override", "DELETE").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(override.statusCode()).isEqualTo(400);
    }

    @Test
    void aRouteARoleMayReadAnswersAClientsMistakeWithA4xxNeverA500() {
        EngineAccessPolicy policy = EngineAccessPolicy.load();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<GroupKind, String[]> role : USERS.entrySet()) {
            Api rest = Api.as(port, role.getValue()[0], role.getValue()[1]);
            for (EngineRoute route : EngineRoutes.all()) {
                if (!route.method().equals("GET") || policy.grant(route, role.getKey()) != EngineAccessPolicy.Grant.ALLOWED
                        || route.template().startsWith("/history/cleanup") || route.template().startsWith("/telemetry")) {
                    continue;
                }
                Api.Response response = rest.get("/engine-rest" + concrete(route, role.getValue()[0]));
                if (response.status() >= 500) {
                    failures.add(role.getKey() + " GET " + route.template() + " → " + response);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A path of the route with ids that exist nowhere ({id} of a user route: the given user). */
    static String concrete(EngineRoute route, String userId) {
        StringBuilder path = new StringBuilder();
        for (String segment : route.segments()) {
            path.append('/');
            if (!EngineRoute.isVariable(segment)) {
                path.append(segment);
            } else if (route.template().startsWith("/user/") && segment.equals("{id}")) {
                path.append(userId);
            } else if (segment.contains("tenant")) {
                path.append("prov-27");
            } else {
                path.append("kurul-deneme-yok");
            }
        }
        return path.toString();
    }

    private static void check(List<String> failures, String what, Api.Response response) {
        if (response.status() != 403) {
            failures.add(what + " → " + response + " (beklenen 403)");
        } else if (!response.body().contains("yetkiniz yok") && !response.body().contains("izin verilmiyor")) {
            failures.add(what + " → 403 without the Turkish refusal: " + response);
        }
    }

    /** What a refused call could have changed: counts and sums over the engine's runtime, history and identity. */
    private Map<String, Long> engineState() {
        Map<String, Long> state = new LinkedHashMap<>();
        state.put("process instances", runtimeService.createProcessInstanceQuery().count());
        state.put("tasks", taskService.createTaskQuery().count());
        state.put("variables", runtimeService.createVariableInstanceQuery().count());
        state.put("jobs", managementService.createJobQuery().count());
        state.put("job retries", managementService.createJobQuery().list().stream().mapToLong(j -> j.getRetries()).sum());
        state.put("incidents", runtimeService.createIncidentQuery().count());
        state.put("deployments", repositoryService.createDeploymentQuery().count());
        state.put("suspended definitions", repositoryService.createProcessDefinitionQuery().suspended().count());
        state.put("historic instances", historyService.createHistoricProcessInstanceQuery().count());
        state.put("filters", filterService.createFilterQuery().count());
        state.put("authorizations", authorizationService.createAuthorizationQuery().count());
        state.put("users", identityService.createUserQuery().count());
        state.put("groups", identityService.createGroupQuery().count());
        state.put("tenants", identityService.createTenantQuery().count());
        return state;
    }
}
