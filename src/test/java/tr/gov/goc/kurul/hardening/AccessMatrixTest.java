package tr.gov.goc.kurul.hardening;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * Access, end to end, as a matrix: every route family — each {@code /api} route (enumerated from the code, so a new
 * route without a row here fails), Camunda's {@code /engine-rest} (task, variables, process instance, history,
 * deployment, user) and the webapps' {@code /camunda/api/engine} — tried against one Gaziantep (27) task of the
 * Milli Eğitim liaison group and Gaziantep's registry, by: nobody (401), a liaison officer of another institution,
 * a liaison officer and the secretary of another province (Edirne), and a manager (read-only: every change 403).
 * After each actor, nothing has changed.
 */
@KurulIntegrationTest
class AccessMatrixTest {

    static final String OTHER_INSTITUTION = "gaziantep.saglik.asil";
    static final String OTHER_PROVINCE_LIAISON = "edirne.saglik.asil";
    static final String OTHER_PROVINCE_SECRETARY = "edirne.sekreter";
    static final String MANAGER = "gaziantep.izleyici";

    /** What a route gives access to; decides the expected answer per actor. */
    enum Kind {
        /** Reference data and computations every signed-in user may read (provinces, catalogues, the calendar rules). */
        REFERENCE,
        /** The caller's own things (their notices, their task list). */
        OWN,
        /** Registry and meetings of a province: its members read them (contacts masked, see KVKK test). */
        PROVINCE_READ,
        /** Only the secretariat, the chair and managers of the province read it. */
        BOARD_OFFICE_READ,
        /** The Milli Eğitim task: only its group, the province's secretariat and managers. */
        TASK_READ,
        /** Any change: administrators, or the province's secretariat/chair where the rule says so. */
        WRITE,
        /** Completing the Milli Eğitim task: only its group. */
        TASK_WRITE,
        /** Each province's secretariat (and administrators) reads its own province's part: the mail log. */
        SECRETARIAT,
        /** The national dashboard: managers and secretariats, each sees what their role covers; liaison officers not. */
        DASHBOARD,
        /**
         * The password page's two calls, open to anyone with or without a login (account.PasswordController): the same
         * answer for every caller, decided in {@link AccessMatrixTest#publicAnswers}, never a 401.
         */
        PUBLIC
    }

    record Route(String method, String pattern, String path, Object body, Kind kind) {
        String key() {
            return method + " " + pattern;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Notices notices;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Registry registry;
    String deploymentId;
    String processInstanceId;
    String taskId;
    static String meetingKey;
    static final int REPORT_YEAR = 2088;

    @BeforeEach
    void gaziantepTaskOfMilliEgitim() {
        TestClock.reset();
        registry = new Registry(port);
        deploymentId = repositoryService.createDeployment().name("erisim-matrisi")
                .addClasspathResource("bpmn/authorization-probe.bpmn").deploy().getId();
        processInstanceId = runtimeService.startProcessInstanceByKey("authorizationProbe",
                Map.of("plateCode", 27, "candidateGroup", "prov-27-liaison-milli-egitim", "gizli", "yalnız Milli Eğitim görür"))
                .getId();
        taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        if (meetingKey == null) {
            meetingKey = gaziantepMeeting();
        }
    }

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    /** An extraordinary Gaziantep meeting (its row is what the routes need; its process is removed at once). */
    private String gaziantepMeeting() {
        Api.Response created = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 27, "requestedBy", "GOVERNOR", "reason", "Erişim denemesi"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // an Ek-3 report of Gaziantep for the report routes (R13.1)
        Api.Response report = registry.admin().post("/api/annual-reports/27/" + REPORT_YEAR, "");
        assertThat(report.status()).as(report.toString()).isIn(200, 201, 400);
        String key = created.json().path("meetingKey").asText();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "erişim denemesi", true, true));
        return key;
    }

