package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.BoardMembership;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfText;

/**
 * R4.2: "yabancı nüfusu 2.000'in üzerinde olan ilçelerin kaymakamları" sit on the provincial board. Gaziantep's
 * Şahinbey (185,000) seats its Kaymakam: he is noticed, listed on the attendance form and the Ek-2, signs the Ek-1 and
 * his Kaymakamlık receives the minutes; when Şahinbey's figure drops to 2,000 he is none of these any more.
 */
@KurulIntegrationTest
class KaymakamSeatTest {

    private static final String KEY = "27-2074-2";
    private static final String KAYMAKAM = "sahinbey.kaymakam";

    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Notices notices;
    @Autowired
    Boards boards;
    @Autowired
    Memberships memberships;
    @Autowired
    Provinces provinces;
    @Autowired
    Institutions institutions;
    @Autowired
    DistributionList distributionList;
    @LocalServerPort
    int port;

    CycleDriver driver;
    Board sahinbey;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
        driver.at("2073-11-25T10:00:00");
        sahinbey = boards.districtBoard(provinces.findDistrict(27, "Şahinbey").orElseThrow().getId());
    }

    @AfterEach
    void tearDown() {
        boards.update(sahinbey.getId(), new Boards.BoardChange(185000, LocalDate.parse("2073-01-01"), "Demo verisi", null));
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-2074-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "KaymakamSeatTest bitti", true, true));
        CycleDriver.reset();
    }

    @Test
    void theKaymakamOfALargerDistrictIsNoticedListedSignsAndReceivesTheMinutesUntilTheFigureDropsTo2000() {
        BoardMembership kaymakam = memberships.active(sahinbey.getId()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR).findFirst().orElseThrow();
        long kaymakamlik = kaymakam.getInstitutionId();
        assertThat(groupsOf(KAYMAKAM)).contains("prov-27-members", "dist-" + sahinbey.getDistrictId() + "-chair");

        planner.plan(27, 2074);
        driver.holdSubCommissionAndCompileAgenda(KEY, LocalDate.parse("2074-03-06"), Map.of());
        driver.complete(driver.task(KEY, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2074-04-05", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        // noticed (R11.3) and on the secretariat's notice list as a member
        assertThat(notices.about(KEY)).anyMatch(n -> n.getKind().equals("MEETING_NOTICE") && KAYMAKAM.equals(n.getRecipientUser()));
        assertThat(notices.about(KEY)).filteredOn(n -> n.getKind().equals("MEETING_NOTICE_LIST")).singleElement()
                .satisfies(n -> assertThat(n.getBody()).contains("Üye — Kaymakam (md. 4/2)"));

        // asked in Tasklist whether he attends (R9.1)
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee(KAYMAKAM).processInstanceBusinessKeyLike(KEY + "/%")
                .taskDefinitionKey("Task_ReplyToNotice").count()).isOne();

        // on the attendance form among the members, and on the Ek-2 once recorded
        driver.at("2074-04-05T09:00:00");
        Task attendance = driver.task(KEY, "Task_RecordAttendance");
        List<String> members = driver.optionValues(attendance, "memberOptions");
        assertThat(members).contains(String.valueOf(kaymakam.getId()));
        driver.complete(attendance, Map.of("attendedMembers", members));
        assertThat(meetings.attendance(meetings.byKey(KEY))).anyMatch(a -> a.getAttendedAs() == Attendance.AttendedAs.MEMBER
                && a.getPersonId() == kaymakam.getPersonId() && a.getInstitutionName().contains("Şahinbey Kaymakamlığı"));
        String kaymakamName = meetings.attendance(meetings.byKey(KEY)).stream()
                .filter(a -> a.getPersonId() == kaymakam.getPersonId()).findFirst().orElseThrow().getFullName();
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        assertThat(PdfText.of(secretariat.document("/api/meetings/" + KEY + "/participants.pdf").body()))
                .contains(kaymakamName).contains("Şahinbey Kaymakamlığı");

        driver.complete(driver.task(KEY, "Task_EvaluatePreviousDecisions"),
                Map.of("previousDecisionsEvaluation", "Önceki kararlar takipte."));
        Task decision = driver.task(KEY, "Task_RecordDecision");
        driver.complete(decision, decisionValues(driver.optionValues(decision, "institutionOptions").get(1)));
        driver.complete(driver.task(KEY, "Task_DraftMinutes"), Map.of("minutesTopics", "Uyum sınıfları."));
        // a signatory of the Ek-1 (R12.2)
        String ek1 = PdfText.of(secretariat.document("/api/meetings/" + KEY + "/minutes.pdf").body());
        assertThat(ek1).contains("Kurumu İmza");
        assertThat(ek1.substring(ek1.lastIndexOf("Kurumu İmza"))).contains(kaymakamName);
        driver.signMinutes(KEY);
        // his Kaymakamlık receives the minutes (R12.2: every member public institution)
        Task distribute = driver.task(KEY, "Task_DistributeMinutes");
        assertThat(engine.getTaskService().getVariable(distribute.getId(), "distributionRows").toString())
                .contains(institutions.institution(kaymakamlik).getName());

        // the figure drops to 2,000: no longer a member — no group, no seat, no copy of the minutes
        boards.update(sahinbey.getId(), new Boards.BoardChange(2000, LocalDate.parse("2074-04-05"), "İl GİM kayıtları", null));
        assertThat(groupsOf(KAYMAKAM)).doesNotContain("prov-27-members").contains("dist-" + sahinbey.getDistrictId() + "-chair");
        Board provincial = boards.provincialBoard(27);
        assertThat(memberships.seats(provincial.getId())).noneMatch(s -> s.membershipId() == kaymakam.getId());
        assertThat(distributionList.of(meetings.byKey(KEY))).doesNotContain(kaymakamlik);
        assertThat(secretariat.get("/api/boards/" + provincial.getId()).json().path("kaymakamMembers").toString())
                .doesNotContain("Şahinbey");
    }

    @Test
    void theKaymakamOfASmallerDistrictHasNoSeatOnTheProvincialBoard() {
        Board yavuzeli = boards.districtBoard(provinces.findDistrict(27, "Yavuzeli").orElseThrow().getId());
        BoardMembership kaymakam = memberships.active(yavuzeli.getId()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR).findFirst().orElseThrow();
        assertThat(groupsOf("yavuzeli.kaymakam")).doesNotContain("prov-27-members");
        assertThat(memberships.seats(boards.provincialBoard(27).getId())).noneMatch(s -> s.membershipId() == kaymakam.getId());
    }

    private List<String> groupsOf(String user) {
        List<String> ids = new ArrayList<>();
        for (Group g : engine.getIdentityService().createGroupQuery().groupMember(user).list()) {
            ids.add(g.getId());
        }
        return ids;
    }

    private static Map<String, Object> decisionValues(String institution) {
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Uyum sınıflarının kapasitesi artırılacak.");
        values.put("decisionJustification", "Kayıtlı öğrenci sayısı kapasiteyi aştı.");
        values.put("decisionAim", "Her öğrencinin uyum sınıfına erişmesi.");
        values.put("decisionDeadline", "2074-06-30");
        values.put("responsibleInstitutions", List.of(institution));
        values.put("decisionRiskItem", false);
        values.put("moreDecisions", false);
        return values;
    }
}
