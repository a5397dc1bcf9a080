package tr.gov.goc.kurul.decision;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/**
 * decisionFollowUp (R5.5–R5.7): one follow-up per responsible institution, its liaison officers report until the
 * decision is done or cannot be done, overdue reports remind them and then tell the secretariat. The meeting is on
 * 15 April 2099 (engine clock), so real time never catches up with the timers.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DecisionFollowUpProcessTest {

    static final LocalDate MEETING_DAY = LocalDate.of(2099, 4, 15);
    static final LocalDate DEADLINE = LocalDate.of(2099, 6, 30);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Decisions decisions;
    @Autowired
    FollowUps followUps;
    @Autowired
    ReportDueDates dueDates;
    @Autowired
    Notices notices;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcTemplate jdbc;

    DecisionFixtures fixtures;
    String meetingKey;
    long milliEgitim;
    long saglik;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(at(MEETING_DAY, 10, 0));
        fixtures = new DecisionFixtures(institutions, jdbc);
        meetingKey = fixtures.meetingKey(27);
        milliEgitim = fixtures.institution(27, "MILLI_EGITIM");
        saglik = fixtures.institution(27, "SAGLIK");
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
        BpmnAwareTests.reset();
        List<String> mine = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("decisionFollowUp").list()
                .stream().filter(p -> p.getBusinessKey().startsWith(meetingKey + "/")).map(p -> p.getId()).toList();
        if (!mine.isEmpty()) {
            runtimeService.deleteProcessInstancesIfExists(mine, "test bitti", true, true, false);
            historyService.deleteHistoricProcessInstancesIfExists(mine);
        }
        jdbc.update("delete from notice where business_key like ?", meetingKey + "/%");
        fixtures.removeDecisions();
    }

    private Decision decision(Set<Long> responsible) {
        return decisions.record(meetingKey, 27, "Okula kaydı olmayan çocuklar tespit edilecek.", "Okul dışı çocuk sayısı arttı.",
                "Bütün çocukların okula kaydı.", DEADLINE, responsible, false, false, MEETING_DAY);
    }

    private ProcessInstance followUpOf(Decision decision, String institutionCode) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(meetingKey + "/" + decision.getLabel() + "/" + institutionCode).singleResult();
    }

    @Test
    void startOpensOneFollowUpPerResponsibleInstitutionForItsLiaisonGroup() {
        Decision decision = decision(Set.of(milliEgitim, saglik));
        List<String> started = followUps.start(decision.getId());
        assertThat(started).hasSize(2);
        assertThat(followUps.start(decision.getId())).as("started once only").isEmpty();

        String label = "KARAR-1 (Gaziantep " + meetingKey.substring(3, 7) + "/2)";
        LocalDate due = dueDates.nextReportDue(decision, MEETING_DAY, MEETING_DAY);
        ProcessInstance milli = followUpOf(decision, "milli-egitim");
        assertThat(milli).isStarted().isWaitingAt("Task_ReportFollowUp").hasVariables("plateCode", "decisionId", "institutionId",
                "candidateGroup", "decisionLabel", "reportDueDate");
        assertThat(milli.getTenantId()).isEqualTo("prov-27");
        Map<String, Object> variables = runtimeService.getVariables(milli.getId());
        assertThat(variables).containsEntry("plateCode", 27).containsEntry("decisionId", decision.getId())
                .containsEntry("institutionId", milliEgitim).containsEntry("decisionLabel", label)
                .containsEntry("candidateGroup", GroupIds.liaison(27, "milli-egitim"))
                .containsEntry("reportDueDate", due.toString());

        Task task = taskService.createTaskQuery().processInstanceId(milli.getId()).singleResult();
        assertThat(task.getName()).isEqualTo("Karar takibi — " + label + " — Gaziantep İl Milli Eğitim Müdürlüğü");
        assertThat(task.getDueDate()).isEqualTo(at(due, 17, 30));
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("prov-27-liaison-milli-egitim");
        assertThat(taskService.getVariablesLocal(task.getId())).containsEntry("decisionText", decision.getText())
                .containsEntry("decisionJustification", decision.getJustification()).containsEntry("decisionAim", decision.getAim())
                .containsEntry("decisionDeadline", "2099-06-30").containsEntry("previousReport", "Henüz rapor verilmedi.");

        Task ofSaglik = taskService.createTaskQuery().processInstanceId(followUpOf(decision, "saglik").getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(ofSaglik.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("prov-27-liaison-saglik");
    }

    @Test
    void theInstitutionsLiaisonOfficersSeeAndReportItOthersDoNot() {
        Decision decision = decision(Set.of(milliEgitim));
        followUps.start(decision.getId());
        ProcessInstance instance = followUpOf(decision, "milli-egitim");
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        String byKey = "/engine-rest/task?processInstanceBusinessKey=" + instance.getBusinessKey();

        Api principal = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        assertThat(ids(principal.get(byKey))).containsExactly(taskId);
        assertThat(ids(Api.as(port, "gaziantep.milli-egitim.yedek", "demo").get(byKey))).containsExactly(taskId);
        assertThat(ids(Api.as(port, "gaziantep.saglik.asil", "demo").get(byKey))).isEmpty();
        assertThat(ids(Api.as(port, "edirne.milli-egitim.asil", "demo").get(byKey))).isEmpty();
        Api other = Api.as(port, "gaziantep.saglik.asil", "demo");
        assertThat(other.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables",
                Map.of("followUpStatus", Map.of("value", "DONE"))))).extracting(Api.Response::status).isIn(403, 404);

        // what Tasklist loads: the deployed form and the decision to show on it
        Api.Response form = principal.get("/engine-rest/task/" + taskId + "/deployed-form");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("decision-follow-up");
        JsonNode shown = principal.get("/engine-rest/task/" + taskId + "/form-variables").json();
        assertThat(shown.path("decisionText").path("value").asText()).isEqualTo(decision.getText());
        assertThat(shown.path("decisionLabel").path("value").asText()).startsWith("KARAR-1 (Gaziantep ");

        Api.Response done = principal.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(
                "followUpStatus", Map.of("value", "DONE"),
                "followUpNote", Map.of("value", "Tarama tamamlandı, 412 çocuk kaydedildi."),
                "followUpEvidence", Map.of("value", "Valilik yazısı 2099/118"))));
        assertThat(done.status()).as(done.toString()).isIn(200, 204);
        assertThat(instance).isEnded().hasPassed("EndEvent_FollowUpConcluded");
        FollowUpReport report = decisions.latestReport(decision.getId(), milliEgitim).orElseThrow();
        assertThat(report.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(report.getNote()).isEqualTo("Tarama tamamlandı, 412 çocuk kaydedildi.");
        assertThat(report.getEvidence()).isEqualTo("Valilik yazısı 2099/118");
        assertThat(report.getReportedBy()).isEqualTo("gaziantep.milli-egitim.asil");
        assertThat(decisions.openForProvince(27)).noneMatch(s -> s.decision().getId().equals(decision.getId()));
    }

    @Test
    void anInvitedInstitutionWithoutLiaisonOfficersIsReportedForByTheIlGim() {
        // R4.4, R12.2: an invited institution named responsible has no liaison officers (R6.3); the İl GİM reports for it
        long chamber = institutions.allOfProvince(27).stream()
                .filter(i -> i.getCategory() == tr.gov.goc.kurul.institution.InstitutionCategory.INVITED)
                .filter(i -> i.getName().equals("Gaziantep Ticaret Odası")).findFirst().orElseThrow().getId();
        Decision decision = decision(Set.of(chamber));
        followUps.start(decision.getId());
        Task task = taskService.createTaskQuery().processInstanceBusinessKeyLike(meetingKey + "/" + decision.getLabel() + "/%")
                .singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
                .containsExactly("prov-27-secretariat");
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        assertThat(ids(secretary.get("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId()))).containsExactly(task.getId());
        Api.Response done = secretary.post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of(
                "followUpStatus", Map.of("value", "DONE"),
                "followUpNote", Map.of("value", "Oda üyelerine bilgilendirme yapıldı (odanın 12.05.2099 tarihli yazısı).")))); 
        assertThat(done.status()).as(done.toString()).isIn(200, 204);
        assertThat(decisions.latestStatus(decision.getId(), chamber)).contains(FollowUpStatus.DONE);
    }

    @Test
    void cannotBeDoneWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        Decision decision = decision(Set.of(milliEgitim));
        followUps.start(decision.getId());
        ProcessInstance instance = followUpOf(decision, "milli-egitim");
        Task task = task(instance);

        Api.Response refused = Api.as(port, "gaziantep.milli-egitim.asil", "demo").post("/engine-rest/task/" + task.getId()
                + "/submit-form", Map.of("variables", Map.of("followUpStatus", Map.of("value", "CANNOT_BE_DONE"),
                "followUpNote", Map.of("value", "Bütçe ayrılmadı"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("Karar yerine getirilemiyorsa gerekçesi yazılmalıdır").doesNotContain("ENGINE-");
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("followUpStatus", "BITTI")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("Geçersiz durum");
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("followUpNote", "durum yok")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("Kararın durumu seçilmelidir");
        assertThat(instance).isWaitingAt("Task_ReportFollowUp");
        assertThat(task(instance).getId()).isEqualTo(task.getId());
        assertThat(runtimeService.getVariable(instance.getId(), "followUpNote")).as("nothing submitted is kept").isNull();
        assertThat(decisions.latestStatus(decision.getId(), milliEgitim)).isEmpty();

        complete(task, withVariables("followUpStatus", "CANNOT_BE_DONE", "followUpReason", "Ödenek ayrılmadı."));
        assertThat(instance).isEnded().hasPassed("EndEvent_FollowUpConcluded").hasNotPassed("Task_ScheduleNextReport");
        assertThat(decisions.latestReport(decision.getId(), milliEgitim).orElseThrow().getReason()).isEqualTo("Ödenek ayrılmadı.");
    }

    @Test
    void inProgressAsksForTheNextReportWithANewDueDate() {
        Decision decision = decision(Set.of(milliEgitim));
        followUps.start(decision.getId());
        ProcessInstance instance = followUpOf(decision, "milli-egitim");
        Task first = task(instance);
        LocalDate firstDue = LocalDate.parse((String) runtimeService.getVariable(instance.getId(), "reportDueDate"));

        ClockUtil.setCurrentTime(at(MEETING_DAY.plusDays(20), 11, 0));
        complete(first, withVariables("followUpStatus", "IN_PROGRESS", "followUpNote", "Tarama sürüyor."));

        assertThat(instance).hasPassed("Task_ScheduleNextReport").isWaitingAt("Task_ReportFollowUp");
        Task second = task(instance);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        LocalDate secondDue = dueDates.nextReportDue(decision, firstDue, MEETING_DAY);
        assertThat(secondDue).isAfter(firstDue);
        assertThat(runtimeService.getVariable(instance.getId(), "reportDueDate")).isEqualTo(secondDue.toString());
        assertThat(second.getDueDate()).isEqualTo(at(secondDue, 17, 30));
        assertThat(runtimeService.getVariable(instance.getId(), "followUpNote")).as("the form starts empty").isNull();
        assertThat((String) taskService.getVariableLocal(second.getId(), "previousReport")).contains("Devam ediyor — Tarama sürüyor.");
        assertThat(mineOpen(decision)).extracting(s -> s.institutions().get(0).status()).containsExactly(FollowUpStatus.IN_PROGRESS);

        complete(second, withVariables("followUpStatus", "NOT_STARTED"));
        assertThat(instance).isWaitingAt("Task_ReportFollowUp");
        assertThat(decisions.latestStatus(decision.getId(), milliEgitim)).contains(FollowUpStatus.NOT_STARTED);
        complete(task(instance), withVariables("followUpStatus", "DONE"));
        assertThat(instance).isEnded();
        assertThat(decisions.reports(decision.getId(), milliEgitim)).extracting(FollowUpReport::getStatus)
                .containsExactly(FollowUpStatus.IN_PROGRESS, FollowUpStatus.NOT_STARTED, FollowUpStatus.DONE);
        assertThat(mineOpen(decision)).isEmpty();
    }

    @Test
    void anOverdueReportRemindsTheLiaisonGroupThenTellsTheSecretariat() {
        Decision decision = decision(Set.of(milliEgitim));
        followUps.start(decision.getId());
        ProcessInstance instance = followUpOf(decision, "milli-egitim");
        LocalDate due = LocalDate.parse((String) runtimeService.getVariable(instance.getId(), "reportDueDate"));
        LocalDate escalation = LocalDate.parse((String) runtimeService.getVariable(instance.getId(), "escalationDate"));
        assertThat(escalation).isAfterOrEqualTo(due.plusDays(5));

        ClockUtil.setCurrentTime(at(due, 17, 0));
        assertThat(executeDueJobs(instance)).as("nothing is due before the end of the due day").isZero();
        ClockUtil.setCurrentTime(at(due, 17, 31));
        assertThat(executeDueJobs(instance)).isEqualTo(1);
        assertThat(instance).hasPassed("Task_RemindLiaison", "EndEvent_Reminded").isWaitingAt("Task_ReportFollowUp");
        List<Notice> sent = notices.about(instance.getBusinessKey());
        assertThat(sent).extracting(Notice::getRecipientGroup, Notice::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prov-27-liaison-milli-egitim", "FOLLOW_UP_OVERDUE"));
        assertThat(sent.get(0).getSubject()).startsWith("Karar takip raporu gecikti: KARAR-1 (Gaziantep ");
        assertThat(sent.get(0).getBody()).contains("Gaziantep İl Milli Eğitim Müdürlüğü").contains(due.toString());

        ClockUtil.setCurrentTime(at(escalation, 17, 31));
        assertThat(executeDueJobs(instance)).isEqualTo(1);
        assertThat(instance).hasPassed("Task_EscalateToSecretariat", "EndEvent_Escalated").isWaitingAt("Task_ReportFollowUp");
        Notice escalated = notices.about(instance.getBusinessKey()).get(1);
        assertThat(escalated.getRecipientGroup()).isEqualTo("prov-27-secretariat");
        assertThat(escalated.getKind()).isEqualTo("FOLLOW_UP_ESCALATION");
        assertThat(escalated.getSubject()).contains("Karar takip raporu verilmedi").contains("Gaziantep İl Milli Eğitim Müdürlüğü");
        assertThat(escalated.getBody()).contains("R5.5");
        assertThat(notices.forRecipient("gaziantep.sekreter", Set.of("prov-27-secretariat")))
                .extracting(Notice::getId).contains(escalated.getId());

        // the late report is still taken
        complete(task(instance), withVariables("followUpStatus", "DONE", "followUpNote", "Geç de olsa tamamlandı."));
        assertThat(instance).isEnded();
    }

    private List<DecisionStatus> mineOpen(Decision decision) {
        return decisions.openForProvince(27).stream().filter(s -> s.decision().getId().equals(decision.getId())).toList();
    }

    private int executeDueJobs(ProcessInstance instance) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
        return jobs.size();
    }

    private static Task task(ProcessInstance instance) {
        return BpmnAwareTests.task(instance);
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Registry.stream(response.json()).map(n -> n.path("id").asText()).toList();
    }
}
