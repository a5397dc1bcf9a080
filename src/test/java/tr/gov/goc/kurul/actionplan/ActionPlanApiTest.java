package tr.gov.goc.kurul.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * {@code GET /api/action-plans/{plateCode}} and {@code .../versions/{n}} (R5.13): Gaziantep's demo plan for its own
 * users and managers, 404 for another province, Turkish 400s for bad input; and the sub-commission's record form
 * carrying progress per item (R5.14), which the API then shows.
 */
@KurulIntegrationTest
class ActionPlanApiTest {

    static final String SUB_MEETING = "27-2028-9";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Decisions decisions;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(SUB_MEETING + "-AK").list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test bitti", true, true));
        jdbc.update("delete from action_plan_progress where meeting_key = ?", SUB_MEETING);
        String report = "(select r.id from sub_commission_report r join sub_commission_meeting m on r.meeting_id = m.id where m.meeting_key = ?)";
        jdbc.update("delete from sub_commission_finding where report_id in " + report, SUB_MEETING);
        jdbc.update("delete from sub_commission_attendance where report_id in " + report, SUB_MEETING);
        jdbc.update("delete from sub_commission_report where meeting_id in (select id from sub_commission_meeting where meeting_key = ?)", SUB_MEETING);
        jdbc.update("delete from sub_commission_meeting where meeting_key = ?", SUB_MEETING);
        jdbc.update("delete from notice where business_key like ?", SUB_MEETING + "%");
        new ActionPlanFixture(engine, decisions, institutions, jdbc).cleanUp();
    }

    @Test
    void theProvincesOwnUsersAndManagersSeeThePlanInForceWithItsItemsAndVersions() {
        for (String user : List.of("gaziantep.sekreter", "gaziantep.vali", "gaziantep.milli-egitim.asil", "gaziantep.izleyici", "izleyici")) {
            Api.Response plan = Api.as(port, user, "demo").get("/api/action-plans/27");
            assertThat(plan.status()).as(user + " " + plan).isEqualTo(200);
        }
        JsonNode plan = Api.as(port, "gaziantep.sekreter", "demo").get("/api/action-plans/27").json();
        assertThat(plan.path("provinceName").asText()).isEqualTo("Gaziantep");
        JsonNode version1 = plan.path("versions").get(0);
        assertThat(version1.path("number").asInt()).isEqualTo(1);
        assertThat(version1.path("status").asText()).isEqualTo("APPROVED");
        assertThat(version1.path("statusLabel").asText()).isEqualTo("Onaylandı");
        assertThat(version1.path("createdBy").asText()).isEqualTo("gaziantep.sekreter");
        assertThat(version1.path("decidedBy").asText()).isEqualTo("gaziantep.vali");
        JsonNode current = plan.path("current");
        assertThat(current.path("version").path("inForce").asBoolean()).isTrue();
        JsonNode items = current.path("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(4);
        assertThat(items.get(0).path("code").asText()).isEqualTo("EP-1");
        assertThat(items.get(0).path("thematicArea").asText()).isEqualTo("Eğitim");
        assertThat(items.get(0).path("responsible").asText()).contains("İl Milli Eğitim Müdürlüğü");
        assertThat(items.get(0).path("targetDate").asText()).isEqualTo("2027-06-30");

        Api.Response one = Api.as(port, "gaziantep.sekreter", "demo").get("/api/action-plans/27/versions/1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("items").get(1).path("action").asText()).contains("tercüman");
    }

    @Test
    void anotherProvincesPlanIsNotFoundAndBadInputIsRefusedInTurkish() {
        Api edirne = Api.as(port, "edirne.sekreter", "demo");
        Api.Response other = edirne.get("/api/action-plans/27");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.message()).isEqualTo("Bu ilin eylem planı bulunamadı.");
        assertThat(edirne.get("/api/action-plans/27/versions/1").status()).isEqualTo(404);
        assertThat(edirne.get("/api/action-plans/22").status()).isEqualTo(200);

        Api gaziantep = Api.as(port, "gaziantep.sekreter", "demo");
        Api.Response notANumber = gaziantep.get("/api/action-plans/gaziantep");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.message()).contains("'plateCode' alanının değeri geçersiz");
        Api.Response noSuchProvince = gaziantep.get("/api/action-plans/99");
        assertThat(noSuchProvince.status()).isEqualTo(400);
        assertThat(noSuchProvince.message()).isEqualTo("Plaka kodu 1–81 olmalıdır.");
        Api.Response zero = gaziantep.get("/api/action-plans/27/versions/0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.message()).isEqualTo("Sürüm numarası 1 veya daha büyük olmalıdır.");
        Api.Response missing = gaziantep.get("/api/action-plans/27/versions/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).isEqualTo("Eylem planının 999. sürümü bulunamadı.");
        assertThat(Api.anonymous(port).get("/api/action-plans/27").status()).isEqualTo(401);
    }

    @Test
    void theSubCommissionRecordsProgressPerItemAndTheApiShowsIt() {
        ActionPlanFixture clock = new ActionPlanFixture(engine, decisions, institutions, jdbc);
        clock.at("2028-02-21T09:00:00");
        Map<String, Object> start = new HashMap<>();
        start.put("plateCode", 27);
        start.put("meetingKey", SUB_MEETING);
        start.put("meetingTitle", "Gaziantep İl GKK 2028/9");
        start.put("windowStart", "2028-03-01");
        start.put("windowEnd", "2028-03-07");
        start.put("plannedOn", "2028-01-05");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("subCommissionMeeting", SUB_MEETING + "-AK", start);
        Task schedule = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(schedule.getId(), Map.of("meetingDate", "2028-03-03", "meetingTime", "10:00",
                "meetingPlace", "Gaziantep Valiliği"));
        runJobs(pi);
        clock.at("2028-03-03T10:00:00");
        runJobs(pi);
        Task record = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordMeeting").singleResult();
        assertThat(engine.getTaskService().getVariable(record.getId(), "actionPlanRows").toString()).contains("EP-1", "uyum sınıfları");
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(record.getId(), "liaisonOptions");
        String attendee = options.elements().get(0).prop("value").stringValue();

        Map<String, Object> input = new HashMap<>();
        input.put("attendees", SpinValues.jsonValue("[\"" + attendee + "\"]").create());
        input.put("chairedBy", "Deniz Aktaş");
        input.put("noFindings", true);
        input.put("actionPlanMonitoring", "Eylem planı maddeleri izlendi.");
        input.put("actionPlanProgress", "EP-9 | 40 | yok");
        assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), input)).hasMessageContaining("EP-9 yürürlükteki planda yok");
        input.put("actionPlanProgress", "EP-1 | 140");
        assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), input)).hasMessageContaining("0 ile 100 arasında");
        input.put("actionPlanProgress", "EP-1 | %40 | 12 okulda uyum sınıfı açıldı\nep-2 | 10");
        engine.getTaskService().complete(record.getId(), input);

        JsonNode items = Api.as(port, "gaziantep.sekreter", "demo").get("/api/action-plans/27").json().path("current").path("items");
        assertThat(items.get(0).path("progressPercent").asInt()).isEqualTo(40);
        assertThat(items.get(0).path("progressNote").asText()).isEqualTo("12 okulda uyum sınıfı açıldı");
        assertThat(items.get(0).path("progressMeetingKey").asText()).isEqualTo(SUB_MEETING);
        assertThat(items.get(1).path("progressPercent").asInt()).isEqualTo(10);
        assertThat(items.get(2).path("progressPercent").isNull()).isTrue();
    }

    private void runJobs(ProcessInstance pi) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }
}
