package tr.gov.goc.kurul.dashboard;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;

/**
 * The compliance dashboard's numbers for a year whose records this test writes (2037, which no other test uses):
 * Edirne held its first meeting in the window and its second after it, distributed the first minutes in time and
 * the second late, entered only the first in the platform; Milli Eğitim answered one agenda call in time and one
 * late and has one decision done and one overdue. Managers see their provinces only; a liaison officer none.
 * Run on H2 and on MariaDB by the subclasses.
 */
abstract class ComplianceDashboardScenarios {

    // a year no other test uses for Edirne, inside MariaDB's TIMESTAMP range (to January 2038)
    private static final int YEAR = 2037;
    private static final int EDIRNE = 22;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    long milliEgitim;
    /** Decisions of earlier years still open in Edirne (other tests' records): today's view counts them too. */
    JsonNode before;
    JsonNode milliEgitimBefore;

    @BeforeEach
    void writeAYearOfEdirneRecords() {
        cleanUp();
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.parse("2037-09-15T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        long board = jdbc.queryForObject("SELECT id FROM board WHERE plate_code = ? AND level = 'PROVINCIAL'", Long.class, EDIRNE);
        milliEgitim = jdbc.queryForObject("SELECT id FROM institution WHERE plate_code = ? AND district_id IS NULL AND kind_code = 'MILLI_EGITIM'",
                Long.class, EDIRNE);
        JsonNode baseline = Api.as(port, "edirne.izleyici", "demo").get("/api/reports/compliance/22?year=2037").json();
        before = baseline.path("summary").path("decisions");
        milliEgitimBefore = StreamSupport.stream(baseline.path("institutions").spliterator(), false)
                .filter(i -> i.path("institutionId").asLong() == milliEgitim).findFirst().orElse(null);
        // 1: held 20 January, in its January window; minutes sent in time; entered in the platform in time
        long first = meeting(board, "22-2037-1", "Edirne İl GKK 2037/1", "2037-01-01", "2037-01-31", "2037-01-20", "CLOSED",
                "2037-02-04", "2037-01-31");
        distribution(first, "2037-02-02");
        jdbc.update("INSERT INTO platform_entry (meeting_id, entered_on, recorded_at) VALUES (?, ?, ?)", first,
                Date.valueOf("2037-01-30"), Timestamp.valueOf("2037-01-30 10:00:00"));
        // 2: July window, held 5 August (late); minutes sent late; no platform entry though its due date is past
        long second = meeting(board, "22-2037-2", "Edirne İl GKK 2037/2", "2037-07-01", "2037-07-31", "2037-08-05", "MINUTES_SIGNED",
                "2037-08-20", "2037-08-29");
        distribution(second, "2037-08-25");
        // 3: extraordinary, window not over, not yet held
        meeting(board, "22-2037-E1", "Edirne İl GKK olağanüstü 2037/E1", "2037-09-10", "2037-11-10", null, "AGENDA_COMPILED", null, null);

        proposal("22-2037-1", "NO_PROPOSAL");
        proposal("22-2037-2", "LATE");
        long done = decision("22-2037-1", 1, "2037-06-30");
        long overdue = decision("22-2037-1", 2, "2037-08-31");
        decision("22-2037-2", 1, "2037-12-31");
        jdbc.update("INSERT INTO follow_up_report (decision_id, institution_id, status, reported_by, reported_at) VALUES (?, ?, 'IN_PROGRESS', 'x', ?)",
                done, milliEgitim, Timestamp.valueOf("2037-03-01 10:00:00"));
        jdbc.update("INSERT INTO follow_up_report (decision_id, institution_id, status, reported_by, reported_at) VALUES (?, ?, 'DONE', 'x', ?)",
                done, milliEgitim, Timestamp.valueOf("2037-06-01 10:00:00"));
        jdbc.update("INSERT INTO follow_up_report (decision_id, institution_id, status, reported_by, reported_at) VALUES (?, ?, 'IN_PROGRESS', 'x', ?)",
                overdue, milliEgitim, Timestamp.valueOf("2037-07-01 10:00:00"));
    }

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        for (String year : new String[] {"22-2037-%", "22-2036-%"}) {
            jdbc.update("DELETE FROM follow_up_report WHERE decision_id IN (SELECT id FROM decision WHERE meeting_key LIKE ?)", year);
            jdbc.update("DELETE FROM decision_responsibility WHERE decision_id IN (SELECT id FROM decision WHERE meeting_key LIKE ?)", year);
            jdbc.update("DELETE FROM decision WHERE meeting_key LIKE ?", year);
        }
        jdbc.update("DELETE FROM agenda_proposal WHERE meeting_key LIKE '22-2037-%'");
        jdbc.update("DELETE FROM minutes_distribution WHERE meeting_id IN (SELECT id FROM meeting WHERE meeting_key LIKE '22-2037-%')");
        jdbc.update("DELETE FROM platform_entry WHERE meeting_id IN (SELECT id FROM meeting WHERE meeting_key LIKE '22-2037-%')");
        jdbc.update("DELETE FROM meeting WHERE meeting_key LIKE '22-2037-%' OR meeting_key = '22-2036-4'");
    }

