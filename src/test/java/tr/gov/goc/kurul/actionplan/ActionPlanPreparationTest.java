package tr.gov.goc.kurul.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R5.13: "Yerel Uyum Eylem Planı İl Göç İdaresi Müdürlüğünce üye kurumlarla birlikte hazırlanır ve yılın ilk kurul
 * toplantısında onaylanır" — the İl GİM asks every member institution for its contribution, prepares the plan due
 * with the first meeting's agenda, and the board's decision recorded at that meeting puts it in force; a plan the
 * board returns is revised and then approved by the chair, as an update is.
 */
@KurulIntegrationTest
class ActionPlanPreparationTest {

    static final int EDIRNE = 22;
    static final String LINES = """
            | Eğitim | Uyum sınıfları açılması | İl Milli Eğitim Müdürlüğü | 30.06.2072 | Açılan sınıf sayısı
            | İstihdam | Mesleki kurslar | Çalışma ve İş Kurumu İl Müdürlüğü | 30.09.2072 | Kursu bitiren kişi sayısı
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
    JdbcTemplate jdbc;

    ActionPlanFixture fixture;
    String firstMeeting;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new ActionPlanFixture(engine, decisions, institutions, jdbc);
        firstMeeting = fixture.meetingKey(EDIRNE).replaceAll("-2$", "-1");
        fixture.track(firstMeeting);
    }

    @AfterEach
    void tearDown() {
        fixture.cleanUp();
        BpmnAwareTests.reset();
    }

    @Test
    void theInstitutionsContributeTheIlGimSubmitsAndTheFirstMeetingApproves() {
        fixture.at("2071-12-01T10:00:00");
        plans.startPreparation(EDIRNE, firstMeeting, 2072, LocalDate.of(2071, 12, 17));
        String key = ActionPlans.preparationKey(firstMeeting);
        ProcessInstance preparation = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
        assertThat(preparation.getTenantId()).isEqualTo("prov-22");
        // every member institution is asked for its contribution, due before the first meeting's agenda closes
        assertThat(fixture.tasks(key, "Task_GiveOpinion")).hasSizeGreaterThan(15);
        assertThat(engine.getRuntimeService().getVariable(preparation.getId(), "updateDueDate")).isEqualTo("2071-12-17");
        for (Task opinion : fixture.tasks(key, "Task_GiveOpinion")) {
            fixture.complete(opinion, Map.of("agreesAsIs", true));
        }
        // before the İl GİM submits, the board has nothing to approve
        assertThatThrownBy(() -> plans.recordBoardDecision(firstMeeting, true, null, "edirne.sekreter"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("henüz kurula sunmadı");
        fixture.complete(fixture.task(key, "Task_ConsolidateVersion"), Map.of("planLines", LINES, "submitForApproval", true,
                "changeNote", "Kurumların katkılarıyla 2072 planı."));
        assertThat(preparation).isWaitingAt("Task_AwaitBoardDecision");
        assertThat(fixture.tasks(key, "Task_ApproveVersion")).as("not the chair alone").isEmpty();
        assertThat(plans.submittedFor(firstMeeting)).hasValueSatisfying(p -> assertThat(p.rows()).hasSize(2));

        // at the first meeting the board approves: the plan is in force, approved by the board of that meeting
        fixture.at("2072-01-14T11:00:00");
        plans.recordBoardDecision(firstMeeting, true, null, "edirne.sekreter");
        assertThat(preparation).isEnded();
        ActionPlanVersion inForce = plans.inForce(EDIRNE).orElseThrow();
        assertThat(inForce.getUpdateKey()).isEqualTo(key);
        assertThat(inForce.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThat(inForce.getDecidedBy()).contains("Kurul (" + firstMeeting + ")");
    }

    @Test
    void aPlanTheBoardReturnsIsRevisedAndThenApprovedByTheChair() {
        fixture.at("2071-12-01T10:00:00");
        plans.startPreparation(EDIRNE, firstMeeting, 2072, LocalDate.of(2071, 12, 17));
        String key = ActionPlans.preparationKey(firstMeeting);
        fixture.at("2071-12-20T10:00:00"); // the opinions' time is over: "görüş verilmedi" for each
        fixture.complete(fixture.task(key, "Task_ConsolidateVersion"), Map.of("planLines", LINES, "submitForApproval", true,
                "changeNote", "İlk taslak."));
        assertThatThrownBy(() -> plans.recordBoardDecision(firstMeeting, false, " ", "edirne.sekreter"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gerekçesini");
        plans.recordBoardDecision(firstMeeting, false, "Sağlık maddesi eksik.", "edirne.sekreter");
        fixture.complete(fixture.task(key, "Task_ConsolidateVersion"), Map.of("planLines", LINES
                + "| Sağlık | Tercüman desteği | İl Sağlık Müdürlüğü | 31.12.2072 | Tercümanlı merkez sayısı\n",
                "submitForApproval", true, "changeNote", "Kurulun istediği sağlık maddesi eklendi."));
        Task chair = fixture.task(key, "Task_ApproveVersion");
        assertThat(engine.getTaskService().getIdentityLinksForTask(chair.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("prov-22-chair");
        fixture.complete(chair, Map.of("approval", "APPROVE"));
        assertThat(plans.plan(EDIRNE).versions()).extracting(v -> v.status())
                .contains(VersionStatus.REJECTED, VersionStatus.APPROVED);
    }
}
