package tr.gov.goc.kurul.people;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** R6.3 one principal and one substitute per Art 4(2) institution, R6.4 the level warning, R6.5 yearly lists. */
@KurulIntegrationTest
class LiaisonOfficerTest {

    static final int YEAR = TestClock.YEAR;

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;
    @Autowired
    Liaisons liaisons;

    Registry registry;
    Api admin;

    @BeforeEach
    void setUp() {
        registry = new Registry(port);
        admin = registry.admin();
    }

    @Test
    void theDemoProvincesHaveAPrincipalAndASubstituteForEveryInstitutionThatSendsOne() {
        for (int plate : new int[] {27, 22}) {
            long institutions = Registry.stream(admin.get("/api/institutions?province=" + plate).json())
                    .filter(i -> i.path("districtId").isNull())
                    .filter(i -> !i.path("kindCode").asText().equals("VALILIK") && !i.path("kindCode").isNull()
                            && i.path("category").asText().equals("MEMBER"))
                    .count();
            List<String> roles = Registry.stream(admin.get("/api/liaison-officers?province=" + plate + "&year=" + YEAR).json())
                    .map(l -> l.path("role").asText()).toList();
            assertThat(institutions).isGreaterThanOrEqualTo(20);
            assertThat(roles).hasSize((int) institutions * 2);
            assertThat(roles.stream().filter("PRINCIPAL"::equals).count()).isEqualTo(institutions);
        }
    }

    @Test
    void aSlotTakesAPersonOfThatInstitutionAndTheGroupFollowsTheSlot() {
        long afad = registry.institution(6, "AFAD", null).path("id").asLong();
        long emniyet = registry.institution(6, "EMNIYET", null).path("id").asLong();
        long first = registry.person("Metin", "Aydoğan", afad, "ankara.afad.birinci", true);
        long second = registry.person("Gül", "Sarıkaya", afad, "ankara.afad.ikinci", false);
        long police = registry.person("Sinan", "Tez", emniyet, null, true);

        Api.Response wrongInstitution = assign(afad, "PRINCIPAL", police);
        assertThat(wrongInstitution.status()).isEqualTo(400);
        assertThat(wrongInstitution.message()).contains("kendi kurumunun personeli", "R6.3");

        Api.Response principal = assign(afad, "PRINCIPAL", first);
        assertThat(principal.status()).isEqualTo(200);
        assertThat(principal.json().path("warnings")).isEmpty();
        assertThat(groupsOf("ankara.afad.birinci")).containsExactly("prov-6-liaison-afad");

        Api.Response both = assign(afad, "SUBSTITUTE", first);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.message()).contains("hem asil hem yedek");

        Api.Response substitute = assign(afad, "SUBSTITUTE", second);
        assertThat(substitute.status()).isEqualTo(200);
        assertThat(substitute.json().path("warnings").get(0).asText()).contains("R6.4", "Gül Sarıkaya"); // a warning, not a block

        // the principal's slot changes hands: the group follows (R6.3: one principal)
        long third = registry.person("Barış", "Uysal", afad, "ankara.afad.ucuncu", true);
        assertThat(assign(afad, "PRINCIPAL", third).status()).isEqualTo(200);
        assertThat(groupsOf("ankara.afad.birinci")).isEmpty();
        assertThat(groupsOf("ankara.afad.ucuncu")).containsExactly("prov-6-liaison-afad");
        assertThat(groupsOf("ankara.afad.ikinci")).containsExactly("prov-6-liaison-afad");
    }

    @Test
    void article4Paragraph4InstitutionsAndCommunityRepresentativesMayBeAddedToTheSubCommission() {
        // R6.3: "Art 4(4) institutions and community representatives may be added" — registered as invited institutions
        Api.Response community = admin.post("/api/institutions", Map.of("plateCode", 6,
                "name", "Ankara Yabancı Toplum Temsilcileri", "category", "INVITED"));
        assertThat(community.status()).as(community.toString()).isIn(200, 201);
        long representatives = community.json().path("id").asLong();
        long leader = registry.person("Ahmad", "Halabi", representatives, "ankara.toplum.temsilci", false);
        Api.Response added = assign(representatives, "PRINCIPAL", leader);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(groupsOf("ankara.toplum.temsilci")).containsExactly("prov-6-liaison-" + community.json().path("code").asText());
        assertThat(Registry.stream(admin.get("/api/liaison-officers?province=6&year=" + YEAR).json()))
                .anyMatch(l -> l.path("institutionId").asLong() == representatives);
    }

    @Test
    void onlyArticle4Paragraph2InstitutionsSendLiaisonOfficers() {
        long valilik = registry.institution(6, "VALILIK", null).path("id").asLong();
        long clerk = registry.person("Ozan", "Işıklı", valilik, null, true);
        Api.Response refused = assign(valilik, "PRINCIPAL", clerk);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("irtibat görevlisi göndermez");

        Api.Response badYear = admin.put("/api/liaison-officers", Map.of("institutionId", valilik, "year", 1999,
                "role", "PRINCIPAL", "personId", clerk));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().at("/fields/year").asText()).contains("2000 ile 2100");
        Api.Response badRole = admin.put("/api/liaison-officers", "{\"institutionId\":" + valilik
                + ",\"year\":2026,\"role\":\"BASKAN\",\"personId\":" + clerk + "}");
        assertThat(badRole.status()).isEqualTo(400);
    }

    @Test
    void lastYearsListStaysInForceUntilThisYearsIsSigned() {
        long ticaret = registry.institution(6, "TICARET", null).path("id").asLong();
        long officer = registry.person("Aylin", "Duru", ticaret, null, true);
        assertThat(assign(ticaret, YEAR - 1, "PRINCIPAL", officer).status()).isEqualTo(200);
        assertThat(liaisons.inForce(ticaret, YEAR)).extracting(LiaisonAssignment::getPersonId).containsExactly(officer);
        long successor = registry.person("Kaan", "Yücel", ticaret, null, true);
        assertThat(assign(ticaret, YEAR, "PRINCIPAL", successor).status()).isEqualTo(200);
        assertThat(liaisons.inForce(ticaret, YEAR)).extracting(LiaisonAssignment::getPersonId).containsExactly(successor);
        assertThat(liaisons.inForce(ticaret, YEAR - 1)).extracting(LiaisonAssignment::getPersonId).containsExactly(officer);
    }

    private Api.Response assign(long institution, String role, long person) {
        return assign(institution, YEAR, role, person);
    }

    private Api.Response assign(long institution, int year, String role, long person) {
        return admin.put("/api/liaison-officers", Map.of("institutionId", institution, "year", year, "role", role, "personId", person));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