    @Test
    void theProvinceShowsWhichDeadlinesWereKept() {
        Api.Response response = Api.as(port, "edirne.izleyici", "demo").get("/api/reports/compliance/22?year=2037");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        JsonNode s = report.path("summary");
        assertThat(report.path("name").asText()).isEqualTo("Edirne");
        assertThat(report.path("asOfText").asText()).isEqualTo("15.09.2037");
        assertThat(s.path("meetings").path("total").asInt()).isEqualTo(3);
        assertThat(s.path("meetings").path("heldInWindow").asInt()).isEqualTo(1);
        assertThat(s.path("meetings").path("heldLate").asInt()).isEqualTo(1);
        assertThat(s.path("meetings").path("upcoming").asInt()).isEqualTo(1);
        assertThat(s.path("proposals").path("onTime").asInt()).isEqualTo(1);
        assertThat(s.path("proposals").path("late").asInt()).isEqualTo(1);
        assertThat(s.path("minutes").path("onTime").asInt()).isEqualTo(1);
        assertThat(s.path("minutes").path("late").asInt()).isEqualTo(1);
        assertThat(s.path("platform").path("onTime").asInt()).isEqualTo(1);
        assertThat(s.path("platform").path("overdue").asInt()).isEqualTo(1);
        assertThat(s.path("decisions").path("done").asInt()).isEqualTo(before.path("done").asInt() + 1);
        assertThat(s.path("decisions").path("overdue").asInt()).isEqualTo(before.path("overdue").asInt() + 1);
        assertThat(s.path("decisions").path("open").asInt()).isEqualTo(before.path("open").asInt() + 1);

        JsonNode meetings = report.path("meetings");
        assertThat(meetings.get(0).path("held").asText()).isEqualTo("Zamanında");
        assertThat(meetings.get(1).path("held").asText()).isEqualTo("Geç");
        assertThat(meetings.get(1).path("minutes").asText()).isEqualTo("Geç");
        assertThat(meetings.get(1).path("platform").asText()).isEqualTo("Süresi geçti");
        assertThat(meetings.get(2).path("stage").asText()).isEqualTo("Gündem hazır");
        assertThat(meetings.get(2).path("kind").asText()).isEqualTo("Olağanüstü");

        JsonNode institution = StreamSupport.stream(report.path("institutions").spliterator(), false)
                .filter(i -> i.path("institutionId").asLong() == milliEgitim).findFirst().orElseThrow();
        assertThat(institution.path("proposalsOnTime").asInt()).isEqualTo(1);
        assertThat(institution.path("proposalsLate").asInt()).isEqualTo(1);
        assertThat(institution.path("decisionsDone").asInt()).isEqualTo(count(milliEgitimBefore, "decisionsDone") + 1);
        assertThat(institution.path("decisionsOverdue").asInt()).isEqualTo(count(milliEgitimBefore, "decisionsOverdue") + 1);
        assertThat(report.path("actionPlan").has("available")).isTrue();
    }

    @Test
    void managersSeeTheirProvincesAndOthersNothing() {
        JsonNode national = Api.as(port, "izleyici", "demo").get("/api/reports/compliance?year=2037").json();
        assertThat(national.path("allProvinces").asBoolean()).isTrue();
        assertThat(national.path("provinces")).extracting(p -> p.path("plateCode").asInt()).contains(EDIRNE);
        assertThat(national.path("national").path("meetings").path("heldLate").asInt()).isEqualTo(1);

        Api.Response gaziantep = Api.as(port, "gaziantep.izleyici", "demo").get("/api/reports/compliance?year=2037");
        assertThat(gaziantep.status()).isEqualTo(200);
        assertThat(gaziantep.json().path("allProvinces").asBoolean()).isFalse();
        assertThat(gaziantep.json().path("provinces")).extracting(p -> p.path("plateCode").asInt()).doesNotContain(EDIRNE);
        Api.Response foreign = Api.as(port, "gaziantep.izleyici", "demo").get("/api/reports/compliance/22?year=2037");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.message()).contains("uyum panosunu görme yetkiniz yok");

        Api.Response liaison = Api.as(port, "edirne.milli-egitim.asil", "demo").get("/api/reports/compliance?year=2037");
        assertThat(liaison.status()).isEqualTo(403);
        assertThat(liaison.message()).contains("yöneticiler ve il sekreteryaları");
        assertThat(Api.anonymous(port).get("/api/reports/compliance").status()).isEqualTo(401);

