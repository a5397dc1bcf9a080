package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * An extraordinary meeting (R7.3) without a sub-commission, whose minutes are distributed late (R12.2 escalation)
 * and corrected after signing — the correction is a new version, the signed one stays as it was (R12.2).
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ExtraordinaryMeetingTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    Notices notices;

    CycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anExtraordinaryMeetingIsCalledHeldDistributedLateAndCorrected() {
        driver.at("2029-04-20T10:00:00"); // proposals due 30 April, the meeting from 15 May (R10.2)
        Api secretary = Api.as(port, "edirne.sekreter", "demo");
        Api liaison = Api.as(port, "edirne.milli-egitim.asil", "demo");
        assertThat(liaison.post("/api/meetings/extraordinary", Map.of("plateCode", 22, "requestedBy", "GOVERNOR",
                "reason", "Sınır kapısında yoğunluk")).status()).isEqualTo(403);
        // R7.3: "Valinin resen kararıyla" — the chair's group calls it; the secretariat can only propose
        Api.Response bySecretary = secretary.post("/api/meetings/extraordinary", Map.of("plateCode", 22, "requestedBy", "GOVERNOR",
                "reason", "Sınır kapısında yoğunluk (md. 7/3)"));
        assertThat(bySecretary.status()).isEqualTo(403);
        assertThat(bySecretary.body()).contains("teklif olarak");
        assertThat(secretary.post("/api/meetings/extraordinary", Map.of("plateCode", 22, "requestedBy", "PRESIDENCY",
                "reason", "Başkanlık adına")).status()).isEqualTo(403);
        Api.Response called = Api.as(port, "edirne.vali", "demo").post("/api/meetings/extraordinary", Map.of("plateCode", 22,
                "requestedBy", "GOVERNOR", "reason", "Sınır kapısında yoğunluk (md. 7/3)"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        String key = called.json().path("meetingKey").asText();
        assertThat(key).startsWith("22-2029-E");
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("provincialBoardCycle").singleResult();
        driver.runDueJobs();
        assertThat(cycle).hasPassed("StartEvent_ExtraordinaryRequested", "EndEvent_NoSubCommission");

        for (Task task : driver.tasks(key, "Task_SubmitAgendaProposal")) {
            driver.complete(task, Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Yok."));
        }
        Task compile = driver.task(key, "Task_CompileAgenda");
        // through Tasklist's REST call a refused form answers 400 with the Turkish message alone
        Api.Response refused = secretary.post("/engine-rest/task/" + compile.getId() + "/complete", "{\"variables\":{}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).startsWith("Gündemde zorunlu maddeler eksik").doesNotContain("ENGINE-");
        driver.complete(compile, Map.of("includesPreviousDecisions", true, "includesActionPlan", true));
        driver.complete(driver.task(key, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2029-05-24", "meetingTime", "14:00", "meetingPlace", "Edirne Valiliği"));
        driver.runDueJobs();

        driver.at("2029-05-24T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions").subList(0, 3),
                "otherParticipants", "Ayşe Demir; Daire Başkanı; Göç İdaresi Başkanlığı"));
        assertThat(meetings.attendance(meetings.byKey(key))).anyMatch(a -> a.getAttendedAs() == Attendance.AttendedAs.PRESIDENCY);
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation", "Açık kararlar izlendi."));
        driver.complete(driver.task(key, "Task_RecordDecision"), Map.of("decisionAction", "none"));
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Sınır kapısındaki yoğunluk."));
        driver.signMinutes(key);
        driver.complete(driver.task(key, "Task_RecordPlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", "2029-05-24"));

        // 15 days pass without the distribution: the secretariat and the chair are told (R12.2)
        driver.at("2029-06-12T09:00:00");
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("DISTRIBUTION_OVERDUE") && n.getRecipientGroup().equals("prov-22-chair"));

        // a correction after signing is a new version; the signed one is kept as it was
        Api.Response correction = secretary.post("/api/meetings/" + key + "/minutes/corrections", Map.of("reason", "Katılımcı unvanı hatalı"));
        assertThat(correction.status()).as(correction.toString()).isEqualTo(202);
        driver.complete(driver.task(key, "Task_DraftCorrection"), Map.of("minutesTopics", "Sınır kapısındaki yoğunluk (düzeltilmiş).",
                "correctionReason", "Katılımcı unvanı hatalı"));
        driver.returnMinutes(key, "Tarih eksik.");
        driver.complete(driver.task(key, "Task_DraftCorrection"), Map.of("minutesTopics", "Sınır kapısındaki yoğunluk (düzeltilmiş, 24.05.2029).",
                "correctionReason", "Katılımcı unvanı hatalı"));
        driver.signMinutes(key);
        // the returned correction stays as it was, a version of its own (R12.2); the redraft is signed anew
        assertThat(minutes.versions(meetings.byKey(key))).extracting(MinutesVersion::getTopics)
                .containsExactly("Sınır kapısındaki yoğunluk.", "Sınır kapısındaki yoğunluk (düzeltilmiş).",
                        "Sınır kapısındaki yoğunluk (düzeltilmiş, 24.05.2029).");
        assertThat(minutes.versions(meetings.byKey(key))).extracting(MinutesVersion::getStatus)
                .containsExactly(MinutesVersion.Status.SIGNED, MinutesVersion.Status.RETURNED, MinutesVersion.Status.SIGNED);

        driver.complete(driver.task(key, "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-22-2029-7", "sentOn", "2029-06-12"));
        assertThat(meetings.distributions(meetings.byKey(key))).allMatch(d -> d.getMinutesVersion() == 3);
        assertThat(cycle).isEnded();
    }
}
