package tr.gov.goc.kurul.browser;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.agenda.ProposalStatus;
import tr.gov.goc.kurul.meeting.AgendaItem;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The first steps of a real Edirne board cycle as its people live them in Tasklist, with the real forms of
 * forms/: a liaison officer answers the agenda call, the secretariat compiles the agenda (first refused for the
 * missing mandatory items, in Turkish), the chair's office sets the meeting's date, time and place.
 */
@KurulIntegrationTest
class BoardCycleInTasklistTest {

    private static final int EDIRNE = 22;
    private static final String LIAISON = "edirne.milli-egitim.asil";
    private static final String SECRETARY = "edirne.sekreter";
    private static final String CHAIR = "edirne.valiyardimcisi";
    private static final String MILLI_EGITIM = "Edirne İl Milli Eğitim Müdürlüğü";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AgendaProposals agendaProposals;
    @Autowired
    Meetings meetings;

    String meetingKey;
    Browser browser;

    @BeforeEach
    void callAnExtraordinaryEdirneMeeting() {
        at("2030-03-04T10:00:00");
        Api.Response called = Api.as(port, CHAIR, "demo").post("/api/meetings/extraordinary", Map.of( // R7.3: the Vali's call
                "plateCode", EDIRNE, "requestedBy", "GOVERNOR", "reason", "Mevsimlik tarım işçilerinin barınma sorunu"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        meetingKey = called.json().path("meetingKey").asText();
        runDueJobs();
        assertThat(tasks("Task_SubmitAgendaProposal")).as("gündem çağrısı açıldı").isNotEmpty();
    }

    @AfterEach
    void cleanUp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            TestClock.reset();
            if (meetingKey != null) {
                // the cycle first: deleting it deletes the instances it called
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                        .rootProcessInstances().list().forEach(this::delete);
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                        .list().forEach(this::delete);
            }
        }
    }

