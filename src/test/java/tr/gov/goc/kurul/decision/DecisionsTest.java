package tr.gov.goc.kurul.decision;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/** The decision register: R12.1/Ek-1 contents, KARAR-n numbering, responsible institutions (R5.5), latest status (R5.7). */
@KurulIntegrationTest
class DecisionsTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final LocalDate DEADLINE = TODAY.plusMonths(3);

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcTemplate jdbc;

    DecisionFixtures fixtures;
    long milliEgitim;
    long saglik;

    @BeforeEach
    void setUp() {
        fixtures = new DecisionFixtures(institutions, jdbc);
        milliEgitim = fixtures.institution(27, "MILLI_EGITIM");
        saglik = fixtures.institution(27, "SAGLIK");
    }

    @AfterEach
    void tearDown() {
        fixtures.removeDecisions();
    }

    private Decision record(String meetingKey, Set<Long> responsible) {
        return decisions.record(meetingKey, 27, "Okula kaydı olmayan çocuklar tespit edilecek.",
                "Okul dışı çocuk sayısı arttı.", "Bütün çocukların okula kaydı.", DEADLINE, responsible, false);
    }

    @Test
    void decisionsOfAMeetingAreNumberedKararOneTwoThreeWithoutGaps() {
        String meeting = fixtures.meetingKey(27);
        String other = fixtures.meetingKey(27);
        Decision first = record(meeting, Set.of(milliEgitim));
        Decision ofOtherMeeting = record(other, Set.of(milliEgitim));
        assertThatThrownBy(() -> record(meeting, Set.of())).isInstanceOf(InvalidInputException.class);
        Decision second = record(meeting, Set.of(milliEgitim, saglik));
        Decision third = record(meeting, Set.of(saglik));

        assertThat(List.of(first.getLabel(), second.getLabel(), third.getLabel())).containsExactly("KARAR-1", "KARAR-2", "KARAR-3");
        assertThat(ofOtherMeeting.getLabel()).isEqualTo("KARAR-1");
        List<DecisionStatus> ofMeeting = decisions.ofMeeting(meeting);
        assertThat(ofMeeting).extracting(DecisionStatus::label).containsExactly(
                "KARAR-1 (Gaziantep " + meeting.substring(3, 7) + "/2)",
                "KARAR-2 (Gaziantep " + meeting.substring(3, 7) + "/2)",
                "KARAR-3 (Gaziantep " + meeting.substring(3, 7) + "/2)");
        assertThat(ofMeeting.get(1).institutions()).extracting(DecisionStatus.InstitutionStatus::institutionName)
                .containsExactlyInAnyOrder("Gaziantep İl Milli Eğitim Müdürlüğü", "Gaziantep İl Sağlık Müdürlüğü");
        assertThat(ofMeeting.get(1).institutions()).allSatisfy(i -> assertThat(i.status()).isNull());
    }

    @Test
    void theFourPartsOfADecisionAreRequiredWithTurkishMessages() {
        String meeting = fixtures.meetingKey(27);
        Set<Long> responsible = Set.of(milliEgitim);
        assertRefused(() -> decisions.record(meeting, 27, " ", "gerekçe", "amaç", DEADLINE, responsible, false),
                "text", "Karar metni zorunludur");
        assertRefused(() -> decisions.record(meeting, 27, "karar", null, "amaç", DEADLINE, responsible, false),
                "justification", "Kararın gerekçesi zorunludur");
        assertRefused(() -> decisions.record(meeting, 27, "karar", "gerekçe", "", DEADLINE, responsible, false),
                "aim", "Kararın amacı zorunludur");
        assertRefused(() -> decisions.record(meeting, 27, "karar", "gerekçe", "amaç", null, responsible, false),
                "deadline", "son tarih) zorunludur");
        assertRefused(() -> decisions.record(meeting, 27, "karar 🙂", "gerekçe", "amaç", DEADLINE, responsible, false),
                "text", "emoji");
        assertThat(decisions.ofMeeting(meeting)).isEmpty();
    }

    @Test
    void responsibleInstitutionsMustBeGivenAndOfTheSameProvince() {
        String meeting = fixtures.meetingKey(27);
        long edirneSaglik = fixtures.institution(22, "SAGLIK");
        assertRefused(() -> record(meeting, Set.of()), "responsibleInstitutionIds", "en az bir sorumlu kurum");
        assertRefused(() -> record(meeting, null), "responsibleInstitutionIds", "en az bir sorumlu kurum");
        assertRefused(() -> record(meeting, Set.of(milliEgitim, edirneSaglik)), "responsibleInstitutionIds",
                "Sorumlu kurum bu ilin kurumu değil: Edirne İl Sağlık Müdürlüğü");
        assertRefused(() -> record(meeting, Set.of(987654321L)), "responsibleInstitutionIds", "Sorumlu kurum bulunamadı");
        assertThat(decisions.ofMeeting(meeting)).isEmpty();
    }

    @Test
    void theDeadlineMayNotLieBeforeTheMeetingAndTheMeetingMustBeOfTheProvince() {
        String meeting = fixtures.meetingKey(27);
        Set<Long> responsible = Set.of(milliEgitim);
        assertRefused(() -> decisions.record(meeting, 27, "karar", "gerekçe", "amaç", TODAY.minusDays(1), responsible, false),
                "deadline", "toplantı tarihinden (" + TODAY + ") önce olamaz");
        assertRefused(() -> decisions.record(meeting, 27, "karar", "gerekçe", "amaç", LocalDate.of(2026, 4, 30), responsible,
                false, false, LocalDate.of(2026, 5, 4)), "deadline", "önce olamaz");
        assertRefused(() -> decisions.record("22-2026-2", 27, "karar", "gerekçe", "amaç", DEADLINE, responsible, false),
                "meetingKey", "bu ilin (27) toplantısı değil");
        assertRefused(() -> decisions.record("toplantı", 27, "karar", "gerekçe", "amaç", DEADLINE, responsible, false),
                "meetingKey", "Toplantı anahtarı geçersiz");

        // a deadline on the meeting day itself is fine; flags are kept (R10.9, action plan update)
        Decision onTheDay = decisions.record(meeting, 27, "karar", "gerekçe", "amaç", LocalDate.of(2026, 5, 4), responsible,
                true, true, LocalDate.of(2026, 5, 4));
        assertThat(onTheDay.isRiskItem()).isTrue();
        assertThat(onTheDay.isActionPlanUpdate()).isTrue();
    }

    @Test
    void openForProvinceShowsTheLatestReportPerInstitutionUntilEveryOneConcluded() {
        String meeting = fixtures.meetingKey(27);
        Decision both = record(meeting, Set.of(milliEgitim, saglik));
        Decision one = record(meeting, Set.of(saglik));
        Instant t = Instant.parse("2026-03-01T08:00:00Z");

        decisions.report(both.getId(), milliEgitim, FollowUpStatus.IN_PROGRESS, "Tarama başladı", null, null, "a", t);
        decisions.report(both.getId(), milliEgitim, FollowUpStatus.DONE, "Tamamlandı", null, "Yazı 2026/14", "a", t.plusSeconds(60));
        decisions.report(one.getId(), saglik, FollowUpStatus.CANNOT_BE_DONE, null, "Bütçe yok", null, "b", t);
        assertThat(decisions.latestStatus(both.getId(), milliEgitim)).contains(FollowUpStatus.DONE);
        assertThat(decisions.latestStatus(both.getId(), saglik)).isEmpty();

        List<DecisionStatus> open = mine(decisions.openForProvince(27), meeting);
        assertThat(open).extracting(s -> s.decision().getLabel()).containsExactly("KARAR-1");
        assertThat(open.get(0).institutions()).extracting(DecisionStatus.InstitutionStatus::status)
                .containsExactlyInAnyOrder(FollowUpStatus.DONE, null);
        assertThat(decisions.reports(both.getId(), milliEgitim)).hasSize(2);

        decisions.report(both.getId(), saglik, FollowUpStatus.NOT_STARTED, null, null, null, "b", t);
        assertThat(mine(decisions.openForProvince(27), meeting)).hasSize(1);
        decisions.report(both.getId(), saglik, FollowUpStatus.DONE, null, null, null, "b", t.plusSeconds(3600));
        assertThat(mine(decisions.openForProvince(27), meeting)).isEmpty();
        assertThat(decisions.ofMeeting(meeting)).hasSize(2).noneMatch(DecisionStatus::isOpen);
    }

    @Test
    void aReportNeedsAResponsibleInstitutionAndAReasonWhenItCannotBeDone() {
        String meeting = fixtures.meetingKey(27);
        Decision decision = record(meeting, Set.of(milliEgitim));
        Instant t = TestClock.now();
        assertRefused(() -> decisions.report(decision.getId(), milliEgitim, FollowUpStatus.CANNOT_BE_DONE, "not", " ", null, "a", t),
                "followUpReason", "gerekçesi yazılmalıdır");
        assertRefused(() -> decisions.report(decision.getId(), saglik, FollowUpStatus.DONE, null, null, null, "a", t),
                "institutionId", "sorumlu değil");
        assertRefused(() -> decisions.report(decision.getId(), milliEgitim, null, null, null, null, "a", t),
                "followUpStatus", "durumu seçilmelidir");
        assertRefused(() -> decisions.report(decision.getId(), milliEgitim, FollowUpStatus.DONE, null, null, "x".repeat(2001), "a", t),
                "followUpEvidence", "en fazla 2000");
        assertThat(decisions.latestStatus(decision.getId(), milliEgitim)).isEmpty();
    }

    @Test
    void provinceUsersListTheirDecisionsWithTheLatestStatusOthersAreRefused() {
        String meeting = fixtures.meetingKey(27);
        Decision decision = record(meeting, Set.of(milliEgitim, saglik));
        decisions.report(decision.getId(), milliEgitim, FollowUpStatus.IN_PROGRESS, "Sürüyor", null, null, "a", TestClock.now());

        Api.Response response = Api.as(port, "gaziantep.milli-egitim.asil", "demo").get("/api/decisions?province=27&open=true");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode mine = Registry.stream(response.json()).filter(d -> d.path("meetingKey").asText().equals(meeting))
                .findFirst().orElseThrow();
        assertThat(mine.path("label").asText()).startsWith("KARAR-1 (Gaziantep ");
        assertThat(mine.path("open").asBoolean()).isTrue();
        assertThat(Registry.stream(mine.path("responsible")).map(r -> r.path("institutionName").asText() + ": " + r.path("statusText").asText()))
                .containsExactlyInAnyOrder("Gaziantep İl Milli Eğitim Müdürlüğü: Devam ediyor", "Gaziantep İl Sağlık Müdürlüğü: Rapor verilmedi");

        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/api/decisions?province=27").status()).isEqualTo(200);
        Api.Response foreign = Api.as(port, "edirne.sekreter", "demo").get("/api/decisions?province=27");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.message()).contains("yetkiniz yok");
        assertThat(Api.anonymous(port).get("/api/decisions?province=27").status()).isEqualTo(401);
    }

    private static List<DecisionStatus> mine(List<DecisionStatus> all, String meetingKey) {
        return all.stream().filter(s -> s.decision().getMeetingKey().equals(meetingKey)).toList();
    }

    private static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
