package tr.gov.goc.kurul.hardening;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.WebappSession;

/**
 * Hostile input against every POST/PUT of /api (as the administrator, who may call them all) and every field of every
 * Camunda Form (submitted as task variables, through /engine-rest and through the webapps' form submit, on a task that
 * shows that form, so the form's own types and limits answer too): empty,
 * over-long, wrong type, impossible dates, HTML/script, control characters and 4-byte characters (emoji). Each
 * answer must be a 4xx with a Turkish message — never a 5xx — and nothing may be stored. Run on H2 (everything) and
 * on MariaDB (a slice: where SQL error 1366 would bite). The cases and their answers are the table in
 * docs/hostile-inputs.md (kept in sync by {@code HostileInputTest}).
 */
abstract class HostileInputScenarios {

    static final String EMOJI = "Toplantı 😀 notu";
    static final String HTML = "<script>alert('x')</script><b>kalın</b>";
    static final String CONTROL = "satır\u0000sonu";
    static final String OVERLONG = "a".repeat(5000);
    static final ObjectMapper JSON = new ObjectMapper();

    /** One hostile try: where, which field, what (label and value). */
    record Case(String target, String field, String input, Object value) {
    }

    /** A try and what Kurul answered. */
    record Result(Case c, int status, String message) {
        String row() {
            String answer = message.replaceAll("\\d{3,}", "N").replaceAll("[a-f0-9]{8}-[a-f0-9-]{27}", "ID").replace("|", "/");
            if (answer.length() > 140) {
                answer = answer.substring(0, 140) + "…";
            }
            return "| " + c.target() + " | " + c.field() + " | " + c.input() + " | " + status + " | " + answer + " |";
        }
    }

    enum Type { TEXT, REQUIRED_TEXT, NUMBER, DATE, ENUM }

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    String deploymentId;
    Registry registry;

    @BeforeEach
    void probe() {
        TestClock.reset();
        registry = new Registry(port);
        deploymentId = repositoryService.createDeployment().name("zararli-girdi")
                .addClasspathResource("bpmn/authorization-probe.bpmn").deploy().getId();
    }

