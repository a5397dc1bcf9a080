package tr.gov.goc.kurul.minutes;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * Two secretaries edit the same minutes draft: both opened version 0; the first save wins, the second is refused
 * (optimistic locking, {@code @Version} on {@link MinutesVersion}) instead of silently overwriting the first.
 * The /api answers such a conflict with 409 and a Turkish message (common.ApiExceptionHandler).
 */
@KurulIntegrationTest
class MinutesLostUpdateTest {

    @LocalServerPort
    int port;
    @Autowired
    MinutesRecords records;
    @Autowired
    MinutesVersionRepository minutes;
    @Autowired
    Meetings meetings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSecondSecretarysSaveOfTheSameDraftIsRefusedNotLost() {
        Api.Response created = Api.as(port, "edirne.vali", "demo").post("/api/meetings/extraordinary",
                Map.of("plateCode", 22, "requestedBy", "GOVERNOR", "reason", "Tutanak eşzamanlılık denemesi"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().path("meetingKey").asText();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "deneme", true, true));
        Meeting meeting = meetings.byKey(key);
        transactions.executeWithoutResult(s -> records.draft(meeting, null, "edirne.sekreter"));

        // both secretaries open the draft (version 0) in their own request
        MinutesVersion first = minutes.findByMeetingIdOrderByNumberAsc(meeting.getId()).get(0);
        MinutesVersion second = minutes.findByMeetingIdOrderByNumberAsc(meeting.getId()).get(0);
        first.write("Birinci sekreterin gündem özeti", null, null, null, "edirne.sekreter", TestClock.now());
        transactions.executeWithoutResult(s -> minutes.save(first));
        second.write("İkinci sekreterin gündem özeti", null, null, null, "edirne.sekreter2", TestClock.now());

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> minutes.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        MinutesVersion stored = minutes.findByMeetingIdOrderByNumberAsc(meeting.getId()).get(0);
        assertThat(stored.getTopics()).isEqualTo("Birinci sekreterin gündem özeti");
    }
}
