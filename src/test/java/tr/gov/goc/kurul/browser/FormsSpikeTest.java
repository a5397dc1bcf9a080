package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * Spike (docs/forms.md): which Camunda Forms components work in the Camunda 7.24 Tasklist, and what reaches the
 * engine when a secretary fills them in headless Chromium. One task of the test process formsSpike per case.
 */
@KurulIntegrationTest
class FormsSpikeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRETARY = "gaziantep.sekreter";
    private static final String INSTITUTIONS = """
            [{"label":"İl Milli Eğitim Müdürlüğü","value":"milli-egitim"},
             {"label":"İl Sağlık Müdürlüğü","value":"saglik"},
             {"label":"İl Emniyet Müdürlüğü","value":"emniyet"}]""";
    private static final List<String> FORMS = List.of("attendance", "decisions", "review",
            "fields", "validation");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    String deploymentId;
    String instanceId;
    Browser browser;

    @BeforeEach
    void deployTheSpikeAndLogIn() {
        // the forms sit beside the diagram in one deployment: formRefBinding="deployment" finds them there
        DeploymentBuilder deployment = repositoryService.createDeployment().name("forms-spike")
                .addClasspathResource("bpmn/forms-spike.bpmn");
        FORMS.forEach(f -> deployment.addClasspathResource("forms-spike/forms-spike-" + f + ".form"));
        deploymentId = deployment.deploy().getId();
        browser = Browser.start(port).loginToTasklist(SECRETARY, "demo");
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.close();
        }
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void checklistWithOptionsFromAVariableSubmitsAJsonArrayOfTheChosenValues() {
        start("attendance", Map.of("members", json(INSTITUTIONS),
                "observerNames", json("[\"UNHCR\",\"IOM\"]")));
        Browser.Form form = browser.openTask("Yoklama al");
        assertThat(form.text()).contains("İl Milli Eğitim Müdürlüğü", "İl Sağlık Müdürlüğü", "İl Emniyet Müdürlüğü",
                "UNHCR", "IOM");
        form.checklist("Katılan üyeler", "İl Milli Eğitim Müdürlüğü", "İl Emniyet Müdürlüğü")
                .checklist("Gözlemciler", "IOM");
        browser.screenshot("forms-attendance-filled");
        form.complete();
        browser.awaitCompleted();

        Map<String, HistoricVariableInstance> vars = variables();
        // the values (codes), not the labels; a plain list of strings works too (label = value)
        assertThat(vars.get("attendees").getTypeName()).isEqualTo("json");
        assertThat(jsonOf("attendees")).isEqualTo(JSON.valueToTree(List.of("milli-egitim", "emniyet")));
        assertThat(jsonOf("observers")).isEqualTo(JSON.valueToTree(List.of("IOM")));
    }

    @Test
    void dynamicListRendersNestedOptionsButTasklistKeepsCompleteDisabledOnceItHoldsData() {
        start("decisions", Map.of("institutions", json(INSTITUTIONS)));
        Browser.Form form = browser.openTask("Kararları gir");
        assertThat(browser.completeEnabled()).isTrue();
        form.row("Kararlar", 0).text("Karar metni", "Okul kayıtları için ortak masa kurulsun.")
                .text("Gerekçe", "Kayıt oranı düşük").text("Amaç", "Eğitime erişim")
                .tags("Sorumlu kurumlar", "İl Milli Eğitim Müdürlüğü", "İl Sağlık Müdürlüğü")
                .checklist("Destek veren kurumlar", "İl Emniyet Müdürlüğü")
                .date("Son tarih", LocalDate.of(2026, 6, 30));
        form.addRow("Kararlar").text("Karar metni", "Sağlık taraması yapılsın.")
                .tags("Sorumlu kurumlar", "İl Sağlık Müdürlüğü").date("Son tarih", LocalDate.of(2026, 9, 1));
        assertThat(form.rowCount("Kararlar")).isEqualTo(2);
        browser.screenshot("forms-decisions-filled");
        // no field is invalid (the list has no validation at all), yet "Complete" is disabled: Tasklist counts
        // form-js's per-row error entries, which stay (empty) after any edit inside a dynamic list
        assertThat(form.text()).doesNotContain("Field ");
        assertThat(browser.completeEnabled()).isFalse();

        // what Tasklist would submit: "Save" stores exactly the form's submit data in the browser
        JsonNode decisions = browser.savedFormData().path("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).path("text").asText()).isEqualTo("Okul kayıtları için ortak masa kurulsun.");
        assertThat(decisions.get(0).path("justification").asText()).isEqualTo("Kayıt oranı düşük");
        assertThat(decisions.get(0).path("aim").asText()).isEqualTo("Eğitime erişim");
        assertThat(decisions.get(0).path("responsible")).isEqualTo(JSON.valueToTree(List.of("milli-egitim", "saglik")));
        assertThat(decisions.get(0).path("supporting")).isEqualTo(JSON.valueToTree(List.of("emniyet")));
        assertThat(decisions.get(0).path("deadline").asText()).isEqualTo("2026-06-30");
        assertThat(decisions.get(1).path("responsible")).isEqualTo(JSON.valueToTree(List.of("saglik")));
        assertThat(decisions.get(1).path("deadline").asText()).isEqualTo("2026-09-01");

        // reloading the saved form brings the rows back, and with them the disabled button: no way to submit
        form = browser.saveAndReopen("Kararları gir");
        assertThat(form.rowCount("Kararlar")).isEqualTo(2);
        assertThat(form.row("Kararlar", 1).value("Karar metni")).isEqualTo("Sağlık taraması yapılsın.");
        assertThat(browser.completeEnabled()).isFalse();
        browser.screenshot("forms-decisions-reloaded");
        assertThat(open()).isEqualTo(1);
    }

    @Test
    void tableShowsAListVariableReadOnlyAndSubmitsNothingOfItsOwn() {
        start("review", Map.of("meetingTitle", "Gaziantep İl GKK 2026/2", "previousDecisions", json("""
                [{"label":"2025/4-1","institution":"İl Milli Eğitim Müdürlüğü","status":"Devam ediyor","deadline":"2026-01-31"},
                 {"label":"2025/4-2","institution":"İl Sağlık Müdürlüğü","status":"Tamamlandı","deadline":"2025-12-31"}]""")));
        Browser.Form form = browser.openTask("Önceki kararları gözden geçir");
        assertThat(form.text()).contains("Gaziantep İl GKK 2026/2", "2 kararın", "Sorumlu kurum", "2025/4-1",
                "Devam ediyor", "2025/4-2", "Tamamlandı", "2026-01-31");
        form.text("Değerlendirme", "İki karar izlendi.");
        browser.screenshot("forms-review-table");
        form.complete();
        browser.awaitCompleted();

        Map<String, HistoricVariableInstance> vars = variables();
        assertThat(vars.get("reviewComment").getValue()).isEqualTo("İki karar izlendi.");
        // the table's list is only read: it stays as it was (still Json, unchanged)
        assertThat(vars.get("previousDecisions").getTypeName()).isEqualTo("json");
        assertThat(jsonOf("previousDecisions")).hasSize(2);
    }

    @Test
    void simpleFieldsSubmitPlainTypesAndHiddenFieldsAreLeftOut() {
        start("fields", Map.of("meetingTitle", "Gaziantep İl GKK 2026/2", "minimumAttendance", 3,
                "institutionNames", json("[\"Valilik\",\"İl Göç İdaresi Müdürlüğü\"]")));
        Browser.Form form = browser.openTask("Toplantı bilgilerini gir");
        assertThat(form.text()).contains("Toplantı: Gaziantep İl GKK 2026/2");
        assertThat(form.isShown("Ret gerekçesi")).isFalse();
        form.date("Toplantı tarihi", LocalDate.of(2026, 4, 15))
                .select("Başkanlık eden kurum", "İl Göç İdaresi Müdürlüğü")
                .number("Katılan üye sayısı", 4)
                .text("Yeter sayı açıklaması", "yazıldı, sonra gizlendi")
                .checkbox("Toplantı yeter sayısı sağlandı", true)
                .radio("Sonuç", "Ret");
        assertThat(form.isShown("Yeter sayı açıklaması")).isFalse();
        assertThat(form.isShown("Ret gerekçesi")).isTrue();
        form.text("Ret gerekçesi", "Eksik belge").text("Notlar", "Satır 1\nSatır 2");
        browser.screenshot("forms-fields-filled");
        form.complete();
        browser.awaitCompleted();

        Map<String, HistoricVariableInstance> vars = variables();
        assertThat(typeAndValue(vars, "meetingDate")).isEqualTo("string:2026-04-15");
        assertThat(typeAndValue(vars, "chairInstitution")).isEqualTo("string:İl Göç İdaresi Müdürlüğü");
        assertThat(typeAndValue(vars, "attendeeCount")).isEqualTo("integer:4");
        assertThat(typeAndValue(vars, "quorumReached")).isEqualTo("boolean:true");
        assertThat(typeAndValue(vars, "quorumMet")).isEqualTo("boolean:true");
        assertThat(typeAndValue(vars, "outcome")).isEqualTo("string:REJECTED");
        assertThat(typeAndValue(vars, "rejectionReason")).isEqualTo("string:Eksik belge");
        assertThat(typeAndValue(vars, "notes")).isEqualTo("string:Satır 1\nSatır 2");
        assertThat(vars).doesNotContainKey("quorumNote");
    }

    @Test
    void clientValidationBlocksAndAServerRejectionKeepsTheTaskAndTheInput() {
        start("validation", Map.of());
        Browser.Form form = browser.openTask("Karar numarasını gir");
        form.text("Karar numarası", "K-1").text("Konu başlığı", "Bu başlık yirmi karakterden uzun").text("Özet", "x");
        browser.screenshot("forms-validation-client");
        List<String> clientErrors = new java.util.ArrayList<>(form.errors("Konu başlığı"));
        clientErrors.addAll(form.errors("Karar numarası"));
        System.out.println("[forms-spike] client errors: " + clientErrors);
        assertThat(String.join(" ", clientErrors)).as("form-js iletileri Türkçe")
                .contains("En fazla 20 karakter yazılabilir.", "Karar numarasını KARAR-1 biçiminde yazın.");
        assertThat(browser.completeEnabled()).isFalse();

        form.text("Konu başlığı", "Okul kayıtları").text("Karar numarası", "KARAR-1").text("Özet", "Özet metni");
        form.complete();
        List<String> shown = browser.awaitNotification();
        browser.screenshot("forms-validation-server-rejected");
        System.out.println("[forms-spike] server rejection shown as: " + shown);
        assertThat(String.join(" ", shown)).contains(RejectUsedDecisionNumber.MESSAGE);
        assertThat(open()).isEqualTo(1);
        assertThat(form.value("Konu başlığı")).isEqualTo("Okul kayıtları");
        assertThat(form.value("Karar numarası")).isEqualTo("KARAR-1");
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getAssignee())
                .isEqualTo(SECRETARY);
        assertThat(runtimeService.getVariable(instanceId, "decisionNumber")).isNull();

        form.text("Karar numarası", "KARAR-2");
        form.complete();
        browser.awaitCompleted();
        assertThat(typeAndValue(variables(), "decisionNumber")).isEqualTo("string:KARAR-2");
    }

    private void start(String formCase, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("plateCode", 27);
        all.put("candidateGroup", "prov-27-secretariat");
        all.put("formCase", formCase);
        instanceId = runtimeService.startProcessInstanceByKey("formsSpike", all).getId();
    }

    private long open() {
        return taskService.createTaskQuery().processInstanceId(instanceId).count();
    }

    private static Object json(String text) {
        return SpinValues.jsonValue(text).create();
    }

    private Map<String, HistoricVariableInstance> variables() {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .disableCustomObjectDeserialization().list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getName, v -> v));
    }

    private JsonNode jsonOf(String name) {
        try {
            return JSON.readTree(variables().get(name).getValue().toString());
        } catch (Exception e) {
            throw new AssertionError(name + " is not JSON", e);
        }
    }

    private static String typeAndValue(Map<String, HistoricVariableInstance> vars, String name) {
        HistoricVariableInstance v = vars.get(name);
        assertThat(v).as(name).isNotNull();
        return v.getTypeName() + ":" + v.getValue();
    }
}
