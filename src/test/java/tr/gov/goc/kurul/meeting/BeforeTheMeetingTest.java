package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.people.PersonData;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * What happens between the agenda and the board day, and who does it: the İl GİM proposes invited participants and
 * the Vali decides (R4.4 — only those he invites are noticed and listed); a member reports an excuse with the deputy
 * who sits (R9.1, R9.2) and the presidency announces its staff (R4.5) — the secretariat sees both before the meeting.
 */
@KurulIntegrationTest
class BeforeTheMeetingTest {

    private static final String INVITATIONS = "27-2076-2";
    private static final String ANNOUNCEMENTS = "27-2078-2";
    private static final String MEMBER_LOGIN = "gaziantep.meb.muduru";
    private static final String MEMBER_PASSWORD = "Uyum-Kurulu-2076";

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
    Institutions institutions;
    @Autowired
    People people;
    @LocalServerPort
    int port;

    CycleDriver driver;
    Person member;
    Browser browser;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        engine.getIdentityService().clearAuthentication();
        if (member != null) {
            people.update(member.getId(), data(member, null));
        }
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-2076-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "BeforeTheMeetingTest bitti", true, true));
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-2078-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "BeforeTheMeetingTest bitti", true, true));
        CycleDriver.reset();
    }

    @Test
    void onlyTheParticipantsTheValiInvitesAreNoticedAndListed() {
        driver.at("2075-11-25T10:00:00");
        List<Seat> invitable = memberships.seats(boards.provincialBoard(27).getId()).stream()
                .filter(s -> s.role() == MembershipRole.INVITED).toList();
        String chamber = id(invitable, "Gaziantep Ticaret Odası");
        String bar = id(invitable, "Gaziantep Barosu");
        planner.plan(27, 2076);

        // the İl GİM proposes the chamber of commerce with the agenda
        driver.holdSubCommissionAndCompileAgenda(INVITATIONS, LocalDate.parse("2076-03-05"), Map.of("proposedInvitees", List.of(chamber)));
        Task schedule = driver.task(INVITATIONS, "Task_SetMeetingDate");
        assertThat(driver.optionValues(schedule, "inviteeOptions")).contains(chamber, bar);
        assertThat(engine.getTaskService().getVariable(schedule.getId(), "invitedParticipants").toString()).contains(chamber);

        // the Vali decides otherwise in Tasklist: the İl GİM's proposal comes ticked; he invites the bar, not the chamber
        browser = Browser.start(port).loginToTasklist("gaziantep.vali", "demo");
        Browser.Form form = browser.openTask(schedule.getName());
        String invitations = "Toplantıya davet edilecek katılımcılar (md. 4/4)";
        assertThat(form.text()).contains(invitations, "Levent Öner", "Canan Yüce");
        assertThat(browser.driver().findElement(By.xpath("//label[contains(., 'Levent Öner')]//input")).isSelected())
                .as("the İl GİM's proposal comes ticked").isTrue();
        form.date("Toplantı tarihi", LocalDate.parse("2076-04-08")).text("Saat (SS:DD)", "10:00")
                .text("Yer", "Valilik Toplantı Salonu")
                .checklist(invitations, "Canan Yüce, Baro Başkan Yardımcısı — Gaziantep Barosu");
        browser.screenshot("chair-invites-per-meeting");
        form.complete();
        browser.awaitCompleted();
        driver.runDueJobs();
        String noticeList = notices.about(INVITATIONS).stream().filter(n -> n.getKind().equals("MEETING_NOTICE_LIST"))
                .findFirst().orElseThrow().getBody();
        assertThat(noticeList).contains("Canan Yüce (Davetli)").doesNotContain("Levent Öner");

        // R9.3: the Kaymakam of Şahinbey (a member, R4.2) is excused; the Vali calls him in for an emergency
        Api kaymakam = Api.as(port, "sahinbey.kaymakam", "demo");
        Api.Response noDeputy = kaymakam.post("/api/meetings/" + INVITATIONS + "/excuses", Map.of("reason", "Yıllık izin", "deputySits", true));
        assertThat(noDeputy.status()).isEqualTo(400);
        assertThat(noDeputy.message()).contains("Kayıtlı bir vekiliniz yok");
        Api.Response onLeave = kaymakam.post("/api/meetings/" + INVITATIONS + "/excuses", Map.of("reason", "Yıllık izin", "deputySits", false));
        assertThat(onLeave.status()).as(onLeave.toString()).isEqualTo(201);
        String callIn = "/api/meetings/" + INVITATIONS + "/excuses/" + onLeave.json().path("membershipId").asLong() + "/call-in";
        Map<String, Object> emergency = Map.of("reason", "Sınırda ani göç hareketi");
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").post(callIn, emergency).status()).isEqualTo(403);
        Api.Response called = Api.as(port, "gaziantep.vali", "demo").post(callIn, emergency);
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        assertThat(called.json().path("calledInBy").asText()).isEqualTo("gaziantep.vali");
        assertThat(notices.about(INVITATIONS)).anyMatch(n -> n.getKind().equals("MEMBER_CALLED_IN")
                && "sahinbey.kaymakam".equals(n.getRecipientUser()) && n.getBody().contains("md. 9/3"));

        JsonNode plan = Api.as(port, "gaziantep.sekreter", "demo").get("/api/meetings/" + INVITATIONS + "/attendance-plan").json();
        assertThat(plan.path("invitees").toString())
                .contains("{\"membershipId\":" + chamber + ",\"proposedByIlGim\":true,\"invited\":false,\"decidedBy\":\"gaziantep.vali\"}")
                .contains("{\"membershipId\":" + bar + ",\"proposedByIlGim\":false,\"invited\":true,\"decidedBy\":\"gaziantep.vali\"}");

        // the attendance list offers only the bar association; the chamber cannot be recorded as present
        driver.at("2076-04-08T09:00:00");
        Task attendance = driver.task(INVITATIONS, "Task_RecordAttendance");
        assertThat(driver.optionValues(attendance, "invitedOptions")).containsExactly(bar);
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "attendancePlanText").toString())
                .contains("Yıllık izin").contains("acil durum nedeniyle (Sınırda ani göç hareketi) toplantıya çağrıldı (md. 9/3)");
        List<String> members = driver.optionValues(attendance, "memberOptions");
        assertThatThrownBy(() -> driver.complete(attendance, Map.of("attendedMembers", members, "attendedInvited", List.of(chamber))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("md. 4/4");
        driver.complete(attendance, Map.of("attendedMembers", members, "attendedInvited", List.of(bar)));
        assertThat(meetings.attendance(meetings.byKey(INVITATIONS))).anyMatch(a -> a.getFullName().equals("Canan Yüce"))
                .noneMatch(a -> a.getFullName().equals("Levent Öner"));
    }

    @Test
    void anExcuseWithTheSittingDeputyAndThePresidencysStaffReachTheSecretariatBeforeTheMeeting() {
        driver.at("2077-11-25T10:00:00");
        Seat meb = memberships.seats(boards.provincialBoard(27).getId()).stream()
                .filter(s -> s.role() == MembershipRole.MEMBER && s.institutionId() != null
                        && institutions.institution(s.institutionId()).getCode().equals("milli-egitim"))
                .findFirst().orElseThrow();
        Seat deputy = memberships.seats(boards.provincialBoard(27).getId()).stream()
                .filter(s -> s.role() == MembershipRole.DEPUTY && Long.valueOf(meb.membershipId()).equals(s.deputyOfId()))
                .findFirst().orElseThrow();
        String deputyName = people.person(deputy.personId()).getFullName();
        member = people.person(meb.personId());
        people.update(member.getId(), data(member, MEMBER_LOGIN));
        User user = engine.getIdentityService().createUserQuery().userId(MEMBER_LOGIN).singleResult();
        user.setPassword(MEMBER_PASSWORD);
        engine.getIdentityService().saveUser(user);
        Api mebHead = Api.as(port, MEMBER_LOGIN, MEMBER_PASSWORD);
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        Api presidency = Api.as(port, "izleyici", "demo");
        Map<String, Object> excuse = Map.of("reason", "Bakanlıkta toplantı", "deputySits", true); // the API's way
        Map<String, Object> staff = Map.of("staff", List.of(Map.of("fullName", "Ayşe Demir", "title", "Uzman",
                "unit", "Uyum ve İletişim Dairesi Başkanlığı")));

        planner.plan(27, 2078);
        Api.Response early = mebHead.post("/api/meetings/" + ANNOUNCEMENTS + "/excuses", excuse);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.message()).contains("tarihi henüz belirlenmedi");

        driver.holdSubCommissionAndCompileAgenda(ANNOUNCEMENTS, LocalDate.parse("2078-03-04"), Map.of());
        driver.complete(driver.task(ANNOUNCEMENTS, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2078-04-06", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        driver.at("2078-03-31T10:00:00");

        // who acts: the member reports his own excuse (his Tasklist task, or the API), the presidency its own staff
        assertThat(secretariat.post("/api/meetings/" + ANNOUNCEMENTS + "/excuses", excuse).status()).isEqualTo(403);
        assertThat(secretariat.put("/api/meetings/" + ANNOUNCEMENTS + "/presidency-attendance", staff).status()).isEqualTo(403);
        assertThat(mebHead.get("/engine-rest/filter").body()).contains("Kurul üyeliğim");
        Task reply = engine.getTaskService().createTaskQuery().taskAssignee(MEMBER_LOGIN)
                .processInstanceBusinessKeyLike(ANNOUNCEMENTS + "/%").singleResult();
        assertThat(reply.getTaskDefinitionKey()).isEqualTo("Task_ReplyToNotice");
        assertThat(engine.getTaskService().getVariable(reply.getId(), "deputyName")).isEqualTo(deputyName);
        Api.Response noReason = mebHead.post("/engine-rest/task/" + reply.getId() + "/submit-form",
                Map.of("variables", Map.of("attendance", Map.of("value", "EXCUSED"))));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("Mazeretinizi yazın");
        // in Tasklist, as the member sees it: an excuse without its reason is refused beside the field
        browser = Browser.start(port).loginToTasklist(MEMBER_LOGIN, MEMBER_PASSWORD);
        browser.selectFilter("Kurul üyeliğim");
        Browser.Form form = browser.openTask(reply.getName());
        assertThat(form.text()).contains("Gaziantep", "06.04.2078", "Valilik Toplantı Salonu", "kayıtlı vekiliniz");
        form.radio("Toplantıya", "Katılamayacağım (mazeretliyim)");
        assertThat(form.text()).contains(deputyName);
        form.complete();
        Browser.Refusal refusal = browser.awaitRefusal();
        browser.screenshot("member-reply-1-reason-refused");
        assertThat(refusal.text()).contains("Mazeretinizi yazın").doesNotContain("ENGINE-");
        assertThat(refusal.fieldLabel()).isEqualTo("Mazeretiniz");
        form.text("Mazeretiniz", "Bakanlıkta toplantı").checkbox("Yerime kayıtlı vekilim katılacak", true);
        browser.screenshot("member-reply-2-excuse-with-deputy");
        form.complete();
        browser.awaitCompleted();
        Api.Response announced = presidency.put("/api/meetings/" + ANNOUNCEMENTS + "/presidency-attendance", staff);
        assertThat(announced.status()).as(announced.toString()).isEqualTo(200);

        // the secretariat sees both before the meeting: notices and the meeting's attendance plan
        assertThat(notices.about(ANNOUNCEMENTS)).anyMatch(n -> n.getKind().equals("MEMBER_EXCUSE")
                && "prov-27-secretariat".equals(n.getRecipientGroup()) && n.getBody().contains(deputyName));
        assertThat(notices.about(ANNOUNCEMENTS)).anyMatch(n -> n.getKind().equals("PRESIDENCY_ATTENDANCE")
                && "prov-27-secretariat".equals(n.getRecipientGroup()) && n.getBody().contains("Ayşe Demir"));
        JsonNode plan = secretariat.get("/api/meetings/" + ANNOUNCEMENTS + "/attendance-plan").json();
        assertThat(plan.path("excuses").get(0).path("member").asText()).isEqualTo(member.getFullName());
        assertThat(plan.path("excuses").get(0).path("deputy").asText()).isEqualTo(deputyName);
        assertThat(plan.path("presidency").get(0).path("fullName").asText()).isEqualTo("Ayşe Demir");
        assertThat(mebHead.get("/api/meetings/" + ANNOUNCEMENTS + "/attendance-plan").status()).isEqualTo(403);

        // on the day, the attendance form shows it and starts from it
        driver.at("2078-04-06T09:00:00");
        Task attendance = driver.task(ANNOUNCEMENTS, "Task_RecordAttendance");
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "attendancePlanText").toString())
                .contains(member.getFullName()).contains("mazeretli").contains(deputyName).contains("Ayşe Demir");
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "attendedDeputies").toString())
                .contains(String.valueOf(deputy.membershipId()));
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "otherParticipants").toString())
                .contains("Ayşe Demir; Uzman; Göç İdaresi Başkanlığı");
        List<String> present = driver.optionValues(attendance, "memberOptions").stream()
                .filter(m -> !m.equals(String.valueOf(meb.membershipId()))).toList();
        driver.complete(attendance, Map.of("attendedMembers", present, "attendedDeputies", List.of(String.valueOf(deputy.membershipId()))));

        // after the meeting, an excuse is too late
        Api.Response late = mebHead.post("/api/meetings/" + ANNOUNCEMENTS + "/excuses", excuse);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.message()).contains("toplantıdan önce bildirilir");
    }

    private String id(List<Seat> seats, String institutionName) {
        return seats.stream().filter(s -> institutions.institution(s.institutionId()).getName().equals(institutionName))
                .map(s -> String.valueOf(s.membershipId())).findFirst().orElseThrow();
    }

    private static PersonData data(Person p, String username) {
        return new PersonData(p.getFirstName(), p.getLastName(), p.getTitle(), p.getInstitutionId(), p.getPhone(), p.getEmail(),
                username, p.isBranchManagerLevel(), p.getSystemRoles());
    }
}
