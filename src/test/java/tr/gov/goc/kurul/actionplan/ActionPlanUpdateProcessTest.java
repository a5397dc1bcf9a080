package tr.gov.goc.kurul.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.decision.Decision;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R5.13: a decision asks for an update of Edirne's action plan; the member institutions give opinions (or the timer
 * records "görüş verilmedi"), the İl GİM drafts and submits a version, the chair rejects it with reasons and approves
 * the next one; the 15 days are watched with a reminder and an escalation. Time moves with the engine clock.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ActionPlanUpdateProcessTest {

    static final int EDIRNE = 22;
    static final String LINES = """
            | Eğitim | Uyum sınıfları açılması | İl Milli Eğitim Müdürlüğü | 30.06.2028 | Açılan sınıf sayısı
            | Sağlık | Tercüman desteği | İl Sağlık Müdürlüğü | 2028-09-30 | Tercümanlı merkez sayısı
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ActionPlans plans;
    @Autowired
    Decisions decisions;
    @Autowired
    Institutions institutions;
    @Autowired
    Notices notices;
    @Autowired
    JdbcTemplate jdbc;

    ActionPlanFixture fixture;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new ActionPlanFixture(engine, decisions, institutions, jdbc);
    }

    @AfterEach
    void tearDown() {
        fixture.cleanUp();
        BpmnAwareTests.reset();
    }

    @Test
    void opinionsThenADraftThenARejectedVersionThenAnApprovedOneKeepsEveryVersion() {
        fixture.at("2028-03-06T10:00:00"); // Monday
        String meetingKey = fixture.meetingKey(EDIRNE);
        Decision decision = fixture.decisionAskingForAnUpdate(meetingKey, EDIRNE, LocalDate.of(2028, 3, 6));
        List<String> started = plans.startUpdatesFor(meetingKey);
        assertThat(started).hasSize(1);
        assertThat(plans.startUpdatesFor(meetingKey)).as("a second call starts nothing").isEmpty();
        String key = ActionPlans.updateKey(decision);
        assertThat(key).isEqualTo(meetingKey + "/KARAR-1/eylem-plani");
        ProcessInstance update = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
        assertThat(update.getTenantId()).isEqualTo("prov-22");
        // R5.13: 15 days (21.03.2028, a Tuesday), opinions within 10 days
        assertThat(update).variables().containsEntry("updateDueDate", "2028-03-21").containsEntry("opinionDueDate", "2028-03-16");

        // one opinion task per member institution that sends liaison officers, except the İl GİM itself
        List<Task> opinionTasks = fixture.tasks(key, "Task_GiveOpinion");
        long expected = institutions.ofProvince(EDIRNE).stream().filter(institutions::sendsLiaison)
                .filter(i -> !i.isKind("GOC_IDARESI")).count();
        assertThat(opinionTasks).hasSize((int) expected).hasSizeGreaterThan(10);
        Task education = opinionTask(key, "prov-22-liaison-milli-egitim");
        Task health = opinionTask(key, "prov-22-liaison-saglik");
        Task police = opinionTask(key, "prov-22-liaison-emniyet");
        assertThatThrownBy(() -> fixture.complete(education, Map.of("agreesAsIs", false)))
                .hasMessageContaining("Görüşünüzü yazın");
        fixture.complete(education, Map.of("opinionText", "EP maddelerine okul öncesi eğitim eklensin."));
        fixture.complete(health, Map.of("agreesAsIs", true));
        assertThat(engine.getTaskService().createTaskQuery().taskId(police.getId()).count()).isOne();

        // the opinion period ends: the others are recorded as "görüş verilmedi"
        fixture.at("2028-03-16T17:31:00");
        assertThat(fixture.tasks(key, "Task_GiveOpinion")).isEmpty();
        List<ActionPlanOpinion> opinions = plans.opinions(key);
        assertThat(opinions).hasSize((int) expected);
        assertThat(opinions).filteredOn(o -> o.getStatus() == ActionPlanOpinion.Status.GIVEN)
                .extracting(ActionPlanOpinion::getOpinionText)
                .containsExactlyInAnyOrder("EP maddelerine okul öncesi eğitim eklensin.", "Değişiklik önerimiz yok.");
        assertThat(opinions).filteredOn(o -> o.getInstitutionName().contains("Emniyet"))
                .extracting(o -> o.getStatus().label()).containsExactly("Görüş verilmedi");

        // the İl GİM consolidates: a wrong line is refused, naming the line; a draft loops back; then it is submitted
        Task consolidate = fixture.task(key, "Task_ConsolidateVersion");
        assertThat(engine.getTaskService().getVariable(consolidate.getId(), "opinionRows").toString()).contains("Görüş verilmedi");
        assertThatThrownBy(() -> fixture.complete(consolidate, Map.of("planLines", "| Eğitim | Uyum sınıfları | MEB | 31.02.2028 | Sayı",
                "submitForApproval", false))).hasMessageContaining("Satır 1: hedef tarih GG.AA.YYYY");
        assertThatThrownBy(() -> fixture.complete(consolidate, Map.of("planLines", "EP-99 | Eğitim | X | MEB | 30.06.2028 | Sayı",
                "submitForApproval", false))).hasMessageContaining("EP-99 planda yok");
        fixture.complete(consolidate, Map.of("planLines", LINES, "submitForApproval", false));
        int draftNumber = plans.latestOfUpdate(key).orElseThrow().getNumber();
        Task again = fixture.task(key, "Task_ConsolidateVersion");
        String draftText = (String) engine.getTaskService().getVariable(again.getId(), "planLines");
        assertThat(draftText).contains("EP-", "| Eğitim | Uyum sınıfları açılması |", "30.06.2028");
        assertThatThrownBy(() -> fixture.complete(again, Map.of("planLines", draftText, "submitForApproval", true)))
                .hasMessageContaining("değişiklik özetini yazın");
        fixture.complete(again, Map.of("planLines", draftText, "changeNote", "Eğitim ve sağlık maddeleri eklendi.",
                "submitForApproval", true));
        ActionPlanVersion first = plans.latestOfUpdate(key).orElseThrow();
        assertThat(first.getNumber()).as("the draft became the submitted version").isEqualTo(draftNumber);
        assertThat(first.getStatus()).isEqualTo(VersionStatus.SUBMITTED);

        // the chair rejects with reasons → back to the İl GİM, who sees them
        Task approve = fixture.task(key, "Task_ApproveVersion");
        assertThat(engine.getTaskService().getIdentityLinksForTask(approve.getId()))
                .extracting(IdentityLink::getGroupId).contains("prov-22-chair");
        assertThatThrownBy(() -> fixture.complete(approve, Map.of("approval", "REJECT")))
                .hasMessageContaining("Reddederken gerekçeyi yazın");
        fixture.complete(approve, Map.of("approval", "REJECT", "approvalReason", "Okul öncesi eğitim görüşü dikkate alınmamış."));
        Task revise = fixture.task(key, "Task_ConsolidateVersion");
        assertThat((String) engine.getTaskService().getVariable(revise.getId(), "lastRejection"))
                .contains("reddedildi", "Okul öncesi eğitim görüşü dikkate alınmamış.");
        String revised = engine.getTaskService().getVariable(revise.getId(), "planLines")
                + " | Eğitim | Okul öncesi eğitime kayıt kampanyası | İl Milli Eğitim Müdürlüğü | 15.09.2028 | Kayıtlı çocuk sayısı\n";
        fixture.complete(revise, Map.of("planLines", revised, "changeNote", "Okul öncesi eğitim maddesi eklendi.",
                "submitForApproval", true));
        fixture.complete(fixture.task(key, "Task_ApproveVersion"), Map.of("approval", "APPROVE"));

        assertThat(update).isEnded().hasPassed("Timer_OpinionDue", "Task_RecordNoOpinion", "EndEvent_OpinionGiven",
                "EndEvent_VersionApproved", "EndEvent_PlanInForce").hasNotPassed("Task_Remind", "Task_Escalate");
        ActionPlanViews.Plan plan = plans.plan(EDIRNE);
        assertThat(plan.current().version().number()).isEqualTo(first.getNumber() + 1);
        assertThat(plan.current().items()).extracting(ActionPlanViews.Item::action)
                .containsExactly("Uyum sınıfları açılması", "Tercüman desteği", "Okul öncesi eğitime kayıt kampanyası");
        assertThat(plan.versions()).filteredOn(v -> key.equals(v.updateKey()))
                .extracting(ActionPlanViews.VersionSummary::status, ActionPlanViews.VersionSummary::decisionReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VersionStatus.REJECTED, "Okul öncesi eğitim görüşü dikkate alınmamış."),
                        org.assertj.core.groups.Tuple.tuple(VersionStatus.APPROVED, null));
        assertThat(plans.version(EDIRNE, first.getNumber()).items()).hasSize(2); // the rejected version is kept as it was
        assertThat(notices.about(key)).extracting(Notice::getKind).containsExactly("ACTION_PLAN_REJECTED", "ACTION_PLAN_APPROVED");
    }

    @Test
    void theIlGimIsRemindedBeforeTheFifteenthDayAndTheChairAndManagersAreToldAtItWhileTheTaskStaysOpen() {
        fixture.at("2028-03-06T10:00:00");
        String meetingKey = fixture.meetingKey(EDIRNE);
        Decision decision = fixture.decisionAskingForAnUpdate(meetingKey, EDIRNE, LocalDate.of(2028, 3, 6));
        ProcessInstance update = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(plans.startUpdatesFor(meetingKey).get(0)).singleResult();
        String key = ActionPlans.updateKey(decision);

        fixture.at("2028-03-16T17:31:00"); // nobody answered
        assertThat(plans.opinions(key)).isNotEmpty().allMatch(o -> o.getStatus() == ActionPlanOpinion.Status.NOT_GIVEN);
        assertThat(notices.about(key)).isEmpty();

        // reminder: 3 days before the 21st is a Saturday → the working day before, Friday 17.03 at 09:00
        fixture.at("2028-03-17T08:59:00");
        assertThat(notices.about(key)).isEmpty();
        fixture.at("2028-03-17T09:01:00");
        assertThat(notices.about(key)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo("ACTION_PLAN_REMINDER");
            assertThat(n.getRecipientGroup()).isEqualTo("prov-22-secretariat");
            assertThat(n.getBody()).contains("21.03.2028");
        });

        // the 15th day ends: the chair and the province's managers are told; the İl GİM's task stays open
        fixture.at("2028-03-21T17:31:00");
        assertThat(notices.about(key)).filteredOn(n -> n.getKind().equals("ACTION_PLAN_OVERDUE"))
                .extracting(Notice::getRecipientGroup).containsExactlyInAnyOrder("prov-22-chair", "prov-22-managers");
        assertThat(fixture.tasks(key, "Task_ConsolidateVersion")).hasSize(1);
        assertThat(update).hasPassed("Task_Remind", "EndEvent_Reminded", "Task_Escalate", "EndEvent_Escalated")
                .isWaitingAt("Task_ConsolidateVersion");

        // late, but the work goes on: submitted and approved
        fixture.complete(fixture.task(key, "Task_ConsolidateVersion"), Map.of("planLines", LINES,
                "changeNote", "Geç de olsa hazırlandı.", "submitForApproval", true));
        fixture.complete(fixture.task(key, "Task_ApproveVersion"), Map.of("approval", "APPROVE"));
        assertThat(update).isEnded();
        assertThat(plans.latestOfUpdate(key).orElseThrow().getStatus()).isEqualTo(VersionStatus.APPROVED);
    }

    private Task opinionTask(String key, String group) {
        return fixture.tasks(key, "Task_GiveOpinion").stream()
                .filter(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> group.equals(l.getGroupId())))
                .findFirst().orElseThrow(() -> new AssertionError("no opinion task for " + group));
    }
}
