package tr.gov.goc.kurul.hardening;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

/** The MariaDB slice: emoji, HTML and over-long text where Camunda's utf8mb3 tables would answer SQL error 1366. */
@MariaDbIntegrationTest
class HostileInputMariaDbTest extends HostileInputScenarios {

    @Test
    void emojiHtmlAndOverlongTextAreRefusedInTurkishBeforeMariaDbSeesThem() throws Exception {
        List<Result> results = new ArrayList<>(tryApi(true));
        results.addAll(tryForms(true));
        assertRefusedInTurkish(results);
    }
}
