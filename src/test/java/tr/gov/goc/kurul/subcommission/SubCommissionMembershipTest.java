package tr.gov.goc.kurul.subcommission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * R6.3: the sub-commission is the Art 4(2) institutions' liaison officers, and Art 4(4) institutions (here a bar
 * association of Bursa) may be added: once it has a member, it is noticed, listed for attendance and on the Ek-2.
 */
@KurulIntegrationTest
class SubCommissionMembershipTest {

    @LocalServerPort
    int port;
    @Autowired
    SubCommissionRoster roster;

    @Test
    void anAddedArticle4Paragraph4InstitutionIsNoticedAndListedForAttendance() {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        Api.Response bar = admin.post("/api/institutions", Map.of("plateCode", 16, "name", "Bursa Barosu", "category", "INVITED"));
        assertThat(bar.status()).as(bar.toString()).isIn(200, 201);
        long barId = bar.json().path("id").asLong();
        String group = GroupIds.liaison(16, bar.json().path("code").asText());
        assertThat(roster.liaisonGroups(16, TestClock.YEAR)).as("not a member before anyone is added").doesNotContain(group);

        long lawyer = registry.person("Selin", "Karaca", barId, null, false);
        assertThat(admin.put("/api/liaison-officers", Map.of("institutionId", barId, "year", TestClock.YEAR,
                "role", "PRINCIPAL", "personId", lawyer)).status()).isEqualTo(200);
        assertThat(roster.liaisonGroups(16, TestClock.YEAR)).contains(group);
        assertThat(roster.entries(16, TestClock.YEAR)).anyMatch(e -> e.label().startsWith("Bursa Barosu — Selin Karaca"));
    }
}
