package tr.gov.goc.kurul.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.clock;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.noProposal;
import static tr.gov.goc.kurul.agenda.AgendaCollectionFixture.proposal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/** Every path of {@code agendaCollection} in the real engine, with the demo province Gaziantep (R10.2). */
@KurulIntegrationTest
@TestExecutionListeners(value = org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AgendaCollectionProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AgendaProposalRepository rows;
    @Autowired
    Institutions institutions;
    @Autowired
    AgendaProposals proposals;
    @Autowired
    Notices notices;
    @Autowired
    tr.gov.goc.kurul.policy.Policy policy;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    AgendaCollectionFixture fixture;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture = new AgendaCollectionFixture(processEngine, rows, institutions);
        clock("2026-03-17T09:00:00");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        fixture.cleanUp();
        BpmnAwareTests.reset();
    }

    @Test
    void everyLiaisonInstitutionGetsANamedTaskDueAtTheEndOfTheDueDate() {
        ProcessInstance instance = fixture.start();

        assertThat(instance).isWaitingAt("Task_SubmitAgendaProposal").hasPassed("Task_PrepareInstitutions");
        List<Institution> expected = fixture.liaisonInstitutions();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        List<Task> tasks = fixture.openTasks(instance);
        assertThat(tasks).hasSize(expected.size());

        Task education = fixture.taskOf(instance, "milli-egitim");
        assertThat(education.getName()).isEqualTo("Gündem önerisi — Gaziantep İl GKK 2026/2 — " + fixture.institution("milli-egitim").getName());
        assertThat(education.getDueDate()).isEqualTo(java.util.Date.from(
                LocalDateTime.parse("2026-03-31T17:30:00").atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(education.getTenantId()).isEqualTo("prov-27");
        assertThat(taskService.getIdentityLinksForTask(education.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("prov-27-liaison-milli-egitim");
        // the form's fields are declared in the institution's branch, empty
        assertThat(processEngine.getFormService().getTaskFormVariables(education.getId()))
                .containsKeys("hasProposal", "topic", "category", "riskFlag").containsEntry("topic", null);
        // the reminder is three days before the due date: Saturday 28.03 → Friday 27.03 (R-DATES), 09:00
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "agendaReminderAt")).isEqualTo("2026-03-27T09:00:00");
    }

    @Test
    void theReminderDayCountIsAPolicyNumberAsOfThePlanDate() {
        java.time.LocalDate from = java.time.LocalDate.parse("2090-01-01");
        try {
            policy.set(PrepareAgendaCollectionDelegate.REMINDER_DAYS, "5", from, "test");
            ProcessInstance before = fixture.start(AgendaCollectionFixture.DUE_DATE, Map.of("plannedOn", "2089-12-31"));
            ProcessInstance after = fixture.start(AgendaCollectionFixture.DUE_DATE, Map.of("plannedOn", "2090-01-02"));
            // R15.3: a change never disturbs a cycle planned before it
            assertThat(processEngine.getRuntimeService().getVariable(before.getId(), "agendaReminderAt")).isEqualTo("2026-03-27T09:00:00");
            assertThat(processEngine.getRuntimeService().getVariable(after.getId(), "agendaReminderAt")).isEqualTo("2026-03-26T09:00:00");
        } finally {
            jdbc.update("DELETE FROM policy_parameter WHERE name = ? AND effective_from = ?", PrepareAgendaCollectionDelegate.REMINDER_DAYS, from);
        }
    }

    @Test
    void answersWithAndWithoutAProposalAreStoredAndTheCollectionEndsWhenEveryInstitutionAnswered() {
        ProcessInstance instance = fixture.start();
        String meetingKey = instance.getBusinessKey();

        String educationTask = fixture.taskOf(instance, "milli-egitim").getId();
        String healthTask = fixture.taskOf(instance, "saglik").getId();
        identityService.setAuthentication("gaziantep.milli-egitim.asil", List.of("prov-27-liaison-milli-egitim"), List.of("prov-27"));
        taskService.complete(educationTask, proposal("Yabancı öğrencilerin okula uyumu"));
        identityService.setAuthentication("gaziantep.saglik.yedek", List.of("prov-27-liaison-saglik"), List.of("prov-27"));
        taskService.complete(healthTask, noProposal());
        identityService.clearAuthentication();

        // each answer stays in its institution's branch: the process instance carries only small variables
        assertThat(processEngine.getRuntimeService().getVariables(instance.getId()))
                .doesNotContainKeys("topic", "description", "activities", "negativeEvents");
        assertThat(instance).isActive();

        for (Task task : fixture.openTasks(instance)) {
            taskService.complete(task.getId(), noProposal());
        }
        assertThat(instance).isEnded().hasPassed("EndEvent_ProposalReceived", "EndEvent_AgendaCollected")
                .hasNotPassed("Task_RecordLate", "Task_RemindLiaison");

        List<AgendaProposalView> answers = proposals.forMeeting(meetingKey);
        assertThat(answers).hasSize(fixture.liaisonInstitutions().size());
        AgendaProposalView education = answers.stream().filter(a -> a.institutionId() == fixture.institution("milli-egitim").getId()).findFirst().orElseThrow();
        assertThat(education.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(education.institutionName()).isEqualTo(fixture.institution("milli-egitim").getName());
        assertThat(education.topic()).isEqualTo("Yabancı öğrencilerin okula uyumu");
        assertThat(education.category()).isEqualTo(AgendaCategory.SOSYAL_UYUM);
        assertThat(education.categoryLabel()).isEqualTo("Sosyal uyum");
        assertThat(education.specialRequested()).isTrue();
        assertThat(education.specialRequest()).isEqualTo("Uyum sınıflarının durumu ayrıca görüşülsün.");
        assertThat(education.activities()).startsWith("2025-2026 öğretim yılında");
        assertThat(education.negativeEvents()).contains("gerginlik");
        assertThat(education.riskFlag()).isTrue();
        assertThat(education.submittedBy()).isEqualTo("gaziantep.milli-egitim.asil");
        assertThat(education.submittedAt()).isEqualTo(LocalDateTime.parse("2026-03-17T09:00:00").atZone(ZoneId.systemDefault()).toInstant());
        assertThat(education.meetingKey()).isEqualTo(meetingKey);
        assertThat(education.plateCode()).isEqualTo(27);

        AgendaProposalView health = answers.stream().filter(a -> a.institutionId() == fixture.institution("saglik").getId()).findFirst().orElseThrow();
        assertThat(health.status()).isEqualTo(ProposalStatus.NO_PROPOSAL);
        assertThat(health.topic()).isNull();
        assertThat(health.category()).isNull();
        assertThat(health.activities()).isEqualTo("Olağan hizmetler sürdü.");
        assertThat(health.submittedBy()).isEqualTo("gaziantep.saglik.yedek");

        // completed without a logged-in user (e.g. by the engine in a test): recorded as "sistem"
        assertThat(answers).filteredOn(a -> a.submittedBy().equals("sistem")).hasSize(answers.size() - 2);
        assertThat(notices.about(meetingKey)).isEmpty();
    }

    @Test
    void invalidInputKeepsTheTaskOpenWithATurkishMessageAndStoresNothing() {
        ProcessInstance instance = fixture.start();
        Task task = fixture.taskOf(instance, "milli-egitim");

        Map<String, Object> noTopic = proposal(" ");
        assertThatThrownBy(() -> taskService.complete(task.getId(), noTopic)).hasMessageContaining("gündem konusunu yazın");
        Map<String, Object> emoji = proposal("Uyum 😀");
        assertThatThrownBy(() -> taskService.complete(task.getId(), emoji)).hasMessageContaining("emoji");
        Map<String, Object> longTopic = proposal("a".repeat(201));
        assertThatThrownBy(() -> taskService.complete(task.getId(), longTopic)).hasMessageContaining("en fazla 200 karakter");
        Map<String, Object> category = proposal("Uyum");
        category.put("category", "EKONOMI");
        assertThatThrownBy(() -> taskService.complete(task.getId(), category)).hasMessageContaining("Konu başlığı listede yok");
        Map<String, Object> risk = noProposal();
        risk.put("riskFlag", true);
        assertThatThrownBy(() -> taskService.complete(task.getId(), risk)).hasMessageContaining("olumsuz olayı");
        Map<String, Object> special = noProposal();
        special.put("specialRequest", true);
        assertThatThrownBy(() -> taskService.complete(task.getId(), special)).hasMessageContaining("Özel gündem talebiniz");
        Map<String, Object> unanswered = noProposal();
        unanswered.remove("hasProposal");
        assertThatThrownBy(() -> taskService.complete(task.getId(), unanswered)).hasMessageContaining("öneriniz olup olmadığını");
        Map<String, Object> control = noProposal();
        control.put("activities", "satır\u0007");
        assertThatThrownBy(() -> taskService.complete(task.getId(), control)).hasMessageContaining("denetim karakteri");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariable(task.getId(), "topic")).isNull();
        assertThat(proposals.forMeeting(instance.getBusinessKey())).isEmpty();

        // the same task then takes a valid answer
        taskService.complete(task.getId(), proposal("Uyum"));
        assertThat(proposals.forMeeting(instance.getBusinessKey())).extracting(AgendaProposalView::status)
                .containsExactly(ProposalStatus.SUBMITTED);
    }

    @Test
    void theLiaisonGroupsThatHaveNotAnsweredAreRemindedBeforeTheDueDate() {
        ProcessInstance instance = fixture.start();
        String meetingKey = instance.getBusinessKey();
        taskService.complete(fixture.taskOf(instance, "saglik").getId(), noProposal());

        clock("2026-03-27T08:59:00");
        assertThat(fixture.dueJobs(instance)).isZero();
        clock("2026-03-27T09:01:00");
        int ran = fixture.runDueJobs(instance);
        assertThat(ran).isEqualTo(fixture.liaisonInstitutions().size() - 1);

        List<Notice> reminders = notices.about(meetingKey);
        assertThat(reminders).hasSize(fixture.liaisonInstitutions().size() - 1)
                .allSatisfy(n -> assertThat(n.getKind()).isEqualTo("AGENDA_REMINDER"));
        Notice education = reminders.stream().filter(n -> n.getRecipientGroup().equals("prov-27-liaison-milli-egitim")).findFirst().orElseThrow();
        assertThat(education.getSubject()).isEqualTo("Hatırlatma: gündem önerisi — Gaziantep İl GKK 2026/2");
        assertThat(education.getBody()).contains("31.03.2026").contains("17.30").contains(fixture.institution("milli-egitim").getName());
        assertThat(reminders).noneMatch(n -> n.getRecipientGroup().equals("prov-27-liaison-saglik"));

        // the tasks stay open after the reminder
        assertThat(fixture.openTasks(instance)).hasSize(fixture.liaisonInstitutions().size() - 1);
        assertThat(instance).hasPassed("Task_RemindLiaison", "EndEvent_Reminded").isWaitingAt("Task_SubmitAgendaProposal");
    }

    @Test
    void atTheDueDateUnansweredTasksCloseAsLateAndTheSecretariatIsTold() {
        ProcessInstance instance = fixture.start();
        String meetingKey = instance.getBusinessKey();
        taskService.complete(fixture.taskOf(instance, "milli-egitim").getId(), proposal("Uyum"));

        clock("2026-03-31T17:29:00");
        fixture.runDueJobs(instance); // only the reminders
        assertThat(fixture.openTasks(instance)).hasSize(fixture.liaisonInstitutions().size() - 1);

        clock("2026-03-31T17:31:00");
        fixture.runDueJobs(instance);
        assertThat(instance).isEnded().hasPassed("Task_RecordLate", "EndEvent_Late", "EndEvent_AgendaCollected");

        List<AgendaProposalView> answers = proposals.forMeeting(meetingKey);
        assertThat(answers).filteredOn(a -> a.status() == ProposalStatus.LATE).hasSize(fixture.liaisonInstitutions().size() - 1)
                .allSatisfy(a -> {
                    assertThat(a.submittedBy()).isNull();
                    assertThat(a.lateAt()).isNotNull();
                });
        assertThat(answers).filteredOn(a -> a.status() == ProposalStatus.SUBMITTED).extracting(AgendaProposalView::institutionId)
                .containsExactly(fixture.institution("milli-egitim").getId());

        List<Notice> late = notices.about(meetingKey).stream().filter(n -> n.getKind().equals("AGENDA_LATE")).toList();
        assertThat(late).hasSize(fixture.liaisonInstitutions().size() - 1)
                .allSatisfy(n -> assertThat(n.getRecipientGroup()).isEqualTo("prov-27-secretariat"));
        Notice health = late.stream().filter(n -> n.getSubject().contains(fixture.institution("saglik").getName())).findFirst().orElseThrow();
        assertThat(health.getSubject()).isEqualTo("Gündem önerisi gelmedi — " + fixture.institution("saglik").getName() + " — Gaziantep İl GKK 2026/2");
        assertThat(health.getBody()).contains("31.03.2026").contains("/api/meetings/" + meetingKey + "/agenda-proposals/");
    }

    @Test
    void aCollectionStartedAfterItsDueDateClosesEveryTaskAsLateAtOnceWithoutReminders() {
        clock("2026-04-02T10:00:00");
        ProcessInstance instance = fixture.start();
        assertThat(fixture.openTasks(instance)).hasSize(fixture.liaisonInstitutions().size());

        fixture.runDueJobs(instance);

        assertThat(instance).isEnded();
        assertThat(proposals.forMeeting(instance.getBusinessKey())).hasSize(fixture.liaisonInstitutions().size())
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(ProposalStatus.LATE));
        assertThat(notices.about(instance.getBusinessKey())).extracting(Notice::getKind).containsOnly("AGENDA_LATE");
    }
}