        Api.Response badYear = Api.as(port, "izleyici", "demo").get("/api/reports/compliance?year=1999");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.message()).contains("Yıl 2020 ile 2100 arasında olmalı");
    }

    @Test
    void aDecisionOfAnEarlierYearStillOpenIsOverdueToday() {
        long board = jdbc.queryForObject("SELECT id FROM board WHERE plate_code = ? AND level = 'PROVINCIAL'", Long.class, EDIRNE);
        jdbc.update("INSERT INTO meeting (meeting_key, board_id, plate_code, meeting_year, kind, title, window_start, window_end, "
                        + "planned_on, agenda_opens_on, agenda_due_date, meeting_date, status, minutes_distribution_due_date, "
                        + "platform_entry_due_date) VALUES ('22-2036-4', ?, ?, 2036, 'ORDINARY', 'Edirne İl GKK 2036/4', ?, ?, ?, ?, ?, ?, "
                        + "'CLOSED', ?, ?)", board, EDIRNE, date("2036-10-01"), date("2036-10-31"), date("2035-12-01"),
                date("2036-09-01"), date("2036-09-15"), date("2036-10-20"), date("2036-11-04"), date("2036-10-31"));
        decision("22-2036-4", 1, "2036-12-31");
        long done = decision("22-2036-4", 2, "2036-12-31");
        jdbc.update("INSERT INTO follow_up_report (decision_id, institution_id, status, reported_by, reported_at) VALUES (?, ?, 'DONE', 'x', ?)",
                done, milliEgitim, Timestamp.valueOf("2036-12-01 10:00:00"));

        JsonNode today = Api.as(port, "edirne.izleyici", "demo").get("/api/reports/compliance/22?year=2037").json();
        assertThat(today.path("summary").path("decisions").path("overdue").asInt()).as("2036 kararı bugün gecikmiş")
                .isEqualTo(before.path("overdue").asInt() + 2);
        assertThat(today.path("summary").path("decisions").path("done").asInt()).as("tamamlanan eski karar bugünün değil")
                .isEqualTo(before.path("done").asInt() + 1);
        JsonNode then = Api.as(port, "edirne.izleyici", "demo").get("/api/reports/compliance/22?year=2036").json();
        assertThat(then.path("summary").path("decisions").path("done").asInt()).as("2036 görünümü o yılın kararları").isEqualTo(1);
    }

    private static int count(JsonNode institution, String field) {
        return institution == null ? 0 : institution.path(field).asInt();
    }

    private long meeting(long board, String key, String title, String windowStart, String windowEnd, String meetingDate,
                         String status, String minutesDue, String platformDue) {
        jdbc.update("INSERT INTO meeting (meeting_key, board_id, plate_code, meeting_year, kind, title, window_start, window_end, "
                        + "planned_on, agenda_opens_on, agenda_due_date, meeting_date, status, minutes_distribution_due_date, "
                        + "platform_entry_due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, board, EDIRNE, YEAR, key.contains("-E") ? "EXTRAORDINARY" : "ORDINARY", title, date(windowStart), date(windowEnd),
                date("2030-12-01"), date(windowStart), date(windowStart), date(meetingDate), status, date(minutesDue), date(platformDue));
        return jdbc.queryForObject("SELECT id FROM meeting WHERE meeting_key = ?", Long.class, key);
    }

    private void distribution(long meetingId, String sentOn) {
        jdbc.update("INSERT INTO minutes_distribution (meeting_id, institution_id, minutes_version_no, sent_on, recorded_at) "
                + "VALUES (?, ?, 1, ?, ?)", meetingId, milliEgitim, date(sentOn), Timestamp.valueOf(sentOn + " 12:00:00"));
    }

    private void proposal(String meetingKey, String status) {
        jdbc.update("INSERT INTO agenda_proposal (meeting_key, plate_code, institution_id, institution_name, status) VALUES (?, ?, ?, ?, ?)",
                meetingKey, EDIRNE, milliEgitim, "Edirne İl Milli Eğitim Müdürlüğü", status);
    }

    private long decision(String meetingKey, int number, String deadline) {
        jdbc.update("INSERT INTO decision (meeting_key, plate_code, decision_number, decision_text, justification, aim, deadline, "
                        + "risk_item, action_plan_update, created_at, version) VALUES (?, ?, ?, 'Karar', 'Gerekçe', 'Amaç', ?, FALSE, FALSE, ?, 0)",
                meetingKey, EDIRNE, number, date(deadline), Timestamp.valueOf("2037-01-20 12:00:00"));
        long id = jdbc.queryForObject("SELECT id FROM decision WHERE meeting_key = ? AND decision_number = ?", Long.class, meetingKey, number);
        jdbc.update("INSERT INTO decision_responsibility (decision_id, institution_id) VALUES (?, ?)", id, milliEgitim);
        return id;
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
