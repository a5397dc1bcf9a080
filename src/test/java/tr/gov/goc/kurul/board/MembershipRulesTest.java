package tr.gov.goc.kurul.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** R4.1 chair, R4.4 invited participants, R9.2 deputies, R11.1 secretaries — on Ankara's board (no demo staff). */
@KurulIntegrationTest
class MembershipRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    Memberships memberships;
    @Autowired
    IdentityService identityService;

    Registry registry;
    Api admin;
    long board;

    @BeforeEach
    void setUp() {
        registry = new Registry(port);
        admin = registry.admin();
        board = registry.board(6, null).path("id").asLong();
    }

    @Test
    void theChairIsTheValiOneAtATimeAndTheirOfficeJoinsTheChairGroup() {
        long meb = registry.institution(6, "MILLI_EGITIM", null).path("id").asLong();
        long valilik = registry.institution(6, "VALILIK", null).path("id").asLong();
        long notVali = registry.person("Kerem", "Aksu", meb, null, true);
        Api.Response refused = admin.post("/api/boards/" + board + "/members", Map.of("personId", notVali, "role", "CHAIR"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("R4.1").contains("valiliğinde");

        long vali = registry.person("Halil", "Sönmez", valilik, "ankara.vali.test", true);
        assertThat(admin.post("/api/boards/" + board + "/members", Map.of("personId", vali, "role", "CHAIR")).status()).isEqualTo(201);
        long other = registry.person("Necla", "Berk", valilik, null, true);
        Api.Response second = admin.post("/api/boards/" + board + "/members", Map.of("personId", other, "role", "CHAIR"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.message()).contains("zaten bir başkanı var");

        // identity follows the registry: the chair is in Ankara's chair group, inside Ankara's tenant
        assertThat(groupsOf("ankara.vali.test")).contains("prov-6-chair");
        assertThat(identityService.createTenantQuery().groupMember("prov-6-chair").list()).extracting(Tenant::getId)
                .containsExactly("prov-6");
    }

    @Test
    void aDeputyStandsInOnlyForTheirMemberAndCannotSendSomeoneElse() {
        long saglik = registry.institution(6, "SAGLIK", null).path("id").asLong();
        long sgk = registry.institution(6, "SGK", null).path("id").asLong();
        long head = registry.person("Sevda", "Kalkan", saglik, null, true);
        long deputy = registry.person("Rıza", "Özen", saglik, null, true);
        long outsider = registry.person("Tülay", "Akın", sgk, null, true);
        long stranger = registry.person("Yavuz", "Toprak", saglik, null, true);

        Api.Response member = admin.post("/api/boards/" + board + "/members", Map.of("personId", head, "role", "MEMBER"));
        assertThat(member.status()).isEqualTo(201);
        long memberId = member.json().path("id").asLong();

        Api.Response fromElsewhere = admin.post("/api/boards/" + board + "/members",
                Map.of("personId", outsider, "role", "DEPUTY", "deputyOfId", memberId));
        assertThat(fromElsewhere.status()).isEqualTo(400);
        assertThat(fromElsewhere.message()).contains("R9.2").contains("kurumunda");

        Api.Response deputyMembership = admin.post("/api/boards/" + board + "/members",
                Map.of("personId", deputy, "role", "DEPUTY", "deputyOfId", memberId));
        assertThat(deputyMembership.status()).isEqualTo(201);
        long deputyId = deputyMembership.json().path("id").asLong();

        Api.Response deputyOfDeputy = admin.post("/api/boards/" + board + "/members",
                Map.of("personId", stranger, "role", "DEPUTY", "deputyOfId", deputyId));
        assertThat(deputyOfDeputy.status()).isEqualTo(400);
        assertThat(deputyOfDeputy.message()).contains("vekil başka birini gönderemez");

        Api.Response secondDeputy = admin.post("/api/boards/" + board + "/members",
                Map.of("personId", stranger, "role", "DEPUTY", "deputyOfId", memberId));
        assertThat(secondDeputy.status()).isEqualTo(400);
        assertThat(secondDeputy.message()).contains("zaten görevlendirilmiş bir vekili var");

        assertThat(memberships.mayAttendFor(memberId, head)).isTrue();
        assertThat(memberships.mayAttendFor(memberId, deputy)).isTrue();
        assertThat(memberships.mayAttendFor(memberId, stranger)).isFalse();

        // ending the member's seat ends their deputy's too
        assertThat(admin.delete("/api/boards/" + board + "/members/" + memberId).status()).isEqualTo(204);
        List<Long> active = Registry.stream(admin.get("/api/boards/" + board + "/members").json())
                .map(m -> m.path("id").asLong()).toList();
        assertThat(active).doesNotContain(memberId, deputyId);
        assertThat(Registry.stream(admin.get("/api/boards/" + board + "/members?history=true").json())
                .map(m -> m.path("id").asLong()).toList()).contains(memberId, deputyId);
    }

    @Test
    void secretariesComeFromTheSecretariatAndInvitedParticipantsFromTheProvince() {
        long gim = registry.institution(6, "GOC_IDARESI", null).path("id").asLong();
        long tarim = registry.institution(6, "TARIM", null).path("id").asLong();
        long wrongSecretary = registry.person("Eda", "Bilgin", tarim, null, false);
        Api.Response refused = admin.post("/api/boards/" + board + "/members", Map.of("personId", wrongSecretary, "role", "SECRETARY"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("R11.1");

        long secretary = registry.person("Onur", "Keskin", gim, "ankara.sekreter.test", false);
        assertThat(admin.post("/api/boards/" + board + "/members", Map.of("personId", secretary, "role", "SECRETARY")).status())
                .isEqualTo(201);
        assertThat(groupsOf("ankara.sekreter.test")).containsExactly("prov-6-secretariat");

        Api.Response bar = admin.post("/api/institutions", Map.of("plateCode", 6, "name", "Ankara Barosu", "category", "INVITED"));
        assertThat(bar.status()).isEqualTo(201);
        long lawyer = registry.person("Ferit", "Oral", bar.json().path("id").asLong(), null, false);
        assertThat(admin.post("/api/boards/" + board + "/members", Map.of("personId", lawyer, "role", "INVITED")).status())
                .isEqualTo(201); // R4.4
        long izmirBar = admin.post("/api/institutions", Map.of("plateCode", 35, "name", "İzmir Barosu", "category", "INVITED"))
                .json().path("id").asLong();
        long izmirLawyer = registry.person("Cansu", "Ege", izmirBar, null, false);
        Api.Response foreign = admin.post("/api/boards/" + board + "/members", Map.of("personId", izmirLawyer, "role", "INVITED"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.message()).contains("R4.4");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
