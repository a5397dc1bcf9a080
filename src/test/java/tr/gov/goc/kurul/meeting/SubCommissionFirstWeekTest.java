package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.calendar.DayPart;
import tr.gov.goc.kurul.calendar.DayType;
import tr.gov.goc.kurul.calendar.NonWorkingDays;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R6.9, R11.4: the sub-commission meets in the first week of the month before the board, noticed three days ahead.
 * In March 2083 days 1–3 are working days and 4–7 are leave or weekend: the İl GİM is asked for the day a week before
 * the month begins, so 2 March can still be chosen — started on 1 March itself, no day of that week could be noticed
 * in time. Gaziantep's 2083 is this test's own (the yearly planning timer plans the year after any day a test moves to, so
 * tests keep to years nobody else visits).
 */
@KurulIntegrationTest
class SubCommissionFirstWeekTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    YearPlanner planner;
    @Autowired
    NonWorkingDays nonWorkingDays;
    @Autowired
    JdbcTemplate jdbc;

    CycleDriver driver;

    @BeforeEach
    void leaveOnTheFourthAndFifthOfMarch() {
        driver = new CycleDriver(engine);
        nonWorkingDays.put(LocalDate.of(2083, 3, 4), DayType.IDARI_IZIN, DayPart.FULL, "Test: idari izin", "test");
        nonWorkingDays.put(LocalDate.of(2083, 3, 5), DayType.IDARI_IZIN, DayPart.FULL, "Test: idari izin", "test");
    }

    @AfterEach
    void cleanUp() {
        CycleDriver.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("27-%2083-%").list().stream()
                .filter(p -> p.getId().equals(p.getRootProcessInstanceId())) // the called ones go with their callers
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Test bitti"));
        jdbc.update("DELETE FROM meeting WHERE meeting_key LIKE '27-%2083-%'");
        nonWorkingDays.remove(LocalDate.of(2083, 3, 4), DayType.IDARI_IZIN);
        nonWorkingDays.remove(LocalDate.of(2083, 3, 5), DayType.IDARI_IZIN);
    }

    @Test
    void theDayIsAskedForBeforeTheFirstWeekSoItsFirstDaysKeepTheirNotice() {
        driver.at("2082-12-01T09:00:00");
        planner.plan(27, 2083);
        // 22 February, a week before the first week of March: the İl GİM is asked for the day
        driver.at("2083-02-21T09:00:00");
        assertThat(driver.tasks("27-2083-2-AK", "Task_ScheduleMeeting")).isEmpty();
        driver.at("2083-02-22T09:00:00");
        Task schedule = driver.task("27-2083-2-AK", "Task_ScheduleMeeting");
        assertThat(engine.getTaskService().getVariable(schedule.getId(), "proposedDate")).isEqualTo("2083-03-01");

        driver.complete(schedule, Map.of("meetingDate", "2083-03-02", "meetingTime", "10:00",
                "meetingPlace", "İl Göç İdaresi Müdürlüğü"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("27-2083-2-AK").singleResult())
                .isNotNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("meetingDate")
                .processInstanceId(schedule.getProcessInstanceId()).singleResult().getValue()).isEqualTo("2083-03-02");
    }
}
