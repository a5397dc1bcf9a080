package tr.gov.goc.kurul.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.institution.Institutions;

/** Meeting keys no other test uses, demo institutions, and removal of the decisions a test recorded. */
final class DecisionFixtures {

    private static final AtomicInteger YEAR = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    private final Institutions institutions;
    private final JdbcTemplate jdbc;
    private final List<String> meetingKeys = new ArrayList<>();

    DecisionFixtures(Institutions institutions, JdbcTemplate jdbc) {
        this.institutions = institutions;
        this.jdbc = jdbc;
    }

    /** A fresh meeting key of the province, e.g. 27-4711-2. */
    String meetingKey(int plateCode) {
        String key = plateCode + "-" + YEAR.incrementAndGet() + "-2";
        meetingKeys.add(key);
        return key;
    }

    long institution(int plateCode, String kindCode) {
        return institutions.provincial(plateCode, kindCode).orElseThrow().getId();
    }

    void removeDecisions() {
        for (String key : meetingKeys) {
            String ids = "(select id from decision where meeting_key = ?)";
            jdbc.update("delete from follow_up_report where decision_id in " + ids, key);
            jdbc.update("delete from decision_responsibility where decision_id in " + ids, key);
            jdbc.update("delete from decision where meeting_key = ?", key);
        }
        meetingKeys.clear();
    }
}
