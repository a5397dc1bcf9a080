package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.ReplyMailbox;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.people.PersonData;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R9.1, R9.2: a member's calendar answers the meeting invitation by mail to Kurul's reply mailbox (the real GreenMail,
 * SMTP in and IMAP out). A decline is an excuse for the secretariat to confirm and the member to complete; it changes
 * neither the Ek-2 list nor sits a deputy. An acceptance is shown. Replies from strangers or for other meetings change
 * nothing, and the same message is applied once.
 */
@KurulIntegrationTest
class CalendarRepliesTest {

    private static final String KEY = "27-2057-2";
    private static final String MEMBER_LOGIN = "gaziantep.meb.2057";
    private static final String MEMBER_PASSWORD = "Takvim-Yaniti-2057";
    private static final String MEMBER_MAIL = "meb.2057@kurul.example";
    private static final String OTHER_MAIL = "uye.2057@kurul.example";
    private static final String REPLY_ADDRESS = "kurul-yanit@kurul.example";

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
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    ReplyMailbox mailbox;
    @LocalServerPort
    int port;

    CycleDriver driver;
    Person member;
    Person other;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        if (member != null) {
            people.update(member.getId(), data(member, member.getUsername(), member.getEmail()));
        }
        if (other != null) {
            people.update(other.getId(), data(other, other.getUsername(), other.getEmail()));
        }
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-2057-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "CalendarRepliesTest bitti", true, true));
        CycleDriver.reset();
    }

    @Test
    void aDeclineFromTheCalendarIsAnExcuseToConfirmAndAnAcceptanceIsShown() throws Exception {
        driver.at("2056-11-25T10:00:00");
        List<Seat> seats = memberships.seats(boards.provincialBoard(27).getId());
        Seat meb = seats.stream().filter(s -> s.role() == MembershipRole.MEMBER && s.institutionId() != null
                        && institutions.institution(s.institutionId()).getCode().equals("milli-egitim")).findFirst().orElseThrow();
        Seat second = seats.stream().filter(s -> s.role() == MembershipRole.MEMBER && s.membershipId() != meb.membershipId()
                && people.person(s.personId()).getUsername() == null).findFirst().orElseThrow();
        member = people.person(meb.personId());
        other = people.person(second.personId());
        people.update(member.getId(), data(member, MEMBER_LOGIN, MEMBER_MAIL));
        people.update(other.getId(), data(other, null, OTHER_MAIL));
        User user = engine.getIdentityService().createUserQuery().userId(MEMBER_LOGIN).singleResult();
        user.setPassword(MEMBER_PASSWORD);
        engine.getIdentityService().saveUser(user);
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");

        planner.plan(27, 2057);
        driver.holdSubCommissionAndCompileAgenda(KEY, LocalDate.parse("2057-03-07"), Map.of());
        driver.complete(driver.task(KEY, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2057-04-04", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        driver.at("2057-03-28T10:00:00");
        mailbox.poll(); // whatever an earlier test left in the mailbox

        // the invitation asks the member's calendar to answer Kurul's reply mailbox
        Calendar invitation = invitationTo(MEMBER_MAIL);
        VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:" + REPLY_ADDRESS);
        Attendee invited = event.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(invited.getValue()).isEqualTo("mailto:" + MEMBER_MAIL);
        assertThat(invited.getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("TRUE");
        assertThat(invited.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("NEEDS-ACTION");
        String uid = event.getProperty(Property.UID).orElseThrow().getValue();

        JsonNode before = plan(secretariat);
        assertThat(line(before, meb.membershipId()).path("notified").asText()).isEqualTo("SENT");
        assertThat(line(before, meb.membershipId()).path("reply").isNull()).isTrue();

        // the member's calendar declines; the same message reaches the mailbox twice
        String declineId = "<" + UUID.randomUUID() + "@takvim.example>";
        sendReply(MEMBER_MAIL, uid, 0, PartStat.DECLINED, declineId);
        sendReply(MEMBER_MAIL, uid, 0, PartStat.DECLINED, declineId);
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(mailbox.poll()).isZero();

        JsonNode declined = plan(secretariat);
        JsonNode line = line(declined, meb.membershipId());
        assertThat(line.path("reply").asText()).isEqualTo("DECLINED");
        assertThat(line.path("excuseToConfirm").asBoolean()).isTrue();
        assertThat(line.path("excused").asBoolean()).isFalse();
        assertThat(line.path("summary").asText()).contains("mazeret teyit edilmedi");
        assertThat(declined.path("excuses")).isEmpty(); // not an excuse yet: the Ek-2 and the deputy are untouched
        assertThat(notices.about(KEY).stream().filter(n -> n.getKind().equals("CALENDAR_DECLINED")
                && "prov-27-secretariat".equals(n.getRecipientGroup()) && n.getBody().contains(member.getFullName())))
                .hasSize(1);
        Task reply = engine.getTaskService().createTaskQuery().taskAssignee(MEMBER_LOGIN)
                .processInstanceBusinessKeyLike(KEY + "/%").singleResult();
        assertThat(engine.getTaskService().getVariable(reply.getId(), CalendarReplies.TASKLIST_NOTE).toString())
                .contains("Takviminizden 'katılmayacağım' yanıtı geldi");

        // another member accepts; the tally shows it
        sendReply(OTHER_MAIL, uid, 0, PartStat.ACCEPTED, "<" + UUID.randomUUID() + "@takvim.example>");
        // a stranger, a reply for another meeting, and the member answering another meeting's UID change nothing
        sendReply("yabanci@baska.example", uid, 0, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        sendReply(OTHER_MAIL, "kurul-meeting-27-2057-1@kurul.goc.gov.tr", 0, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        sendReply(OTHER_MAIL, "kurul-meeting-6-2057-2@kurul.goc.gov.tr", 0, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        sendReply(OTHER_MAIL, "baska-bir-takvim@example.org", 0, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        assertThat(mailbox.poll()).isEqualTo(5);
        JsonNode accepted = plan(secretariat);
        assertThat(line(accepted, second.membershipId()).path("reply").asText()).isEqualTo("ACCEPTED");
        assertThat(line(accepted, second.membershipId()).path("summary").asText()).contains("katılacağını bildirdi");
        assertThat(accepted.path("invitations").toString()).doesNotContain("yabanci");
        assertThat(accepted.path("invitations").findValues("reply").stream().filter(r -> !r.isNull()).map(JsonNode::asText))
                .containsExactlyInAnyOrder("DECLINED", "ACCEPTED");
        assertThat(accepted.path("excuses")).isEmpty();
        assertThat(notices.about(KEY).stream().filter(n -> n.getKind().equals("CALENDAR_DECLINED"))).hasSize(1);

        // only the secretariat confirms a decline, and only a decline
        String confirm = "/api/meetings/" + KEY + "/calendar-replies/" + meb.membershipId() + "/excuse";
        Map<String, Object> byPhone = Map.of("reason", "Bakanlıkta toplantı (telefonla bildirdi)", "deputySits", true);
        assertThat(Api.as(port, "gaziantep.vali", "demo").post(confirm, byPhone).status()).isEqualTo(403);
        Api.Response notDeclined = secretariat.post("/api/meetings/" + KEY + "/calendar-replies/" + second.membershipId() + "/excuse", byPhone);
        assertThat(notDeclined.status()).isEqualTo(400);
        assertThat(notDeclined.message()).contains("'katılmayacağım' yanıtı gelmedi");

        // on the day, the attendance form shows the unconfirmed decline and sits no deputy for it
        driver.at("2057-04-04T09:00:00");
        Task attendance = driver.task(KEY, "Task_RecordAttendance");
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "attendancePlanText").toString())
                .contains(member.getFullName() + ": takviminden 'katılmayacağım' yanıtı geldi; mazeret teyit edilmedi")
                .contains("Takviminden katılacağını bildirdi: " + other.getFullName());
        assertThat(engine.getTaskService().getVariable(attendance.getId(), "attendedDeputies")).isNull();
        assertThat(notices.about(KEY)).noneMatch(n -> n.getKind().equals("DEPUTY_SITS") || n.getKind().equals("MEMBER_EXCUSE"));
    }

    @Test
    void theSecretariatConfirmsADeclineWithTheReasonTheMemberGave() throws Exception {
        driver.at("2057-11-25T10:00:00");
        List<Seat> seats = memberships.seats(boards.provincialBoard(27).getId());
        Seat meb = seats.stream().filter(s -> s.role() == MembershipRole.MEMBER && s.institutionId() != null
                && institutions.institution(s.institutionId()).getCode().equals("milli-egitim")).findFirst().orElseThrow();
        Seat deputy = seats.stream().filter(s -> s.role() == MembershipRole.DEPUTY && Long.valueOf(meb.membershipId()).equals(s.deputyOfId()))
                .findFirst().orElseThrow();
        member = people.person(meb.personId());
        people.update(member.getId(), data(member, null, MEMBER_MAIL));
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        String key = "27-2058-2";
        planner.plan(27, 2058);
        driver.holdSubCommissionAndCompileAgenda(key, LocalDate.parse("2058-03-06"), Map.of());
        driver.complete(driver.task(key, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2058-04-03", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        driver.at("2058-03-28T10:00:00");
        mailbox.poll();
        String uid = invitationTo(MEMBER_MAIL).<VEvent>getComponent("VEVENT").orElseThrow().getProperty(Property.UID).orElseThrow().getValue();
        assertThat(uid).contains(key);

        // the chair moves the meeting to the afternoon: the invitation is sent again with SEQUENCE 1
        Api.Response moved = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/" + key + "/changes",
                Map.of("kind", "MOVE", "newTime", "14:00", "newPlace", "Valilik Toplantı Salonu", "reason", "Sabah törene denk geldi."));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        driver.runDueJobs();
        assertThat(invitationTo(MEMBER_MAIL).<VEvent>getComponent("VEVENT").orElseThrow()
                .<Sequence>getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo()).isEqualTo(1);

        // an answer to the old invitation changes nothing; the answer to the current one counts
        sendReply(MEMBER_MAIL, uid, 0, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(line(secretariat.get("/api/meetings/" + key + "/attendance-plan").json(), meb.membershipId()).path("reply").isNull())
                .isTrue();
        assertThat(notices.about(key)).noneMatch(n -> n.getKind().equals("CALENDAR_DECLINED"));
        sendReply(MEMBER_MAIL.toUpperCase(), uid, 1, PartStat.DECLINED, "<" + UUID.randomUUID() + "@takvim.example>");
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("CALENDAR_DECLINED")
                && n.getBody().contains("telefonla öğrenip")); // no login, no Tasklist task: the secretariat calls

        Api.Response confirmed = secretariat.post("/api/meetings/" + key + "/calendar-replies/" + meb.membershipId() + "/excuse",
                Map.of("reason", "Bakanlıkta toplantı (telefonla bildirdi)", "deputySits", true));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().path("reportedBy").asText()).isEqualTo("gaziantep.sekreter");
        assertThat(confirmed.json().path("deputy").asText()).isEqualTo(people.person(deputy.personId()).getFullName());
        JsonNode plan = secretariat.get("/api/meetings/" + key + "/attendance-plan").json();
        assertThat(line(plan, meb.membershipId()).path("excused").asBoolean()).isTrue();
        assertThat(line(plan, meb.membershipId()).path("excuseToConfirm").asBoolean()).isFalse();
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("MEMBER_EXCUSE") && n.getBody().contains("sekreteryaca teyit"));

        // once the meeting is cancelled, a calendar's answer changes nothing
        Api.Response cancelled = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/" + key + "/changes",
                Map.of("kind", "CANCEL", "reason", "Deprem nedeniyle kurul toplanmayacak."));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        driver.runDueJobs();
        sendReply(MEMBER_MAIL, uid, 2, PartStat.ACCEPTED, "<" + UUID.randomUUID() + "@takvim.example>");
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(line(secretariat.get("/api/meetings/" + key + "/attendance-plan").json(), meb.membershipId()).path("reply").asText())
                .isEqualTo("DECLINED");
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-2058-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "CalendarRepliesTest bitti", true, true));
    }

    private JsonNode plan(Api secretariat) {
        Api.Response response = secretariat.get("/api/meetings/" + KEY + "/attendance-plan");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode line(JsonNode plan, long membershipId) {
        for (JsonNode line : plan.path("invitations")) {
            if (line.path("membershipId").asLong() == membershipId) {
                return line;
            }
        }
        throw new AssertionError("no invitation line for " + membershipId + " in " + plan);
    }

    /** The calendar part of the latest notice mail GreenMail received for this address. */
    private Calendar invitationTo(String address) throws Exception {
        String found = null;
        for (MimeMessage message : smtp.received()) {
            if (message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                String calendar = calendarOf(message);
                if (calendar != null && calendar.contains("METHOD:REQUEST")) {
                    found = calendar;
                }
            }
        }
        assertThat(found).as("an invitation mailed to %s", address).isNotNull();
        return new CalendarBuilder().build(new StringReader(found));
    }

    private static String calendarOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/calendar")) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarOf(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** What a calendar program sends when its user answers: METHOD:REPLY with the attendee's PARTSTAT, to the ORGANIZER. */
    private void sendReply(String from, String uid, int sequence, PartStat answer, String messageId) throws Exception {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Takvim İstemcisi//TR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableMethod.REPLY);
        VEvent event = new VEvent();
        event.replace(new DtStamp(Instant.parse("2057-03-28T07:00:00Z")));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Organizer(URI.create("mailto:" + REPLY_ADDRESS)));
        Attendee attendee = new Attendee(URI.create("mailto:" + from));
        attendee.add(answer);
        event.add(attendee);
        calendar.add(event);
        StringWriter ics = new StringWriter();
        new CalendarOutputter(false).output(calendar, ics);

        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // the same message delivered twice keeps its Message-ID
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(REPLY_ADDRESS));
        message.setSubject((answer == PartStat.DECLINED ? "Reddedildi" : "Kabul edildi") + ": toplantı", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Takvim yanıtı", "UTF-8");
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(ics.toString(), "text/calendar; charset=UTF-8; method=REPLY");
        MimeMultipart alternative = new MimeMultipart("alternative", text, part);
        message.setContent(alternative);
        Transport.send(message);
    }

    private static PersonData data(Person p, String username, String email) {
        return new PersonData(p.getFirstName(), p.getLastName(), p.getTitle(), p.getInstitutionId(), p.getPhone(), email,
                username, p.isBranchManagerLevel(), p.getSystemRoles());
    }
}
