package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R11.3: the chair's office postpones, moves or cancels a noticed meeting. Members get the change with their calendar
 * entry updated (same UID, SEQUENCE 1) or withdrawn (METHOD:CANCEL); every due date and timer follows the new day; a day
 * that breaks a rule is refused in Turkish and changes nothing; the secretariat may not do it.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MeetingChangeTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final String CHAIR = "gaziantep.valiyardimcisi";

    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Mails mails;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    MeetingDateRules rules;
    @Autowired
    Policy policy;
    @Autowired
    tr.gov.goc.kurul.province.Provinces provinces;
    @LocalServerPort
    int port;

    CycleDriver driver;
    Integer year;
    String districtKey;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        if (year != null) { // only the test's own year: the other test may find its year planned by the 1 December timer
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("27-" + year + "-%")
                    .rootProcessInstances().list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "MeetingChangeTest bitti", true, true));
        }
        if (districtKey != null) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(districtKey).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "MeetingChangeTest bitti", true, true));
        }
        CycleDriver.reset();
    }

    /** A Gaziantep meeting of April with its day set and the members noticed (R11.3). */
    private void noticed(String key, int year, LocalDate subCommissionDay, String day) {
        this.year = year;
        // 2097 from 25.11.2096 (the 1 December timer then plans 2097 or 2098); 2098 from 2.12.2097 (never crossing
        // 1 December 2097, whose timer would plan 2099, another test's year)
        driver.at(year == 2097 ? "2096-11-25T10:00:00" : "2097-12-02T10:00:00");
        planner.plan(27, year); // planned already when the timer did it
        driver.holdSubCommissionAndCompileAgenda(key, subCommissionDay, Map.of());
        driver.complete(driver.task(key, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", day, "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        assertThat(mails.about(key, "MEETING_NOTICE")).isNotEmpty();
    }

    @Test
    void postponingANoticedMeetingByAWeekUpdatesTheInvitationsAndMovesEveryDueDateAndTimer() throws Exception {
        String key = "27-2097-2";
        noticed(key, 2097, LocalDate.parse("2097-03-05"), "2097-04-08");
        driver.at("2097-03-25T10:00:00");
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("provincialBoardCycle")
                .processInstanceBusinessKey(key).singleResult();
        assertThat(meetingDayTimer(cycle).getDuedate()).isEqualTo(at("2097-04-08T08:00:00"));
        String firstUid = uid(mails.about(key, "MEETING_NOTICE").get(0).getCalendar());

        // the secretariat may not change the chair's day (R11.3)
        Api.Response bySecretary = Api.as(port, "gaziantep.sekreter", "demo").post("/api/meetings/" + key + "/changes",
                Map.of("kind", "POSTPONE", "newDate", "2097-04-15", "reason", "Salon tadilatta."));
        assertThat(bySecretary.status()).as(bySecretary.toString()).isEqualTo(403);
        assertThat(bySecretary.message()).contains("kurul başkanı");

        // a Saturday is refused in Turkish, and nothing changes
        Api chair = Api.as(port, CHAIR, "demo");
        Api.Response saturday = chair.post("/api/meetings/" + key + "/changes",
                Map.of("kind", "POSTPONE", "newDate", "2097-04-13", "reason", "Vali Bey'in Ankara toplantısı."));
        assertThat(saturday.status()).as(saturday.toString()).isEqualTo(400);
        assertThat(saturday.message()).contains("çalışma günü değil");
        assertThat(meetings.byKey(key).getMeetingDate()).isEqualTo(LocalDate.parse("2097-04-08"));
        assertThat(meetings.changes(meetings.byKey(key))).isEmpty();
        assertThat(meetingDayTimer(cycle).getDuedate()).isEqualTo(at("2097-04-08T08:00:00"));
        assertThat(mails.about(key, "MEETING_CHANGE")).isEmpty();

        // the chair's office postpones it by a week
        Api.Response postponed = chair.post("/api/meetings/" + key + "/changes",
                Map.of("kind", "POSTPONE", "newDate", "2097-04-15", "reason", "Vali Bey'in Ankara toplantısı."));
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(201);
        assertThat(postponed.json().path("calendarSequence").asInt()).isEqualTo(1);
        assertThat(postponed.json().path("changedBy").asText()).isEqualTo(CHAIR);

        // every due date that follows from the day moved: the meeting record, the variables, the timer
        Meeting meeting = meetings.byKey(key);
        MeetingDeadlines deadlines = rules.deadlines(MeetingType.PROVINCIAL_BOARD, LocalDate.parse("2097-04-15"), meeting.getPlannedOn());
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.parse("2097-04-15"));
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.getCalendarSequence()).isEqualTo(1);
        assertThat(meeting.getNoticeDueDate()).isEqualTo(deadlines.noticeDueDate()).isNotEqualTo(
                rules.deadlines(MeetingType.PROVINCIAL_BOARD, LocalDate.parse("2097-04-08"), meeting.getPlannedOn()).noticeDueDate());
        assertThat(meeting.getMinutesDistributionDueDate()).isEqualTo(deadlines.minutesDistributionDueDate());
        Map<String, Object> variables = engine.getRuntimeService().getVariables(cycle.getId());
        assertThat(variables).containsEntry("meetingDate", "2097-04-15")
                .containsEntry("noticeDueDate", deadlines.noticeDueDate().toString())
                .containsEntry("minutesDistributionDueDate", deadlines.minutesDistributionDueDate().toString())
                .containsEntry("platformEntryDueDate", deadlines.platformEntryDueDate().toString())
                .containsEntry("distributionReminderDate", deadlines.minutesDistributionDueDate()
                        .minusDays(policy.intAsOf("meetingDistributionReminderDays", meeting.getPlannedOn())).toString());
        assertThat(meetingDayTimer(cycle).getDuedate()).isEqualTo(at("2097-04-15T08:00:00"));

        // everyone noticed gets the change; the calendar entry is the same event, sequence 1, on the new day
        driver.runDueJobs();
        List<MailMessage> changes = mails.about(key, "MEETING_CHANGE");
        assertThat(changes).hasSameSizeAs(mails.about(key, "MEETING_NOTICE")).allMatch(m -> m.getCalendar() != null);
        MimeMessage received = received(changes.get(0));
        assertThat(received.getSubject()).contains("ertelendi", "15.04.2097", "10:00");
        String text = text(received);
        assertThat(text).contains("Eski: 08.04.2097 Pazartesi saat 10:00, Valilik Toplantı Salonu")
                .contains("Yeni: 15.04.2097 Pazartesi saat 10:00, Valilik Toplantı Salonu")
                .contains("Gerekçe: Vali Bey'in Ankara toplantısı.");
        Calendar update = new CalendarBuilder().build(new StringReader(calendarPart(received, "REQUEST")));
        assertThat(update.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) update.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(firstUid);
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20970415T100000");
        assertThat(mails.about(key, "MEETING_CHANGE_LIST")).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("Bildirim listesi", "Gerekçe:"));

        // the old day passes quietly; the board meets on the new one, its tasks due that day
        driver.at("2097-04-08T12:00:00");
        assertThat(driver.tasks(key, "Task_RecordAttendance")).isEmpty();
        driver.at("2097-04-15T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        assertThat(attendance.getDueDate()).isEqualTo(at("2097-04-15T17:30:00"));
        // once held it cannot be changed any more
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        Api.Response late = chair.post("/api/meetings/" + key + "/changes", Map.of("kind", "CANCEL", "reason", "Deneme"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.message()).contains("henüz yapılmamış");
    }

    @Test
    void cancellingANoticedMeetingWithdrawsTheInvitationsAndEndsTheCycleWithARecord() throws Exception {
        String key = "27-2098-2";
        noticed(key, 2098, LocalDate.parse("2098-03-06"), "2098-04-09");
        driver.at("2098-03-27T10:00:00");
        String firstUid = uid(mails.about(key, "MEETING_NOTICE").get(0).getCalendar());

        Api.Response cancelled = Api.as(port, "gaziantep.vali", "demo").post("/api/meetings/" + key + "/changes",
                Map.of("kind", "CANCEL", "reason", "Deprem nedeniyle kurul toplanmayacak."));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);

        // the cycle ended at "Toplantı iptal edildi"; nothing is left waiting
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("provincialBoardCycle").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_MeetingCancelled")
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                        .processDefinitionKey("provincialBoardCycle").singleResult().getId()).count()).isEqualTo(1);
        // the record: who, when, why; the meeting's status shows it
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        var detail = secretary.get("/api/meetings/" + key).json();
        assertThat(detail.path("meeting").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(detail.path("statusText").asText()).isEqualTo("İptal edildi");
        assertThat(detail.path("changes").get(0).path("kind").asText()).isEqualTo("CANCEL");
        assertThat(detail.path("changes").get(0).path("changedBy").asText()).isEqualTo("gaziantep.vali");
        assertThat(detail.path("changes").get(0).path("reason").asText()).isEqualTo("Deprem nedeniyle kurul toplanmayacak.");
        assertThat(detail.path("changes").get(0).path("changedAt").asText()).startsWith("2098-03-27");

        // members are told, and their calendars withdraw the event (METHOD:CANCEL, same UID, next sequence)
        driver.runDueJobs();
        List<MailMessage> sent = mails.about(key, "MEETING_CANCELLED");
        assertThat(sent).hasSameSizeAs(mails.about(key, "MEETING_NOTICE"));
        MimeMessage received = received(sent.get(0));
        assertThat(received.getSubject()).contains("iptal edildi");
        assertThat(text(received)).contains("Gerekçe: Deprem nedeniyle kurul toplanmayacak.");
        Calendar cancel = new CalendarBuilder().build(new StringReader(calendarPart(received, "CANCEL")));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = (VEvent) cancel.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(firstUid);
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");

        // the year's view counts it as cancelled, with the reason
        var report = secretary.get("/api/reports/compliance/27?year=2098").json();
        assertThat(report.path("summary").path("meetings").path("cancelled").asInt()).isEqualTo(1);
        var row = findRow(report, key);
        assertThat(row.path("held").asText()).isEqualTo("İptal edildi");
        assertThat(row.path("note").asText()).contains("Deprem nedeniyle kurul toplanmayacak.");

        // the national manager's table of provinces shows it as the meeting column's last figure, "iptal"
        try (Browser browser = Browser.start(port).loginToTasklist("izleyici", "demo")) {
            browser.visit("/kurul/dashboard.html");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "national".equals(
                    d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            assertThat(browser.driver().findElement(By.cssSelector("#provinceTable thead th:nth-child(2)")).getText())
                    .isEqualTo("Toplantı (dönemi içinde / geç / yapılmadı / bekleniyor / iptal)");
            String meetings = browser.driver().findElement(By.cssSelector("#provinceTable tr[data-plate='27'] td:nth-child(2)")).getText();
            assertThat(meetings.split(" / ")).hasSize(5);
            assertThat(meetings).endsWith(" / " + report.path("summary").path("meetings").path("cancelled").asInt());
        }
    }

    @Test
    void theKaymakamlikPostponesThenCancelsADistrictMeetingItsSecretariatCannot() {
        // from 2.12.2097 (the 1 December timer, if due, plans 2098); a meeting at the Kaymakam's discretion (R8.2)
        driver.at("2097-12-02T10:00:00");
        long yavuzeli = provinces.findDistrict(27, "Yavuzeli").orElseThrow().getId();
        Api kaymakam = Api.as(port, "yavuzeli.kaymakam", "demo");
        Api.Response called = kaymakam.post("/api/districts/" + yavuzeli + "/meetings", Map.of("reason", "Mevsimlik işçi göçü"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        districtKey = called.json().path("meetingKey").asText();
        driver.runDueJobs();
        driver.complete(driver.task(districtKey, "Task_CompileAgenda"), Map.of("includesPreviousDecisions", true));
        driver.complete(driver.task(districtKey, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2097-12-23", "meetingTime", "10:00", "meetingPlace", "Yavuzeli Kaymakamlığı"));
        driver.runDueJobs();
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("districtBoardCycle")
                .processInstanceBusinessKey(districtKey).singleResult();

        // the district secretariat may not (R11.3: the chair sets day, place and time)
        assertThat(Api.as(port, "yavuzeli.sekreter", "demo").post("/api/meetings/" + districtKey + "/changes",
                Map.of("kind", "CANCEL", "reason", "Deneme")).status()).isEqualTo(403);
        // after the call window (the last day of a discretionary meeting) refused, in Turkish
        Api.Response tooLate = kaymakam.post("/api/meetings/" + districtKey + "/changes",
                Map.of("kind", "POSTPONE", "newDate", "2098-02-17", "reason", "Kaymakam izinde."));
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.message()).contains("aralığının dışında");
        // a week later, and a new hall
        Api.Response postponed = kaymakam.post("/api/meetings/" + districtKey + "/changes", Map.of("kind", "POSTPONE",
                "newDate", "2097-12-30", "newPlace", "Yavuzeli Halk Eğitim Merkezi", "reason", "Kaymakam izinde."));
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(201);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).activityId("Timer_MeetingDay")
                .singleResult().getDuedate()).isEqualTo(at("2097-12-30T08:00:00"));
        assertThat(meetings.byKey(districtKey).getPlace()).isEqualTo("Yavuzeli Halk Eğitim Merkezi");
        // the İl GİM, which takes part in district boards, is told too (R8.1, R11.3)
        assertThat(mails.about(districtKey, "MEETING_CHANGE")).anyMatch(m -> m.getSubject().contains("30.12.2097"));

        Api.Response cancelled = kaymakam.post("/api/meetings/" + districtKey + "/changes",
                Map.of("kind", "CANCEL", "reason", "Gündem maddeleri il kurulunda görüşülecek."));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(cancelled.json().path("calendarSequence").asInt()).isEqualTo(2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
        assertThat(meetings.byKey(districtKey).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(mails.about(districtKey, "MEETING_CANCELLED")).isNotEmpty()
                .allMatch(m -> m.getCalendar() == null || m.getCalendar().contains("METHOD:CANCEL"));
    }

    private static com.fasterxml.jackson.databind.JsonNode findRow(com.fasterxml.jackson.databind.JsonNode report, String key) {
        for (var m : report.path("meetings")) {
            if (m.path("meetingKey").asText().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private Job meetingDayTimer(ProcessInstance cycle) {
        return engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).activityId("Timer_MeetingDay")
                .singleResult();
    }

    private static Date at(String local) {
        return Date.from(LocalDateTime.parse(local).atZone(ISTANBUL).toInstant());
    }

    private static String uid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponent("VEVENT").orElseThrow().getProperty(Property.UID).orElseThrow().getValue();
    }

    private MimeMessage received(MailMessage mail) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            String[] header = message.getHeader("X-Kurul-Mail-Id");
            if (header != null && header[0].equals(String.valueOf(mail.getId()))) {
                found.add(message);
            }
        }
        assertThat(found).as("mail %s received once", mail.getId()).hasSize(1);
        return found.get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            collect(multipart.getBodyPart(i), text);
        }
        return text.toString();
    }

    private static void collect(BodyPart part, StringBuilder text) throws Exception {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                collect(inner.getBodyPart(i), text);
            }
        }
    }

    private static String calendarPart(MimeMessage message, String method) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                assertThat(part.getContentType()).contains("method=" + method);
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no calendar part");
    }
}
