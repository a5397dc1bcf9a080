package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.TestClock;

/**
 * R15.3: a value carries the date it takes effect, and a year's plan follows the values in force for that year — a
 * change from 1 January 2081 governs the plan of 2081 even when the yearly planning of 1 December 2080 makes it —
 * while a meeting keeps the values it was planned by. Years 2080–2081 and Osmaniye (80) are this test's own.
 */
@KurulIntegrationTest
class RulesOfThePeriodTest {

    private static final int OSMANIYE = 80;
    private static final String THRESHOLD = "provincialBoardPopulationThreshold";

    @LocalServerPort
    int port;
    @Autowired
    Policy policy;
    @Autowired
    Boards boards;
    @Autowired
    YearPlanner planner;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(OSMANIYE + "-208%").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Test bitti"));
        jdbc.update("DELETE FROM meeting WHERE meeting_key LIKE '" + OSMANIYE + "-208%'");
        jdbc.update("DELETE FROM policy_parameter WHERE name = ? AND effective_from = DATE '2081-01-01'", THRESHOLD);
        // Osmaniye without a figure again: nobody else's planning finds it
        jdbc.update("UPDATE board SET foreign_population = NULL, population_as_of = NULL, population_source = NULL "
                + "WHERE plate_code = ? AND district_id IS NULL", OSMANIYE);
    }

    @Test
    void aThresholdRaisedFromNextYearGovernsNextYearsPlanMadeThisDecember() {
        // the presidency raises the four-meetings threshold from 10,000 to 20,000 from 1 January 2081
        policy.set(THRESHOLD, "20000", LocalDate.of(2081, 1, 1), null);
        Api admin = Api.as(port, "admin", "admin");
        assertThat(boardMeetings(admin.get("/api/calendar/plan?level=PROVINCE&foreignPopulation=15000&year=2080").json()))
                .containsExactly(1, 4, 7, 10); // R7.1 as in force in 2080
        assertThat(boardMeetings(admin.get("/api/calendar/plan?level=PROVINCE&foreignPopulation=15000&year=2081").json()))
                .containsExactly(1, 7); // R7.2 as in force in 2081

        // the yearly planning of 1 December 2080 plans 2081 by 2081's rules
        long board = boards.provincialBoard(OSMANIYE).getId();
        boards.update(board, new Boards.BoardChange(15000, TestClock.TODAY, "test", null));
        at("2080-12-01T03:00:00");
        List<Meeting> planned = planner.plan(OSMANIYE, 2081).stream().filter(m -> !m.isDistrict()).toList();
        assertThat(planned).extracting(m -> m.getWindowStart().getMonthValue()).containsExactly(1, 7);
        // each meeting keeps the date whose values it was planned by
        assertThat(planned).allSatisfy(m -> assertThat(m.getPlannedOn()).isEqualTo(LocalDate.of(2081, 1, 1)));
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(OSMANIYE + "-2081-1").singleResult().getId(), "plannedOn")).isEqualTo("2081-01-01");
    }

    private static List<Integer> boardMeetings(JsonNode plan) {
        List<Integer> months = new java.util.ArrayList<>();
        for (JsonNode meeting : plan.path("meetings")) {
            if (meeting.path("type").asText().equals("PROVINCIAL_BOARD")) {
                months.add(LocalDate.parse(meeting.path("windowStart").asText()).getMonthValue());
            }
        }
        return months;
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
    }
}