    @Test
    void edirneAnswersTheAgendaCallCompilesTheAgendaAndSchedulesTheMeetingInTasklist() {
        // 1. the liaison officer of Milli Eğitim answers "no proposal" in the real form
        Task proposalTask = tasks("Task_SubmitAgendaProposal").stream()
                .filter(t -> t.getName().endsWith("— " + MILLI_EGITIM)).findFirst().orElseThrow();
        browser = Browser.start(port).loginToTasklist(LIAISON, "demo");
        Browser.Form proposal = browser.openTask(proposalTask.getName());
        assertThat(proposal.text()).contains("Gündem önerisi", "Bu toplantı için öneriniz var mı?");
        proposal.radio("Bu toplantı için öneriniz var mı?", "Hayır, bu toplantı için önerimiz yok");
        assertThat(proposal.isShown("Gündem konusu")).as("'Hayır' iken konu alanı gizli").isFalse();
        proposal.text("Kurumunuzun yabancılara yönelik faaliyetleri (yapılan ve planlanan)",
                "Yabancı öğrenciler için Türkçe uyum kursları sürüyor.");
        browser.screenshot("board-cycle-1-agenda-proposal-filled");
        completeAndAwait(proposal);

        AgendaProposalView answer = agendaProposals.forMeeting(meetingKey).stream()
                .filter(p -> p.institutionName().equals(MILLI_EGITIM)).findFirst().orElseThrow();
        assertThat(answer.status()).isEqualTo(ProposalStatus.NO_PROPOSAL);
        assertThat(answer.submittedBy()).isEqualTo(LIAISON);
        assertThat(answer.activities()).isEqualTo("Yabancı öğrenciler için Türkçe uyum kursları sürüyor.");
        assertThat(taskService.createTaskQuery().taskId(proposalTask.getId()).count()).isZero();
        browser.screenshot("board-cycle-2-agenda-proposal-completed");
        browser.close();
        browser = null;

        // 2. the other institutions answer through the API
        for (Task task : tasks("Task_SubmitAgendaProposal")) {
            taskService.complete(task.getId(), new HashMap<>(Map.of("hasProposal", "no", "specialRequest", false,
                    "riskFlag", false, "activities", "Yok.")));
        }

        // 3. the secretariat compiles the agenda: refused without the mandatory items, in Turkish
        Task compile = single("Task_CompileAgenda");
        browser = Browser.start(port).loginToTasklist(SECRETARY, "demo");
        Browser.Form agenda = browser.openTask(compile.getName());
        assertThat(agenda.text()).contains("Gündemin hazırlanması", MILLI_EGITIM);
        agenda.complete();
        String refusal = String.join(" ", browser.awaitNotification());
        browser.screenshot("board-cycle-3-compile-agenda-refused");
        assertThat(refusal).contains("Gündemde zorunlu maddeler eksik").doesNotContain("ENGINE-");
        assertThat(taskService.createTaskQuery().taskId(compile.getId()).count()).as("görev açık kalır").isOne();
        assertThat(meetings.agenda(meetings.byKey(meetingKey))).isEmpty();

        browser.dismissNotifications();
        agenda.checkbox("Önceki toplantı kararlarının uygulanmasının değerlendirilmesi gündemde (md. 5/7)", true)
                .checkbox("Yerel uyum eylem planı gündemde (md. 10/4)", true);
        browser.screenshot("board-cycle-4-compile-agenda-ticked");
        completeAndAwait(agenda);
        List<AgendaItem> items = meetings.agenda(meetings.byKey(meetingKey));
        assertThat(items).isNotEmpty();
        assertThat(items).extracting(AgendaItem::getTitle).anyMatch(t -> t.contains("Önceki toplantı"))
                .anyMatch(t -> t.contains("eylem planı"));
        Task schedule = single("Task_SetMeetingDate");
        assertThat(schedule.getName()).startsWith("Toplantı tarihini belirle — ");
        browser.close();
        browser = null;

        // 4. the chair's office sets the day (typed as Turkish users write it), time and place
        browser = Browser.start(port).loginToTasklist(CHAIR, "demo");
        Browser.Form date = browser.openTask(schedule.getName());
        // a day before the extraordinary meeting's window is not offered: the field says so and keeps nothing
        date.date("Toplantı tarihi", LocalDate.of(2030, 3, 14)).text("Saat (SS:DD)", "10:00")
                .text("Yer", "Edirne Valiliği Toplantı Salonu");
        assertThat(date.dateReading("Toplantı tarihi")).contains("14.03.2030 (14 Mart 2030 Perşembe)", "seçilebilecek günlerden biri değil");
        assertThat(date.value("Toplantı tarihi")).isEmpty();
        browser.screenshot("board-cycle-5-meeting-schedule-refused");
        assertThat(meetings.byKey(meetingKey).getMeetingDate()).isNull();

        // the agenda's fifteen days (R10.2): proposals due 14 March, the meeting from 29 March
        date.date("Toplantı tarihi", LocalDate.of(2030, 4, 2));
        assertThat(date.value("Toplantı tarihi")).isEqualTo("02.04.2030");
        assertThat(date.dateReading("Toplantı tarihi")).isEqualTo("Seçilen gün: 2 Nisan 2030 Salı.");
        browser.screenshot("board-cycle-6-meeting-schedule-filled");
        completeAndAwait(date);
        browser.screenshot("board-cycle-7-meeting-scheduled");
        var meeting = meetings.byKey(meetingKey);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2030, 4, 2));
        assertThat(meeting.getStartTime()).isEqualTo("10:00");
        assertThat(meeting.getPlace()).isEqualTo("Edirne Valiliği Toplantı Salonu");
    }

    /** Completes the form and waits until Tasklist closes it; a refusal fails with what the user was shown. */
    private void completeAndAwait(Browser.Form form) {
        form.complete();
        try {
            browser.awaitCompleted();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Görev tamamlanmadı; Tasklist'in gösterdiği: " + browser.notifications(), e);
        }
    }

    private void delete(ProcessInstance instance) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtimeService.deleteProcessInstance(instance.getId(), "BoardCycleInTasklistTest bitti", true);
        }
    }

    private List<Task> tasks(String taskKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey)
                .processInstanceBusinessKeyLike(meetingKey + "%").active().list();
    }

    private Task single(String taskKey) {
        List<Task> found = tasks(taskKey);
        assertThat(found).as("açık %s", taskKey).hasSize(1);
        return found.get(0);
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
    }

    /** Runs the due jobs of this meeting's instances only: other processes' timers (year planning …) stay as they are. */
    private void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                    .list().stream()
                    .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming");
    }
}
