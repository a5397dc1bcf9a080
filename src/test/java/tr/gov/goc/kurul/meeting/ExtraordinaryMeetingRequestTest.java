package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R7.3, R8.4: who may call an extraordinary meeting and what follows — the İl GİM's proposal waits for the chair's
 * decision (approved or rejected with a reason), the chair's own call and the presidency's request (API or message)
 * start the board cycle at once with shortened lead times and the reason as the first agenda item; a district request
 * reaches the district's hand-over point. The approved meeting's decision marked "eylem planı güncellensin" then
 * starts actionPlanUpdate once the minutes are signed (R5.13).
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ExtraordinaryMeetingRequestTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetings meetings;
    @Autowired
    Notices notices;
    @Autowired
    Provinces provinces;
    @Autowired
    JdbcTemplate jdbc;

    CycleDriver driver;
    final List<String> keys = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new CycleDriver(engine);
        driver.at("2028-04-03T10:00:00"); // a Monday
    }

    @AfterEach
    void tearDown() {
        for (String key : keys) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").list()
                    .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test bitti", true, true));
            jdbc.update("delete from notice where business_key like ?", key + "%");
            jdbc.update("delete from action_plan_item where version_id in (select id from action_plan_version where update_key like ?)", key + "%");
            jdbc.update("delete from action_plan_version where update_key like ?", key + "%");
            jdbc.update("delete from action_plan_opinion where update_key like ?", key + "%");
            // the meeting and its decisions, so other tests of the province find no open decision of ours (R5.7)
            String decisionIds = "(select id from decision where meeting_key = ?)";
            jdbc.update("delete from follow_up_report where decision_id in " + decisionIds, key);
            jdbc.update("delete from decision_responsibility where decision_id in " + decisionIds, key);
            jdbc.update("delete from decision where meeting_key = ?", key);
            jdbc.update("delete from agenda_proposal where meeting_key = ?", key);
            String meetingIds = "(select id from meeting where meeting_key = ?)";
            jdbc.update("delete from minutes_signature where minutes_version_id in (select id from minutes_version where meeting_id in "
                    + meetingIds + ")", key);
            for (String table : List.of("meeting_document", "minutes_pdf", "meeting_liaison_list", "meeting_agenda_item", "meeting_attendance", "minutes_distribution", "platform_entry", "minutes_version")) {
                jdbc.update("delete from " + table + " where meeting_id in " + meetingIds, key);
            }
            jdbc.update("delete from meeting where meeting_key = ?", key);
        }
        CycleDriver.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aSecretariatProposalIsDecidedByTheChairAndTheApprovedMeetingOpensWithTheReason() {
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        Api.Response proposed = secretary.post("/api/meetings/extraordinary", Map.of("plateCode", 27,
                "requestedBy", "IL_GIM_PROPOSAL", "reason", "Mevsimlik tarım işçilerinin barınma sorunu"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.json().path("status").asText()).isEqualTo("AWAITING_CHAIR_DECISION");
        assertThat(proposed.json().path("meetingKey").isNull()).isTrue();
        String requestKey = proposed.json().path("requestKey").asText();
        assertThat(requestKey).startsWith("27-2028-ET");
        keys.add(requestKey);
        ProcessInstance request = request(requestKey);
        assertThat(request).isWaitingAt("Task_ChairDecision");

        Task decide = driver.task(requestKey, "Task_ChairDecision");
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("prov-27-chair");
        assertThatThrownBy(() -> driver.complete(decide, Map.of("chairDecision", "REJECT")))
                .hasMessageContaining("Reddederken gerekçeyi yazın");
        driver.complete(decide, Map.of("chairDecision", "APPROVE"));
        assertThat(request).isEnded().hasPassed("Task_CallProvincialMeeting", "EndEvent_ProvincialCalled");

        String meetingKey = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(request.getId()).variableName("meetingKey").singleResult().getValue();
        keys.add(meetingKey);
        Meeting meeting = meetings.byKey(meetingKey);
        assertThat(meeting.getKind()).isEqualTo(MeetingKind.EXTRAORDINARY);
        // the circular's fifteen days for every board (R10.1, R10.2; policy data): a call of 10 days like an ordinary
        // one (3 → 13 April), and the meeting at least 15 days after the proposals' due date (28 April)
        assertThat(meeting.getAgendaDueDate()).isEqualTo(LocalDate.of(2028, 4, 13));
        assertThat(meeting.getWindowStart()).isEqualTo(LocalDate.of(2028, 4, 28));

        // the board cycle: the reason is the agenda's first item
        driver.runDueJobs();
        for (Task task : driver.tasks(meetingKey, "Task_SubmitAgendaProposal")) {
            driver.complete(task, Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Yok."));
        }
        driver.complete(driver.task(meetingKey, "Task_CompileAgenda"), Map.of("includesPreviousDecisions", true, "includesActionPlan", true));
        List<AgendaItem> agenda = meetings.agenda(meetings.byKey(meetingKey));
        assertThat(agenda.get(0).getSource()).isEqualTo(AgendaItem.Source.EXTRAORDINARY_REQUEST);
        assertThat(agenda.get(0).getTitle()).contains("Mevsimlik tarım işçilerinin barınma sorunu");

        // R5.13: a decision marked "eylem planı güncellensin" starts the update once the minutes are signed
        driver.complete(driver.task(meetingKey, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2028-05-02", "meetingTime", "10:00", "meetingPlace", "Gaziantep Valiliği"));
        driver.at("2028-05-02T09:00:00");
        Task attendance = driver.task(meetingKey, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions").subList(0, 3)));
        driver.complete(driver.task(meetingKey, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation", "Açık kararlar izlendi."));
        Task decision = driver.task(meetingKey, "Task_RecordDecision");
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Eylem planına mevsimlik tarım işçilerinin barınması eklensin.");
        values.put("decisionJustification", "Barınma sorunu büyüyor.");
        values.put("decisionAim", "Barınma koşullarının iyileştirilmesi.");
        values.put("decisionDeadline", "2028-06-30");
        values.put("responsibleInstitutions", List.of(driver.optionValues(decision, "institutionOptions").get(1)));
        values.put("decisionRiskItem", false);
        values.put("decisionActionPlanUpdate", true);
        values.put("moreDecisions", false);
        driver.complete(decision, values);
        // R5.13: the İl GİM's fifteen days run from the board's decision — not from the minutes' signature
        ProcessInstance update = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ActionPlans.PROCESS_KEY)
                .processInstanceBusinessKey(meetingKey + "/KARAR-1/eylem-plani").singleResult();
        assertThat(update).as("started with the decision").isNotNull();
        assertThat(update.getTenantId()).isEqualTo("prov-27");
        assertThat(update).isWaitingAt("Task_GiveOpinion");
        assertThat(engine.getRuntimeService().getVariable(update.getId(), "updateDueDate")).isEqualTo("2028-05-17"); // 2 May + 15
        driver.complete(driver.task(meetingKey, "Task_DraftMinutes"), Map.of("minutesTopics", "Barınma sorunu."));
        driver.signMinutes(meetingKey);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ActionPlans.PROCESS_KEY)
                .processInstanceBusinessKeyLike(meetingKey + "/%").count()).as("one update, not a second at the signature").isEqualTo(1);
    }

    @Test
    void theChairRejectsAProposalWithAReasonAndTheSecretariatIsTold() {
        Api.Response proposed = Api.as(port, "edirne.sekreter", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 22, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Sınır kapısında yoğunluk"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String requestKey = proposed.json().path("requestKey").asText();
        keys.add(requestKey);
        int meetingsBefore = meetings.ofProvince(22).size();
        driver.complete(driver.task(requestKey, "Task_ChairDecision"),
                Map.of("chairDecision", "REJECT", "chairReason", "Olağan toplantı iki hafta sonra; konu orada görüşülecek."));
        assertThat(request(requestKey)).isEnded().hasPassed("Task_NotifyRejection", "EndEvent_Rejected")
                .hasNotPassed("Task_CallProvincialMeeting");
        assertThat(notices.about(requestKey)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo("EXTRAORDINARY_REJECTED");
            assertThat(n.getRecipientGroup()).isEqualTo("prov-22-secretariat");
            assertThat(n.getBody()).contains("Olağan toplantı iki hafta sonra");
        });
        assertThat(meetings.ofProvince(22)).hasSize(meetingsBefore);
    }

    @Test
    void theChairAndThePresidencyCallAMeetingWithoutAnApprovalTask() {
        // the Vali alone (R7.3)
        Api.Response byChair = Api.as(port, "edirne.vali", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 22, "requestedBy", "GOVERNOR", "reason", "Düzensiz göç yoğunluğu"));
        assertThat(byChair.status()).as(byChair.toString()).isEqualTo(201);
        assertThat(byChair.json().path("status").asText()).isEqualTo("MEETING_CALLED");
        keys.add(byChair.json().path("requestKey").asText());
        keys.add(byChair.json().path("meetingKey").asText());
        assertThat(request(byChair.json().path("requestKey").asText())).isEnded().hasNotPassed("Task_ChairDecision");

        // the presidency through the API (a national manager) …
        Api.Response byPresidency = Api.as(port, "izleyici", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 22, "requestedBy", "PRESIDENCY", "reason", "Başkanlık talebi: uyum eylem planı değerlendirmesi"));
        assertThat(byPresidency.status()).as(byPresidency.toString()).isEqualTo(201);
        assertThat(byPresidency.json().path("meetingKey").asText()).startsWith("22-2028-E");
        keys.add(byPresidency.json().path("requestKey").asText());
        keys.add(byPresidency.json().path("meetingKey").asText());
        assertThat(request(byPresidency.json().path("requestKey").asText()))
                .hasPassed("StartEvent_PresidencyRequested", "EndEvent_ProvincialCalled");

        // … or as the message ExtraordinaryMeetingRequestedByPresidency from outside Kurul's API
        ProcessInstance byMessage = engine.getRuntimeService().createMessageCorrelation(ExtraordinaryRequests.PRESIDENCY_MESSAGE)
                .setVariable("plateCode", 27).setVariable("reason", "Başkanlık talebi: kayıt dışı istihdam").correlateStartMessage();
        HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(byMessage.getId()).singleResult();
        assertThat(done.getBusinessKey()).startsWith("27-2028-ET");
        keys.add(done.getBusinessKey());
        assertThat(byMessage).isEnded().hasPassed("Task_CallProvincialMeeting").hasNotPassed("Task_ChairDecision");
        String meetingKey = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(byMessage.getId()).variableName("meetingKey").singleResult().getValue();
        keys.add(meetingKey);
        assertThat(meetings.byKey(meetingKey).getPlateCode()).isEqualTo(27);
    }

    @Test
    void aDistrictRequestStartsTheDistrictBoardsExtraordinaryCycle() {
        long sahinbey = provinces.findDistrict(27, "Şahinbey").orElseThrow().getId();
        // R8.4 as R7.3: the Kaymakam's own call is the Kaymakamlık's act, not the provincial secretariat's
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "districtId", sahinbey, "requestedBy", "GOVERNOR", "reason", "Mahallede gerginlik")).status()).isEqualTo(403);
        Api.Response called = Api.as(port, "sahinbey.kaymakam", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "districtId", sahinbey, "requestedBy", "GOVERNOR", "reason", "Mahallede gerginlik"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        assertThat(called.json().path("status").asText()).isEqualTo("MEETING_CALLED");
        String requestKey = called.json().path("requestKey").asText();
        assertThat(requestKey).startsWith("27-D" + sahinbey + "-2028-ET");
        keys.add(requestKey);
        String meetingKey = called.json().path("meetingKey").asText();
        keys.add(meetingKey);
        assertThat(meetingKey).startsWith("27-ilce-" + sahinbey + "-2028-E");
        assertThat(request(requestKey)).isEnded().hasPassed("Task_StartDistrictMeeting", "EndEvent_DistrictCalled");
        // R8.4: the district board's own cycle runs, and the request's reason opens its agenda
        assertThat(meetings.byKey(meetingKey).getKind()).isEqualTo(MeetingKind.EXTRAORDINARY);
        assertThat(meetings.byKey(meetingKey).getDistrictId()).isEqualTo(sahinbey);
        assertThat(meetings.byKey(meetingKey).getAgendaDueDate()).as("an agenda call of 10 days (policy)").hasToString("2028-04-13");
        assertThat(meetings.byKey(meetingKey).getWindowStart()).as("15 days after the proposals (R10.2)").hasToString("2028-04-28");
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("districtBoardCycle")
                .processInstanceBusinessKey(meetingKey).singleResult();
        assertThat(cycle).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "extraordinaryReason")).isEqualTo("Mahallede gerginlik");

        // a second request while that meeting is under way opens no second meeting: the district is told to add the reason
        Api.Response again = Api.as(port, "sahinbey.kaymakam", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "districtId", sahinbey, "requestedBy", "GOVERNOR", "reason", "Okul önünde kavga"));
        assertThat(again.json().path("status").asText()).as(again.toString()).isEqualTo("DISTRICT_MEETING_TO_PLAN");
        String againKey = again.json().path("requestKey").asText();
        keys.add(againKey);
        assertThat(again.json().path("meetingKey").isNull()).isTrue();
        assertThat(notices.about(againKey)).extracting(Notice::getRecipientGroup)
                .containsExactlyInAnyOrder("dist-" + sahinbey + "-secretariat", "dist-" + sahinbey + "-chair");
        assertThat(notices.about(againKey)).allMatch(n -> n.getBody().contains("Okul önünde kavga"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("districtBoardCycle")
                .variableValueEquals("districtId", sahinbey).variableValueEquals("meetingKind", "EXTRAORDINARY").count()).isEqualTo(1);

        // an İlçe GİM proposal (the district's secretariat) goes to the Kaymakam
        Api.Response proposed = Api.as(port, "sahinbey.sekreter", "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", 27, "districtId", sahinbey, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Okulda gerginlik"));
        String proposalKey = proposed.json().path("requestKey").asText();
        keys.add(proposalKey);
        Task decide = driver.task(proposalKey, "Task_ChairDecision");
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("dist-" + sahinbey + "-chair");
    }

    @Test
    void badRequestsAreRefusedInTurkish() {
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        long requestsBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExtraordinaryRequests.PROCESS_KEY).count();
        Api.Response blank = secretary.post("/api/meetings/extraordinary", Map.of("plateCode", 27, "requestedBy", "GOVERNOR", "reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.message()).contains("Gerekçe zorunludur");
        long ipsala = provinces.findDistrict(22, "İpsala").orElseThrow().getId();
        Api.Response otherProvince = Api.as(port, "ipsala.kaymakam", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 27, "districtId", ipsala, "requestedBy", "GOVERNOR", "reason", "Gerginlik"));
        assertThat(otherProvince.status()).isEqualTo(400);
        assertThat(otherProvince.message()).isEqualTo("İlçe bu ile ait değil.");
        Api.Response stranger = Api.as(port, "edirne.sekreter", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 27, "requestedBy", "IL_GIM_PROPOSAL", "reason", "Gerginlik"));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExtraordinaryRequests.PROCESS_KEY).count()).as("nothing started").isEqualTo(requestsBefore);
    }

    private ProcessInstance request(String requestKey) {
        HistoricProcessInstance historic = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExtraordinaryRequests.PROCESS_KEY).processInstanceBusinessKey(requestKey).singleResult();
        assertThat(historic).as("extraordinaryMeeting " + requestKey).isNotNull();
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(historic.getId()).singleResult();
        return running != null ? running : new EndedInstance(historic);
    }

    /** A ProcessInstance handle for an instance that has already ended (BPM Assert reads history by id). */
    private record EndedInstance(HistoricProcessInstance historic) implements ProcessInstance {
        public String getId() { return historic.getId(); }
        public String getProcessInstanceId() { return historic.getId(); }
        public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
        public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
        public String getBusinessKey() { return historic.getBusinessKey(); }
        public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }
        public String getCaseInstanceId() { return historic.getCaseInstanceId(); }
        public boolean isSuspended() { return false; }
        public boolean isEnded() { return true; }
        public String getTenantId() { return historic.getTenantId(); }
    }
}
