package tr.gov.goc.kurul.calendar;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The delegate beans {@code validateMeetingDate} and {@code computeMeetingDeadlines} in a real engine, through a
 * throw-away process (no project BPMN depends on them yet). Dates are in 2099 so "today" never catches up.
 * <p>
 * Runs in the shared application context (one engine for the whole run): the process is deployed before each test
 * and removed with its instances, tasks and history afterwards, so other tests never meet it.
 */
@KurulIntegrationTest
class MeetingDelegatesTest {

    private static final String KEY = "calendarDelegatesTest";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("validate").camundaDelegateExpression("${validateMeetingDate}")
                .serviceTask("compute").camundaDelegateExpression("${computeMeetingDeadlines}")
                .userTask("wait")
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private Map<String, Object> run(Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, variables);
        return runtimeService.getVariables(instance.getId());
    }

    @Test
    void validDateGivesNoErrorAndTheDeadlines() {
        Map<String, Object> in = new HashMap<>();
        in.put("meetingType", "PROVINCIAL_BOARD");
        in.put("meetingDate", "2099-04-15");
        in.put("windowStart", "2099-04-01");
        in.put("windowEnd", "2099-04-30");
        in.put("plannedOn", "2099-01-10");
        Map<String, Object> out = run(in);
        assertThat(out).containsEntry("meetingDateValid", true)
                .containsEntry("meetingDateErrors", "")
                .containsEntry("agendaDueDate", "2099-03-31")
                .containsEntry("agendaOpensOn", "2099-03-20")
                .containsEntry("noticeDueDate", "2099-04-10")
                .containsEntry("minutesDistributionDueDate", "2099-04-30")
                .containsEntry("platformEntryDueDate", "2099-04-30")
                .containsEntry("plannedOn", "2099-01-10");
    }

    @Test
    void invalidDateIsReportedInTurkishAndPlannedOnIsPinned() {
        Map<String, Object> in = new HashMap<>();
        in.put("meetingType", "SUB_COMMISSION");
        in.put("meetingDate", "2099-06-13"); // Saturday, outside 1–7 June
        in.put("windowStart", "2099-06-01");
        in.put("windowEnd", "2099-06-07");
        Map<String, Object> out = run(in);
        assertThat(out.get("meetingDateValid")).isEqualTo(false);
        assertThat((String) out.get("meetingDateErrors")).contains("Cumartesi").contains("R6.9");
        assertThat(out.get("plannedOn")).isEqualTo(TestClock.TODAY.toString());
        assertThat(out).containsEntry("agendaDueDate", null).containsEntry("minutesDistributionDueDate", null);
    }
}