    /** Per form: a probe process whose one task shows that form (deployed with it), so its fields are the form's. */
    final Map<String, String> formProbes = new HashMap<>();
    final List<String> probeDeployments = new ArrayList<>();

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
        probeDeployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        probeDeployments.clear();
        formProbes.clear();
    }

    /** The hostile values for a field of a type; {@code required} adds the empty value. */
    static List<Object[]> variants(Type type) {
        List<Object[]> v = new ArrayList<>();
        switch (type) {
            case REQUIRED_TEXT, TEXT -> {
                if (type == Type.REQUIRED_TEXT) {
                    v.add(new Object[] {"boş", ""});
                    v.add(new Object[] {"yalnız boşluk", "   "});
                }
                v.add(new Object[] {"5000 karakter", OVERLONG});
                v.add(new Object[] {"HTML/script", HTML});
                v.add(new Object[] {"emoji (4 bayt)", EMOJI});
                v.add(new Object[] {"denetim karakteri", CONTROL});
                v.add(new Object[] {"yanlış tür (nesne)", Map.of("a", 1)});
            }
            case NUMBER -> {
                v.add(new Object[] {"yanlış tür (metin)", "on iki"});
                v.add(new Object[] {"aralık dışı (-5)", -5});
                v.add(new Object[] {"aralık dışı (10^15)", 1_000_000_000_000_000L});
            }
            case DATE -> {
                v.add(new Object[] {"olmayan tarih (30 Şubat)", "2026-02-30"});
                v.add(new Object[] {"Türkçe biçim", "31.12.2026"});
                v.add(new Object[] {"aralık dışı yıl (10000)", "10000-01-01"});
            }
            case ENUM -> v.add(new Object[] {"listede olmayan değer", "YOK_BOYLE"});
        }
        return v;
    }

    /** POST/PUT routes of /api with a valid body and the fields to spoil. */
    List<Object[]> apiRoutes() {
        Api admin = registry.admin();
        long board = registry.board(27, null).path("id").asLong();
        long district = admin.get("/api/provinces/27/districts").json().get(0).path("id").asLong();
        long institutionId = Registry.stream(admin.get("/api/institutions?province=27").json())
                .filter(i -> i.path("code").asText().equals("milli-egitim")).findFirst().orElseThrow().path("id").asLong();
        long personId = Registry.stream(admin.get("/api/people?province=27").json())
                .filter(p -> "gaziantep.milli-egitim.asil".equals(p.path("username").asText())).findFirst().orElseThrow().path("id").asLong();
        String policy = admin.get("/api/policy-parameters").json().get(0).path("name").asText();
        int year = TestClock.YEAR;
        List<Object[]> routes = new ArrayList<>();
        // method, path, valid body, fields {name, type}, snapshot path (unchanged after a refusal)
        routes.add(new Object[] {"POST", "/api/people", body("firstName", "Ayşe", "lastName", "Kaya", "title", "Uzman",
                "institutionId", institutionId, "phone", "0342 111 22 33", "email", "ayse@example.gov.tr"),
                fields("firstName", Type.REQUIRED_TEXT, "lastName", Type.REQUIRED_TEXT, "title", Type.TEXT, "institutionId", Type.NUMBER,
                        "phone", Type.TEXT, "email", Type.TEXT, "systemRoles", Type.ENUM), "/api/people?province=27"});
        routes.add(new Object[] {"PUT", "/api/people/" + personId, body("firstName", "Ayşe", "lastName", "Kaya", "institutionId", institutionId),
                fields("firstName", Type.REQUIRED_TEXT, "lastName", Type.REQUIRED_TEXT, "title", Type.TEXT, "email", Type.TEXT),
                "/api/people/" + personId});
        routes.add(new Object[] {"POST", "/api/institutions", body("plateCode", 27, "name", "Deneme Derneği", "category", "INVITED"),
                fields("plateCode", Type.NUMBER, "name", Type.TEXT, "category", Type.ENUM, "officialEmail", Type.TEXT, "phone", Type.TEXT),
                "/api/institutions?province=27"});
        routes.add(new Object[] {"PUT", "/api/institutions/" + institutionId, body("name", "İl Milli Eğitim Müdürlüğü"),
                fields("name", Type.REQUIRED_TEXT, "officialEmail", Type.TEXT, "phone", Type.TEXT), "/api/institutions/" + institutionId});
        routes.add(new Object[] {"PUT", "/api/boards/" + board, body(),
                fields("foreignPopulation", Type.NUMBER, "populationAsOf", Type.DATE, "populationSource", Type.TEXT, "borderDistrict", Type.ENUM),
                "/api/boards/" + board});
        routes.add(new Object[] {"POST", "/api/boards/" + board + "/members", body("personId", personId, "role", "MEMBER"),
                fields("personId", Type.NUMBER, "role", Type.ENUM, "validFrom", Type.DATE), "/api/boards/" + board + "/members"});
        routes.add(new Object[] {"PUT", "/api/districts/" + district, body("hasMigrationDirectorate", true),
                fields("hasMigrationDirectorate", Type.ENUM), "/api/districts/" + district});
        routes.add(new Object[] {"PUT", "/api/policy-parameters/" + policy, body("value", "3", "effectiveFrom", "2090-01-01"),
                fields("value", Type.REQUIRED_TEXT, "effectiveFrom", Type.DATE, "description", Type.TEXT), "/api/policy-parameters"});
        routes.add(new Object[] {"PUT", "/api/calendar/non-working-days/" + year + "-07-07",
                body("type", "IDARI_IZIN", "part", "FULL", "name", "Deneme"),
                fields("type", Type.ENUM, "part", Type.ENUM, "name", Type.REQUIRED_TEXT), "/api/calendar/non-working-days"});
        routes.add(new Object[] {"PUT", "/api/liaison-officers", body("institutionId", institutionId, "year", year, "role", "PRINCIPAL", "personId", personId),
                fields("institutionId", Type.NUMBER, "year", Type.NUMBER, "role", Type.ENUM, "personId", Type.NUMBER),
                "/api/liaison-officers?province=27&year=" + year});
        routes.add(new Object[] {"POST", "/api/meetings/extraordinary", body("plateCode", 27, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Acil durum"),
                fields("plateCode", Type.NUMBER, "requestedBy", Type.ENUM, "reason", Type.REQUIRED_TEXT), "/api/meetings?province=27"});
        return routes;
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    static Map<String, Type> fields(Object... kv) {
        Map<String, Type> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], (Type) kv[i + 1]);
        }
        return map;
    }

    /** Every POST/PUT route × field × hostile value (the slice: only text fields with emoji, HTML and length). */
    @SuppressWarnings("unchecked")
    List<Result> tryApi(boolean slice) {
        Api admin = registry.admin();
        List<Result> results = new ArrayList<>();
        for (Object[] route : apiRoutes()) {
            String method = (String) route[0];
            String path = (String) route[1];
            String snapshotPath = (String) route[4];
            String before = admin.get(snapshotPath).body();
            for (Map.Entry<String, Type> field : ((Map<String, Type>) route[3]).entrySet()) {
                for (Object[] variant : variants(field.getValue())) {
                    if (slice && !(variant[1] == EMOJI || variant[1] == OVERLONG || variant[1] == HTML)) {
                        continue;
                    }
                    Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) route[2]);
                    body.put(field.getKey(), field.getKey().equals("systemRoles") ? List.of(variant[1]) : variant[1]);
                    Api.Response response = admin.send(method, path, body);
                    results.add(new Result(new Case(method + " " + pathPattern(path), field.getKey(), (String) variant[0], variant[1]),
                            response.status(), message(response)));
                }
            }
            for (Object[] whole : new Object[][] {{"JSON değil", "{bozuk"}, {"dizi", "[1,2]"}}) {
                if (!slice) {
                    Api.Response response = admin.send(method, path, whole[1]);
                    results.add(new Result(new Case(method + " " + pathPattern(path), "(gövde)", (String) whole[0], whole[1]),
                            response.status(), message(response)));
                }
            }
            assertThat(admin.get(snapshotPath).body()).as("nothing stored by refused calls to " + path).isEqualTo(before);
        }
        return results;
    }

    /** Every field of every form, as a task variable completed through /engine-rest and submitted through Tasklist. */
    List<Result> tryForms(boolean slice) throws IOException {
        List<Result> results = new ArrayList<>();
        Api liaison = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        WebappSession tasklist = slice ? null : WebappSession.login(port, "gaziantep.milli-egitim.asil", "demo");
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        for (Path form : forms) {
            JsonNode root = JSON.readTree(form.toFile());
            String formId = root.path("id").asText();
            String taskId = newTask(formId, form);
            for (String[] field : formFields(root)) {
                Type type = switch (field[1]) {
                    case "textfield", "textarea" -> Type.TEXT;
                    case "number" -> Type.NUMBER;
                    case "datetime" -> Type.DATE;
                    default -> null;
                };
                if (type == null) {
                    continue;
                }
                for (Object[] variant : variants(type)) {
                    if (variant[1] instanceof Map) {
                        continue; // a form field's type is checked by the form's own listener (see agenda proposal test)
                    }
                    if (slice && !(variant[1] == EMOJI || variant[1] == OVERLONG)) {
                        continue;
                    }
                    if (type == Type.DATE && !slice) {
                        variant = new Object[] {variant[0] + " (Date türü)", variant[1]};
                    }
                    Map<String, Object> typed = new HashMap<>();
                    typed.put("value", variant[1]);
                    typed.put("type", type == Type.NUMBER ? "Long" : type == Type.DATE ? "Date" : "String");
                    Map<String, Object> body = Map.of("variables", Map.of(field[0], typed));
                    boolean viaTasklist = tasklist != null && results.size() % 2 == 1;
                    Api.Response response = viaTasklist
                            ? tasklist.send("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", JSON.writeValueAsString(body))
                            : liaison.post("/engine-rest/task/" + taskId + "/complete", body);
                    results.add(new Result(new Case("form " + formId + (viaTasklist ? " (Tasklist)" : " (/engine-rest)"), field[0],
                            (String) variant[0], variant[1]), response.status(), message(response)));
                    if (response.status() < 300) {
                        taskId = newTask(formId, form); // it was accepted: the probe is done, take a fresh one
                    } else {
                        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task stays open").isEqualTo(1);
                        assertThat(taskService.getVariables(taskId)).doesNotContainKey(field[0]);
                    }
                }
            }
        }
        return results;
    }

    private String newTask(String formId, Path formFile) {
        String key = formProbes.computeIfAbsent(formId, id -> deployFormProbe(id, formFile));
        String instance = runtimeService.startProcessInstanceByKey(key,
                Map.of("plateCode", 27, "candidateGroup", "prov-27-liaison-milli-egitim")).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private String deployFormProbe(String formId, Path formFile) {
        String key = "formProbe_" + formId.replace('-', '_');
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("Form denemesi " + formId).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").name("Form denemesi").camundaCandidateGroups("${candidateGroup}")
                .camundaFormRef(formId).camundaFormRefBinding("deployment").endEvent().done();
        try {
            probeDeployments.add(repositoryService.createDeployment().name("zararli-girdi-" + formId)
                    .addModelInstance(key + ".bpmn", model).addInputStream(formId + ".form", Files.newInputStream(formFile))
                    .deploy().getId());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return key;
    }

    static List<String[]> formFields(JsonNode root) {
        List<String[]> fields = new ArrayList<>();
        walk(root.path("components"), fields);
        return fields;
    }

    private static void walk(JsonNode components, List<String[]> fields) {
        for (JsonNode c : components) {
            if (c.has("key")) {
                fields.add(new String[] {c.path("key").asText(), c.path("type").asText()});
            }
            walk(c.path("components"), fields);
        }
    }

    static String message(Api.Response response) {
        try {
            return response.json().path("message").asText("");
        } catch (AssertionError e) {
            return response.body();
        }
    }

    static String pathPattern(String path) {
        return path.replaceAll("/\\d{4}-\\d{2}-\\d{2}", "/{date}").replaceAll("/\\d+", "/{id}").replaceAll("/policy-parameters/.*", "/policy-parameters/{name}");
    }

    /** Every hostile try answered 4xx with a message of Kurul (Turkish, no engine or SQL text); none 5xx. */
    static void assertRefusedInTurkish(List<Result> results) {
        List<String> wrong = new ArrayList<>();
        for (Result r : results) {
            if (r.status() < 400 || r.status() >= 500) {
                wrong.add(r.row());
            } else if (r.message().isBlank() || r.message().matches("(?s).*(Cannot |Exception|ENGINE-|java\\.|SQL|statement).*")) {
                wrong.add("not Turkish: " + r.row());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