    /** Every /api route with a concrete Gaziantep path; the set of keys must equal the routes in the code. */
    List<Route> apiRoutes() {
        Api admin = registry.admin();
        long board = registry.board(27, null).path("id").asLong();
        long district = admin.get("/api/provinces/27/districts").json().get(0).path("id").asLong();
        JsonNode institution = Registry.stream(admin.get("/api/institutions?province=27").json())
                .filter(i -> i.path("code").asText().equals("milli-egitim")).findFirst().orElseThrow();
        long institutionId = institution.path("id").asLong();
        JsonNode person = person("gaziantep.milli-egitim.asil");
        long personId = person.path("id").asLong();
        long membership = admin.get("/api/boards/" + board + "/members").json().get(0).path("id").asLong();
        String policy = admin.get("/api/policy-parameters").json().get(0).path("name").asText();
        int year = TestClock.YEAR;
        long liaison = admin.get("/api/liaison-officers?province=27&year=" + year).json().get(0).path("id").asLong();
        long notice = notices.toGroup("prov-27-secretariat", "TEST", "Erişim denemesi", "Yalnız Gaziantep sekreteryası",
                meetingKey).getId();
        String pastMeeting = meetingKey; // no minutes yet: a reader gets the Turkish 404 "henüz tutanağı yok" (see check)
        Map<String, Object> personBody = Map.of("firstName", "Deneme", "lastName", "Kişi", "institutionId", institutionId);
        return List.of(
                new Route("GET", "/api/provinces", "/api/provinces", null, Kind.REFERENCE),
                new Route("GET", "/api/provinces/{plateCode}", "/api/provinces/27", null, Kind.REFERENCE),
                new Route("GET", "/api/provinces/{plateCode}/districts", "/api/provinces/27/districts", null, Kind.REFERENCE),
                new Route("GET", "/api/provinces/{plateCode}/readiness", "/api/provinces/27/readiness", null, Kind.BOARD_OFFICE_READ),
                new Route("POST", "/api/provinces/{plateCode}/planning/{year}", "/api/provinces/27/planning/2090", null, Kind.WRITE),
                new Route("GET", "/api/districts/{id}", "/api/districts/" + district, null, Kind.REFERENCE),
                new Route("PUT", "/api/districts/{id}", "/api/districts/" + district, Map.of("hasMigrationDirectorate", true), Kind.WRITE),
                new Route("GET", "/api/institution-kinds", "/api/institution-kinds", null, Kind.REFERENCE),
                new Route("GET", "/api/institutions", "/api/institutions?province=27", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/institutions/{id}", "/api/institutions/" + institutionId, null, Kind.PROVINCE_READ),
                new Route("POST", "/api/institutions", "/api/institutions", Map.of("plateCode", 27, "name", "Deneme Kurumu"), Kind.WRITE),
                new Route("PUT", "/api/institutions/{id}", "/api/institutions/" + institutionId, Map.of("name", "Değiştirilmiş"), Kind.WRITE),
                new Route("GET", "/api/people", "/api/people?province=27", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/people/{id}", "/api/people/" + personId, null, Kind.PROVINCE_READ),
                new Route("GET", "/api/people/{id}/history", "/api/people/" + personId + "/history", null, Kind.PROVINCE_READ),
                new Route("POST", "/api/people", "/api/people", personBody, Kind.WRITE),
                new Route("PUT", "/api/people/{id}", "/api/people/" + personId, personBody, Kind.WRITE),
                new Route("DELETE", "/api/people/{id}", "/api/people/" + personId, null, Kind.WRITE),
                new Route("POST", "/api/people/{id}/password-invitation", "/api/people/" + personId + "/password-invitation", null, Kind.WRITE),
                // who may send invitations sees where they stand: the same people as for a change
                new Route("GET", "/api/password-invitations", "/api/password-invitations?province=27", null, Kind.WRITE),
                new Route("POST", "/api/password/set", "/api/password/set",
                        Map.of("token", "gecersiz-bir-belirtec", "password", "Uzun ama boşuna bir parola", "passwordRepeat", "Uzun ama boşuna bir parola"),
                        Kind.PUBLIC),
                new Route("POST", "/api/password/forgot", "/api/password/forgot", Map.of("login", "olmayan.kullanici"), Kind.PUBLIC),
                new Route("GET", "/api/liaison-officers", "/api/liaison-officers?province=27&year=" + year, null, Kind.PROVINCE_READ),
                new Route("GET", "/api/liaison-officers/{id}", "/api/liaison-officers/" + liaison, null, Kind.PROVINCE_READ),
                new Route("PUT", "/api/liaison-officers", "/api/liaison-officers",
                        Map.of("institutionId", institutionId, "year", year, "role", "PRINCIPAL", "personId", personId), Kind.WRITE),
                new Route("DELETE", "/api/liaison-officers/{id}", "/api/liaison-officers/" + liaison, null, Kind.WRITE),
                new Route("GET", "/api/liaison-officers/history", "/api/liaison-officers/history?province=27&year=" + year, null, Kind.PROVINCE_READ),
                new Route("GET", "/api/liaison-officers/sheet", "/api/liaison-officers/sheet?province=27&year=" + year, null, Kind.PROVINCE_READ),
                new Route("GET", "/api/liaison-officers/sheet.xlsx", "/api/liaison-officers/sheet.xlsx?province=27&year=" + year, null, Kind.PROVINCE_READ),
                new Route("POST", "/api/liaison-officers/copy", "/api/liaison-officers/copy", Map.of("province", 27, "year", 2093), Kind.WRITE),
                new Route("POST", "/api/liaison-officers/upload", "/api/liaison-officers/upload?province=27&year=2093", Map.of(), Kind.WRITE),
                new Route("GET", "/api/boards", "/api/boards?province=27", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/boards/{id}", "/api/boards/" + board, null, Kind.PROVINCE_READ),
                new Route("PUT", "/api/boards/{id}", "/api/boards/" + board, Map.of(), Kind.WRITE),
                new Route("GET", "/api/boards/{id}/history", "/api/boards/" + board + "/history", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/boards/{id}/members", "/api/boards/" + board + "/members", null, Kind.PROVINCE_READ),
                new Route("POST", "/api/boards/{id}/members", "/api/boards/" + board + "/members",
                        Map.of("personId", personId, "role", "MEMBER"), Kind.WRITE),
                new Route("DELETE", "/api/boards/{id}/members/{membershipId}", "/api/boards/" + board + "/members/" + membership, null, Kind.WRITE),
                new Route("POST", "/api/boards/{id}/members/{membershipId}/replacement", "/api/boards/" + board + "/members/" + membership + "/replacement",
                        Map.of("personId", personId, "validFrom", year + "-12-01"), Kind.WRITE),
                new Route("GET", "/api/boards/{id}/plan", "/api/boards/" + board + "/plan", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/boards/{id}/calendar.ics", "/api/boards/" + board + "/calendar.ics", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/calendar/plan", "/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=" + year, null, Kind.REFERENCE),
                new Route("GET", "/api/calendar/deadlines", "/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=" + year + "-06-15", null, Kind.REFERENCE),
                new Route("GET", "/api/calendar/working-day", "/api/calendar/working-day?date=" + year + "-06-15", null, Kind.REFERENCE),
                new Route("GET", "/api/calendar/annual-report-deadline", "/api/calendar/annual-report-deadline?year=" + year, null, Kind.REFERENCE),
                new Route("GET", "/api/calendar/warnings", "/api/calendar/warnings", null, Kind.REFERENCE),
                new Route("GET", "/api/calendar/non-working-days", "/api/calendar/non-working-days", null, Kind.REFERENCE),
                new Route("PUT", "/api/calendar/non-working-days/{date}", "/api/calendar/non-working-days/" + year + "-06-16",
                        Map.of("type", "IDARI_IZIN", "part", "FULL", "name", "Deneme izni"), Kind.WRITE),
                new Route("DELETE", "/api/calendar/non-working-days/{date}", "/api/calendar/non-working-days/" + year + "-01-01", null, Kind.WRITE),
                new Route("GET", "/api/policy-parameters", "/api/policy-parameters", null, Kind.REFERENCE),
                new Route("PUT", "/api/policy-parameters/{name}", "/api/policy-parameters/" + policy,
                        Map.of("value", "9", "effectiveFrom", "2090-01-01"), Kind.WRITE),
                new Route("GET", "/api/meetings", "/api/meetings?province=27", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/meetings/{key}", "/api/meetings/" + meetingKey, null, Kind.PROVINCE_READ),
                new Route("POST", "/api/planning/{year}", "/api/planning/2090?province=27", null, Kind.WRITE),
                new Route("POST", "/api/meetings/extraordinary", "/api/meetings/extraordinary",
                        Map.of("plateCode", 27, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Yetkisiz deneme"), Kind.WRITE),
                // what the caller may call (the page /kurul/olaganustu.html): about themselves, every signed-in user
                new Route("GET", "/api/meetings/extraordinary/options", "/api/meetings/extraordinary/options", null, Kind.OWN),
                // the meetings the caller's chair office may change (the page /kurul/degisiklik.html): about themselves
                new Route("GET", "/api/meetings/changeable", "/api/meetings/changeable", null, Kind.OWN),
                new Route("POST", "/api/meetings/{key}/minutes/corrections", "/api/meetings/" + meetingKey + "/minutes/corrections",
                        Map.of("reason", "Yetkisiz düzeltme"), Kind.WRITE),
                new Route("POST", "/api/meetings/{key}/excuses", "/api/meetings/" + meetingKey + "/excuses",
                        Map.of("reason", "Yetkisiz mazeret", "deputySits", false), Kind.WRITE),
                new Route("POST", "/api/meetings/{key}/excuses/{membershipId}/call-in", "/api/meetings/" + meetingKey + "/excuses/" + membership
                        + "/call-in", Map.of("reason", "Yetkisiz çağrı"), Kind.WRITE),
                new Route("POST", "/api/meetings/{key}/calendar-replies/{membershipId}/excuse", "/api/meetings/" + meetingKey
                        + "/calendar-replies/" + membership + "/excuse", Map.of("reason", "Yetkisiz teyit", "deputySits", false), Kind.WRITE),
                new Route("PUT", "/api/meetings/{key}/presidency-attendance", "/api/meetings/" + meetingKey + "/presidency-attendance",
                        Map.of("staff", List.of()), Kind.WRITE),
                new Route("GET", "/api/meetings/{key}/attendance-plan", "/api/meetings/" + meetingKey + "/attendance-plan", null,
                        Kind.BOARD_OFFICE_READ),
                new Route("POST", "/api/meetings/{key}/changes", "/api/meetings/" + meetingKey + "/changes",
                        Map.of("kind", "CANCEL", "reason", "Yetkisiz iptal"), Kind.WRITE),
                new Route("GET", "/api/meetings/progress", "/api/meetings/progress?province=27", null, Kind.BOARD_OFFICE_READ),
                new Route("GET", "/api/meetings/{meetingKey}/agenda-proposals", "/api/meetings/" + meetingKey + "/agenda-proposals", null, Kind.BOARD_OFFICE_READ),
                new Route("POST", "/api/meetings/{meetingKey}/agenda-proposals/{institutionId}",
                        "/api/meetings/" + meetingKey + "/agenda-proposals/" + institutionId, Map.of("hasProposal", "no"), Kind.WRITE),
                new Route("GET", "/api/decisions", "/api/decisions?province=27", null, Kind.PROVINCE_READ),
                // districts, the action plan, the Ek-3 report, the first meeting's liaison list
                new Route("GET", "/api/districts/{districtId}/meetings", "/api/districts/" + district + "/meetings", null, Kind.PROVINCE_READ),
                new Route("POST", "/api/districts/{districtId}/meetings", "/api/districts/" + district + "/meetings",
                        Map.of("reason", "Yetkisiz deneme"), Kind.WRITE),
                new Route("GET", "/api/action-plans/{plateCode}", "/api/action-plans/27", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/action-plans/{plateCode}/versions/{number}", "/api/action-plans/27/versions/1", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/annual-reports/{plateCode}/{year}", "/api/annual-reports/27/" + REPORT_YEAR, null, Kind.PROVINCE_READ),
                new Route("GET", "/api/annual-reports/{plateCode}/{year}/platform-export",
                        "/api/annual-reports/27/" + REPORT_YEAR + "/platform-export", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/annual-reports/{plateCode}/{year}.pdf", "/api/annual-reports/27/" + REPORT_YEAR + ".pdf", null, Kind.PROVINCE_READ),
                new Route("POST", "/api/annual-reports/{plateCode}/{year}", "/api/annual-reports/27/2087", null, Kind.WRITE),
                new Route("GET", "/api/meetings/{key}/liaison-list", "/api/meetings/" + meetingKey + "/liaison-list", null, Kind.PROVINCE_READ),
                new Route("PUT", "/api/meetings/{key}/liaison-list", "/api/meetings/" + meetingKey + "/liaison-list",
                        Map.of("slots", List.of(Map.of("institutionId", institutionId, "role", "PRINCIPAL", "personId", personId))), Kind.WRITE),
                new Route("POST", "/api/meetings/{key}/liaison-replacements", "/api/meetings/" + meetingKey + "/liaison-replacements",
                        Map.of("institutionId", institutionId, "role", "PRINCIPAL", "personId", personId, "decision", "KARAR-1"), Kind.WRITE),
                // documents, distribution log, platform export, mails
                new Route("GET", "/api/meetings/{id}/minutes.pdf", "/api/meetings/" + pastMeeting + "/minutes.pdf", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/meetings/{key}/minutes/to-sign.pdf", "/api/meetings/" + pastMeeting + "/minutes/to-sign.pdf", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/meetings/{key}/minutes/signing", "/api/meetings/" + pastMeeting + "/minutes/signing", null, Kind.PROVINCE_READ),
                new Route("POST", "/api/meetings/{key}/minutes/signed-pdf", "/api/meetings/" + pastMeeting + "/minutes/signed-pdf", Map.of(), Kind.WRITE),
                new Route("GET", "/api/meetings/{id}/participants.pdf", "/api/meetings/" + pastMeeting + "/participants.pdf", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/sub-commissions/{meetingKey}/minutes.pdf", "/api/sub-commissions/" + meetingKey + "/minutes.pdf", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/sub-commissions/{meetingKey}/participants.pdf", "/api/sub-commissions/" + meetingKey + "/participants.pdf", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/meetings/{id}/platform-export", "/api/meetings/" + pastMeeting + "/platform-export", null, Kind.PROVINCE_READ),
                new Route("GET", "/api/meetings/{id}/distribution-log", "/api/meetings/" + pastMeeting + "/distribution-log", null, Kind.BOARD_OFFICE_READ),
                new Route("GET", "/api/mails", "/api/mails", null, Kind.SECRETARIAT),
                new Route("GET", "/api/mails/received", "/api/mails/received", null, Kind.SECRETARIAT),
                // the compliance dashboard
                new Route("GET", "/api/reports/compliance", "/api/reports/compliance", null, Kind.DASHBOARD),
                new Route("GET", "/api/reports/compliance/{plateCode}", "/api/reports/compliance/27", null, Kind.BOARD_OFFICE_READ),
                new Route("GET", "/api/notices", "/api/notices", null, Kind.OWN),
                new Route("POST", "/api/notices/{id}/read", "/api/notices/" + notice + "/read", null, Kind.WRITE),
                new Route("GET", "/api/tasks", "/api/tasks", null, Kind.OWN),
                new Route("GET", "/api/me", "/api/me", null, Kind.OWN),
                new Route("GET", "/api/me/xsrf-token", "/api/me/xsrf-token", null, Kind.OWN),
                new Route("GET", "/api/tasks/{id}", "/api/tasks/" + taskId, null, Kind.TASK_READ),
                new Route("GET", "/api/tasks/{id}/form-help", "/api/tasks/" + taskId + "/form-help", null, Kind.TASK_READ),
                new Route("POST", "/api/tasks/{id}/complete", "/api/tasks/" + taskId + "/complete", Map.of(), Kind.TASK_WRITE));
    }

    /** Whoever calls: a link that was never issued is a 400; "Parolamı unuttum" the neutral 200 (429 once rate-limited). */
    static Set<Integer> publicAnswers(Route route) {
        return route.pattern().endsWith("/set") ? Set.of(400) : Set.of(200, 429);
    }

    JsonNode person(String username) {
        return Registry.stream(registry.admin().get("/api/people?province=27").json())
                .filter(p -> username.equals(p.path("username").asText())).findFirst().orElseThrow();
    }

    /** Routes of the code under /api: "GET /api/people/{id}" … */
    Set<String> apiRoutesInCode() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        routes.add(m.name() + " " + pattern);
                    }
                }
            }
        });
        return routes;
    }

    @Test
    void everyApiRouteOfTheCodeIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>(apiRoutes().stream().map(Route::key).toList());
        assertThat(inMatrix)
                .as("Yeni bir /api adresi eklendiyse AccessMatrixTest#apiRoutes içine, kimin erişebileceğiyle birlikte ekleyin")
                .isEqualTo(apiRoutesInCode());
    }

    @Test
    void nobodyWithoutCredentialsGetsAnythingButA401() {
        Api anonymous = Api.anonymous(port);
        List<String> failures = new ArrayList<>();
        for (Route route : apiRoutes()) {
            Set<Integer> allowed = route.kind() == Kind.PUBLIC ? publicAnswers(route) : Set.of(401);
            expect(failures, route.key(), anonymous.send(route.method(), route.path(), route.body()), allowed);
        }
        for (String[] call : engineCalls("x")) {
            expect(failures, call[0] + " " + call[1], anonymous.send(call[0], call[1], call[2]), Set.of(401));
        }
        Api.Response webapp = Api.anonymous(port).get("/camunda/api/engine/engine/default/task/" + taskId);
        expect(failures, "webapp task", webapp, Set.of(401, 403));
        assertThat(failures).isEmpty();
        assertUnchanged();
    }

    @Test
    void aLiaisonOfficerOfAnotherInstitutionReadsTheProvinceButNotTheTaskAndChangesNothing() {
        check(OTHER_INSTITUTION, kind -> switch (kind) {
            case REFERENCE, OWN, PROVINCE_READ -> Set.of(200);
            case BOARD_OFFICE_READ, WRITE, SECRETARIAT, DASHBOARD -> Set.of(403, 404);
            case TASK_READ, TASK_WRITE -> Set.of(404);
            case PUBLIC -> throw new IllegalStateException("decided by publicAnswers");
        }, false);
    }

    @Test
    void aLiaisonOfficerOfAnotherProvinceSeesNothingOfGaziantep() {
        check(OTHER_PROVINCE_LIAISON, kind -> switch (kind) {
            case REFERENCE, OWN -> Set.of(200);
            case PROVINCE_READ, BOARD_OFFICE_READ, WRITE, SECRETARIAT, DASHBOARD -> Set.of(403, 404);
            case TASK_READ, TASK_WRITE -> Set.of(404);
            case PUBLIC -> throw new IllegalStateException("decided by publicAnswers");
        }, false);
    }

    @Test
    void theSecretaryOfAnotherProvinceSeesNothingOfGaziantep() {
        check(OTHER_PROVINCE_SECRETARY, kind -> switch (kind) {
            case REFERENCE, OWN, SECRETARIAT, DASHBOARD -> Set.of(200); // their own province's mails and figures
            case PROVINCE_READ, BOARD_OFFICE_READ, WRITE -> Set.of(403, 404);
            case TASK_READ, TASK_WRITE -> Set.of(404);
            case PUBLIC -> throw new IllegalStateException("decided by publicAnswers");
        }, false);
    }

    @Test
    void aManagerReadsEverythingOfTheProvinceButEveryChangeIsA403() {
        check(MANAGER, kind -> switch (kind) {
            case REFERENCE, OWN, PROVINCE_READ, BOARD_OFFICE_READ, TASK_READ, DASHBOARD -> Set.of(200);
            case WRITE, TASK_WRITE, SECRETARIAT -> Set.of(403);
            case PUBLIC -> throw new IllegalStateException("decided by publicAnswers");
        }, true);
    }

    private void check(String user, Function<Kind, Set<Integer>> expected, boolean readsTheTask) {
        Api api = Api.as(port, user, "demo");
        List<String> failures = new ArrayList<>();
        for (Route route : apiRoutes()) {
            Set<Integer> allowed = new LinkedHashSet<>(route.kind() == Kind.PUBLIC ? publicAnswers(route) : expected.apply(route.kind()));
            if (route.key().startsWith("POST /api/meetings/{meetingKey}/agenda-proposals")
                    || route.key().startsWith("GET /api/meetings/{meetingKey}/agenda-proposals")) {
                allowed.add(404); // no proposals recorded for this meeting: the lookup answers before the role check
            }
            if ((route.key().endsWith(".pdf") || route.key().endsWith("/minutes/signing")) && allowed.contains(200)) {
                allowed.add(404); // the meeting has no minutes yet; the signed case: document.MeetingDocumentsTest
            }
            if (route.key().equals("POST /api/notices/{id}/read") && user.equals(MANAGER)) {
                allowed = Set.of(403, 404); // not the manager's notice
            }
            Api.Response response = api.send(route.method(), route.path(), route.body());
            expect(failures, route.key(), response, allowed);
            if (response.status() >= 400 && response.status() != 401) {
                assertTurkishJson(failures, route.key(), response);
            }
        }
        // Camunda's REST API: reads of the task and its instance, lists filtered, every change refused
        for (String[] call : engineCalls(user)) {
            Api.Response response = api.send(call[0], call[1], call[2]);
            expect(failures, call[0] + " " + call[1], response, engineExpectation(call, readsTheTask));
            if (call[0].equals("GET") && response.status() == 200 && call[1].contains("?")) {
                expectList(failures, call[1], response, readsTheTask);
            }
        }
        // the same through the webapps' API with the Tasklist session (CSRF header sent)
        WebappSession webapp = WebappSession.login(port, user, "demo");
        for (String[] call : engineCalls(user)) {
            String path = call[1].replace("/engine-rest/", "/camunda/api/engine/engine/default/");
            Api.Response response = webapp.send(call[0], path, call[2]);
            expect(failures, "webapp " + call[0] + " " + path, response, engineExpectation(call, readsTheTask));
            if (call[0].equals("GET") && response.status() == 200 && call[1].contains("?")) {
                expectList(failures, path, response, readsTheTask);
            }
        }
        // nobody else's e-mail in Camunda's user list
        Api.Response users = api.get("/engine-rest/user");
        if (users.status() == 200) {
            Registry.stream(users.json()).forEach(u -> {
                if (!u.path("id").asText().equals(user) && !u.path("email").isMissingNode() && !u.path("email").isNull()) {
                    failures.add("/engine-rest/user shows the e-mail of " + u.path("id").asText());
                }
            });
        }
        assertThat(failures).as(user).isEmpty();
        assertUnchanged();
    }

    private Set<Integer> engineExpectation(String[] call, boolean readsTheTask) {
        boolean read = call[0].equals("GET");
        if (read && (call[1].contains("?") || call[1].endsWith("/user"))) {
            // lists: filtered by the engine's authorization, or not the role's at all (the engine API's allow-list,
            // EngineApiMatrixTest: a liaison officer reads no history, variable or deployment list)
            return Set.of(200, 403);
        }
        if (read) {
            return readsTheTask ? Set.of(200) : Set.of(403, 404);
        }
        return Set.of(403, 404);
    }

    private void expectList(List<String> failures, String path, Api.Response response, boolean readsTheTask) {
        boolean containsProbe = response.body().contains(processInstanceId) || response.body().contains(taskId)
                || response.body().contains(deploymentId);
        if (containsProbe && !readsTheTask) {
            failures.add(path + " lists the Gaziantep Milli Eğitim task/instance: " + response);
        }
    }

    /** Method, path, body — the Camunda REST families, for the probe's task, instance and deployment. */
    private List<String[]> engineCalls(String user) {
        String start = "{\"variables\":{\"plateCode\":{\"value\":27,\"type\":\"Integer\"},"
                + "\"candidateGroup\":{\"value\":\"prov-27-liaison-saglik\"}}}";
        return List.of(
                new String[] {"GET", "/engine-rest/task/" + taskId, null},
                new String[] {"GET", "/engine-rest/task/" + taskId + "/variables", null},
                new String[] {"GET", "/engine-rest/task/" + taskId + "/form-variables", null},
                new String[] {"POST", "/engine-rest/task/" + taskId + "/variables", "{\"modifications\":{\"gizli\":{\"value\":\"ele geçirildi\"}}}"},
                new String[] {"POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}"},
                new String[] {"POST", "/engine-rest/task/" + taskId + "/complete", "{}"},
                new String[] {"POST", "/engine-rest/task/" + taskId + "/submit-form", "{}"},
                new String[] {"GET", "/engine-rest/process-instance/" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/process-instance/" + processInstanceId + "/variables", null},
                new String[] {"POST", "/engine-rest/process-instance/" + processInstanceId + "/variables", "{\"modifications\":{\"gizli\":{\"value\":\"x\"}}}"},
                new String[] {"DELETE", "/engine-rest/process-instance/" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/history/process-instance/" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/history/task?processInstanceId=" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId, null},
                new String[] {"GET", "/engine-rest/deployment?id=" + deploymentId, null},
                new String[] {"DELETE", "/engine-rest/deployment/" + deploymentId + "?cascade=true", null},
                new String[] {"POST", "/engine-rest/process-definition/key/authorizationProbe/start", start});
    }

    private static void expect(List<String> failures, String what, Api.Response response, Set<Integer> allowed) {
        if (!allowed.contains(response.status())) {
            failures.add(what + " → " + response + " (beklenen " + allowed + ")");
        }
    }

    private static void assertTurkishJson(List<String> failures, String what, Api.Response response) {
        String message = response.json().path("message").asText("");
        if (message.isBlank() || !message.matches("(?s).*[çğıöşüÇĞİÖŞÜ].*|.*(yok|Yetki|bulunamadı).*")) {
            failures.add(what + " refused without a Turkish message: " + response);
        }
    }

    /** Nothing the actors tried has stuck: the task is open and unclaimed, its variable intact, the deployment there. */
    private void assertUnchanged() {
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull()
                .extracting(org.camunda.bpm.engine.task.Task::getAssignee).isNull();
        assertThat(runtimeService.getVariable(processInstanceId, "gizli")).isEqualTo("yalnız Milli Eğitim görür");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("authorizationProbe").count()).isEqualTo(1);
        assertThat(person("gaziantep.milli-egitim.asil").path("firstName").asText()).isNotEqualTo("Deneme");
    }
}
