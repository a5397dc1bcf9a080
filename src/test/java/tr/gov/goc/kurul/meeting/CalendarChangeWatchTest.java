package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/** A new administrative leave day on a planned meeting's deadline is told to the secretariat; nothing moves by itself. */
@KurulIntegrationTest
class CalendarChangeWatchTest {

    @LocalServerPort
    int port;

    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Notices notices;

    @Test
    void aLeaveDayOnAnAgendaDueDateIsReportedToTheSecretariat() {
        planner.plan(22, 2031);
        Meeting july = meetings.byKey("22-2031-2");
        String due = july.getAgendaDueDate().toString();
        Api admin = Api.as(port, "admin", "admin");
        try {
            Api.Response added = admin.put("/api/calendar/non-working-days/" + due,
                    Map.of("type", "IDARI_IZIN", "part", "FULL", "name", "İdari izin (deneme)"));
            assertThat(added.status()).as(added.toString()).isIn(200, 201);
            assertThat(notices.about("22-2031-2")).anyMatch(n -> n.getKind().equals("CALENDAR_CHANGE")
                    && n.getRecipientGroup().equals("prov-22-secretariat")
                    && n.getBody().contains("gündem önerilerinin son günü"));
            assertThat(meetings.byKey("22-2031-2").getAgendaDueDate()).hasToString(due); // nothing moved silently
            assertThat(Api.as(port, "edirne.sekreter", "demo").get("/api/notices").body()).contains("artık iş günü değil");
        } finally {
            admin.delete("/api/calendar/non-working-days/" + due);
        }
    }
}
