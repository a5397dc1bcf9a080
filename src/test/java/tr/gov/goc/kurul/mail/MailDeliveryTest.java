package tr.gov.goc.kurul.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.PastMeetings;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * Mail as the people of Kurul would notice it: a meeting notice arrives with an invitation at the Turkish time, a new
 * task and a reminder reach the group's people, and a mail server that is down loses nothing and duplicates nothing.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MailDeliveryTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Mails mails;
    @Autowired
    Notices notices;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    PastMeetings pastMeetings;

    @Test
    void aBoardMeetingNoticeArrivesWithAnInvitationAtTheTurkishTime() throws Exception {
        Meeting meeting = pastMeetings.record(new PastMeetings.PastMeeting(22, 2025, 3, "Edirne", LocalDate.of(2025, 10, 10), "10:30",
                "Edirne Valiliği Toplantı Salonu", "—", List.of(), "—", "—", "—", List.of(), "—", "edirne.sekreter", "edirne.vali"));
        deployProbe("noticeProbe", "${sendMeetingNotices}");
        engine.getRuntimeService().startProcessInstanceByKey("noticeProbe", Map.of("meetingKey", meeting.getMeetingKey(), "plateCode", 22));

        List<MailMessage> queued = mails.about(meeting.getMeetingKey(), "MEETING_NOTICE");
        assertThat(queued).isNotEmpty().allMatch(m -> m.getCalendar() != null);
        // the secretariat gets the list of everyone notified, with those who have no address marked (R11.3)
        assertThat(mails.about(meeting.getMeetingKey(), "MEETING_NOTICE_LIST")).singleElement()
                .satisfies(m -> assertThat(m.getRecipients()).contains("edirne.sekreter@kurul.example"));
        deliver(queued);
        MailMessage toChair = queued.stream().filter(m -> m.getRecipients().contains("edirne.vali@kurul.example")).findFirst().orElseThrow();
        List<MimeMessage> received = received(toChair.getId());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("Edirne İl GKK 2025/3", "10.10.2025", "10:30");

        String ics = calendarPart(received.get(0));
        // the wall-clock time in Türkiye with its zone, as Outlook and Thunderbird read it (10:30 = 07:30 UTC)
        assertThat(ics).contains("DTSTART;TZID=Europe/Istanbul:20251010T103000", "DTEND;TZID=Europe/Istanbul:20251010T133000",
                "BEGIN:VTIMEZONE", "TZID:Europe/Istanbul");
        Calendar invitation = new CalendarBuilder().build(new StringReader(ics));
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) invitation.getComponent("VEVENT").orElseThrow();
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Istanbul");
        LocalDateTime local = LocalDateTime.from(start.getDate());
        assertThat(local.atZone(ZoneId.of(start.getParameter("TZID").orElseThrow().getValue())).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 10, 10, 10, 30, 0, 0, ISTANBUL).toInstant());
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Edirne Valiliği Toplantı Salonu");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:edirne.vali@kurul.example");
    }

    @Test
    void aNewTaskAndAReminderReachThePeopleOfTheGroup() throws Exception {
        deployProbe("taskProbe", null);
        ProcessInstance probe = engine.getRuntimeService().startProcessInstanceByKey("taskProbe", "probe-task-22",
                Map.of("plateCode", 22));
        List<MailMessage> newTask = mails.about("probe-task-22", NewTaskMails.KIND);
        assertThat(newTask).hasSize(1);
        assertThat(newTask.get(0).getRecipients()).contains("edirne.sekreter@kurul.example");
        assertThat(newTask.get(0).getSubject()).isEqualTo("Yeni görev: Deneme görevi");
        assertThat(newTask.get(0).getBody()).contains("/camunda/app/tasklist/default/#/?task=");
        assertThat(newTask.get(0).getPlateCode()).isEqualTo(22);

        notices.toGroup("prov-22-secretariat", "REMINDER", "Hatırlatma: gündem önerileri", "Son gün yarın.", "probe-task-22");
        List<MailMessage> reminder = mails.about("probe-task-22", "REMINDER");
        assertThat(reminder).hasSize(1);
        deliver(reminder);
        MimeMessage received = received(reminder.get(0).getId()).get(0);
        assertThat(received.getSubject()).isEqualTo("Hatırlatma: gündem önerileri");
        assertThat(String.valueOf(received.getContent())).contains("Son gün yarın.");
        engine.getRuntimeService().deleteProcessInstance(probe.getId(), "test");
    }

    @Test
    void whileTheServerIsDownMailsWaitAndAfterTheIncidentIsRetriedEachGoesOutExactlyOnce() throws Exception {
        ManagementService management = engine.getManagementService();
        RuntimeService runtime = engine.getRuntimeService();
        List<MailMessage> queued = new ArrayList<>();
        smtp.stop();
        try {
            for (String to : List.of("ayse.yilmaz@kurul.example", "mehmet.demir@kurul.example")) {
                queued.add(mails.queue(OutgoingMail.text("TEST", "outage-22", 22, to, List.of(to), "Kesinti sınaması", "Gövde: ğüşıöçİ")));
            }
            for (MailMessage message : queued) {
                int attempts = 0;
                Job job;
                while ((job = job(message)).getRetries() > 0) {
                    String id = job.getId();
                    assertThatThrownBy(() -> management.executeJob(id)).isInstanceOf(Exception.class);
                    assertThat(++attempts).isLessThan(10);
                }
                assertThat(attempts).as("R5/PT10M: five attempts, then the incident").isEqualTo(5);
                assertThat(runtime.createIncidentQuery().processInstanceId(message.getProcessInstanceId()).count()).isEqualTo(1);
                assertThat(job.getExceptionMessage()).isNotBlank();
                assertThat(mails.find(message.getId()).orElseThrow().getStatus()).isEqualTo(MailMessage.Status.QUEUED);
            }
            var outbox = Api.as(port, "admin", "admin").get("/api/mails?businessKey=outage-22");
            assertThat(outbox.status()).isEqualTo(200);
            assertThat(outbox.json().findValuesAsText("status")).containsOnly("QUEUED");
            assertThat(outbox.json().findValues("incident")).allMatch(n -> n.asBoolean());
        } finally {
            smtp.start();
        }
        // the server is back; the incident is retried as in Cockpit (retries set to 1), twice for good measure
        for (MailMessage message : queued) {
            management.setJobRetries(job(message).getId(), 1);
            management.executeJob(job(message).getId());
            assertThat(management.createJobQuery().processInstanceId(message.getProcessInstanceId()).count()).isZero();
            assertThat(runtime.createIncidentQuery().processInstanceId(message.getProcessInstanceId()).count()).isZero();
            assertThat(mails.find(message.getId()).orElseThrow().getStatus()).isEqualTo(MailMessage.Status.SENT);
        }
        for (MailMessage message : queued) {
            List<MimeMessage> received = received(message.getId());
            assertThat(received).as("mail %s", message.getId()).hasSize(1);
            assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo(message.getRecipients().get(0));
            assertThat(String.valueOf(received.get(0).getContent())).contains("ğüşıöçİ");
        }
    }

    private Job job(MailMessage message) {
        return engine.getManagementService().createJobQuery().processInstanceId(message.getProcessInstanceId()).singleResult();
    }

    private void deliver(List<MailMessage> messages) {
        for (MailMessage message : messages) {
            Job job = job(message);
            if (job != null) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
    }

    private List<MimeMessage> received(long mailId) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            String[] header = message.getHeader(MailTransport.MAIL_ID_HEADER);
            if (header != null && header[0].equals(String.valueOf(mailId))) {
                found.add(message);
            }
        }
        return found;
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(part.getContentType()).contains("method=REQUEST");
                    return text;
                }
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private void deployProbe(String key, String delegate) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
            return;
        }
        var builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
        var model = delegate != null
                ? builder.serviceTask().camundaDelegateExpression(delegate).endEvent().done()
                : builder.userTask().name("Deneme görevi").camundaCandidateGroups("prov-${plateCode}-secretariat").endEvent().done();
        engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    }
}
