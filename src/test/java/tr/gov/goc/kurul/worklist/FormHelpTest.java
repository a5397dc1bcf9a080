package tr.gov.goc.kurul.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.TestClock;

/**
 * What Tasklist's form learns about a task (GET /api/tasks/{id}/form-help): the sub-commission's permitted days are
 * exactly the working days of the first week with the 3-day notice possible (R6.9, R11.4, R-DATES), only the
 * secretariat may work the task (a manager reads it, another province does not see it), a step that starts after its
 * computed due date is not overdue at creation, the form's texts get Turkish dates, and the diagram's element keeps
 * its static name while the task names the meeting.
 */
@KurulIntegrationTest
class FormHelpTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;

    ProcessInstance instance;

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtimeService.deleteProcessInstance(instance.getId(), "FormHelpTest bitti", true);
        }
    }

    @Test
    void theSubCommissionOffersTheFirstWeeksWorkingDaysToTheSecretariatOnly() {
        Task schedule = subCommission("2027-02-15T09:00:00");

        JsonNode help = Api.as(port, "edirne.sekreter", "demo").get("/api/tasks/" + schedule.getId() + "/form-help").json();
        assertThat(help.path("mayWork").asBoolean()).isTrue();
        assertThat(days(help.path("permittedDays").path("meetingDate"))).containsExactly(LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5));
        assertThat(help.path("dateFields").toString()).contains("\"key\":\"meetingDate\"", "\"label\":\"Toplantı tarihi\"");
        assertThat(help.path("fields").toString()).contains("\"key\":\"meetingPlace\"", "\"label\":\"Toplantı yeri\"");

        Api.Response manager = Api.as(port, "edirne.izleyici", "demo").get("/api/tasks/" + schedule.getId() + "/form-help");
        assertThat(manager.status()).isEqualTo(200);
        assertThat(manager.json().path("mayWork").asBoolean()).as("yönetici okur, iş yapmaz").isFalse();
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/api/tasks/" + schedule.getId() + "/form-help").status())
                .as("başka ilin görevi").isEqualTo(404);

        assertThat(taskService.getVariable(schedule.getId(), "windowStartText")).isEqualTo("01.03.2027");
        assertThat(taskService.getVariable(schedule.getId(), "proposedDateText")).isEqualTo("01.03.2027 Pazartesi");
        assertThat(schedule.getName()).isEqualTo("Alt komisyon toplantı gününü belirle — Edirne İl GKK 2027/9");
        assertThat(elementName(schedule)).as("diyagramdaki ad sabit").isEqualTo("Alt komisyon toplantı gününü belirle");
    }

    @Test
    void aStepStartedAfterItsDueDateIsNotOverdueWhenCreated() {
        // Friday 5 March 2027, 18:00: no day of the first week is left, the computed due date has passed
        Task schedule = subCommission("2027-03-05T18:00:00");

        assertThat(schedule.getDueDate()).isEqualTo(Date.from(LocalDateTime.parse("2027-03-06T17:30:00").atZone(ISTANBUL).toInstant()));
        JsonNode help = Api.as(port, "edirne.sekreter", "demo").get("/api/tasks/" + schedule.getId() + "/form-help").json();
        assertThat(help.path("permittedDays").path("meetingDate").size()).isZero();
        assertThat(taskService.getVariable(schedule.getId(), "proposedDateText").toString())
                .startsWith("yok — ilk haftada üyelere 3 gün önceden bildirim yapılabilecek iş günü kalmadı");
    }

    private Task subCommission(String now) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(now).atZone(ISTANBUL).toInstant()));
        Map<String, Object> start = new HashMap<>();
        start.put("plateCode", 22);
        start.put("meetingKey", "22-2027-9");
        start.put("meetingTitle", "Edirne İl GKK 2027/9");
        start.put("windowStart", "2027-03-01");
        start.put("windowEnd", "2027-03-07");
        start.put("plannedOn", "2027-01-05");
        instance = runtimeService.startProcessInstanceByKey("subCommissionMeeting", "22-2027-9-AK-yardim", start);
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private String elementName(Task task) {
        return repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey()).getAttributeValue("name");
    }

    private static List<LocalDate> days(JsonNode array) {
        List<LocalDate> days = new ArrayList<>();
        array.forEach(d -> days.add(LocalDate.parse(d.asText())));
        return days;
    }
}
