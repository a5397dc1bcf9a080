package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.subcommission.SubCommissionReportView;
import tr.gov.goc.kurul.subcommission.SubCommissionReports;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.TestClock;

/**
 * The Edirne secretariat records a sub-commission meeting in Tasklist with the real form (R12.6, R12.7): ticks the
 * liaison officers who came, lists a participant who is not a liaison officer — a line without a name is refused
 * beside the field — and then finds the sub-commission's Ek-1 and Ek-2 linked from the platform entry task.
 */
@KurulIntegrationTest
class SubCommissionInTasklistTest {

    private static final String SECRETARY = "edirne.sekreter";
    private static final String MEETING_KEY = "22-2087-2";
    private static final String OTHERS = "Diğer katılımcılar (irtibat görevlisi olmayanlar, Ek-2)";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    SubCommissionReports reports;

    Browser browser;
    ProcessInstance instance;

    @AfterEach
    void cleanUp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                runtimeService.deleteProcessInstance(instance.getId(), "SubCommissionInTasklistTest bitti", true, true);
            }
            TestClock.reset();
        }
    }

    @Test
    void theSecretaryRecordsTheMeetingWithAnotherParticipantAndFindsItsEk1AndEk2() {
        Task record = atTheRecordTask();
        List<String> labels = ((SpinJsonNode) taskService.getVariable(record.getId(), "liaisonOptions")).elements().stream()
                .map(o -> o.prop("label").stringValue()).toList();

        browser = Browser.start(port).loginToTasklist(SECRETARY, "demo");
        Browser.Form form = browser.openTask(record.getName());
        assertThat(form.text()).contains("Alt Komisyon", OTHERS, "Ad Soyad; Unvan; Kurum; Telefon");
        form.checklist("Toplantıya katılan irtibat görevlileri (Ek-2)", labels.get(0), labels.get(2))
                .text(OTHERS, "Ayşe Demir; Sosyal Çalışmacı; Edirne İl Göç İdaresi Müdürlüğü; 0284 123 45 67\n; Topluluk temsilcisi")
                .text("Eğitim", "Okul kayıtlarında dil desteği ihtiyacı sürüyor.")
                .text("Sahada tespit edilen sorunlar", "Tercüman sayısı yetersiz.")
                .text("Çözüm önerileri", "Gönüllü tercüman havuzu kurulması.")
                .text("Yerel uyum eylem planının izlenmesi", "Faaliyetler takvimde.");
        if (form.value("Toplantıyı yöneten (Uyum Çalışma Grubu Başkanı)").isBlank()) {
            form.text("Toplantıyı yöneten (Uyum Çalışma Grubu Başkanı)", "Uyum Çalışma Grubu Başkanı");
        }
        form.complete();
        Browser.Refusal refusal = browser.awaitRefusal();
        browser.screenshot("subcommission-1-other-participant-refused");
        assertThat(refusal.text()).contains("2. satır: ad soyad yazılmalıdır").doesNotContain("ENGINE-");
        assertThat(refusal.fieldLabel()).isEqualTo(OTHERS);
        assertThat(refusal.text().split("Diğer katılımcılar", -1)).as("the label once, not repeated by the message").hasSizeLessThan(3);
        assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).as("görev açık kalır").isOne();
        assertThat(reports.forMeeting(MEETING_KEY)).isEmpty();

        form.text(OTHERS, "Ayşe Demir; Sosyal Çalışmacı; Edirne İl Göç İdaresi Müdürlüğü; 0284 123 45 67\n"
                + "Hasan Halep; Topluluk temsilcisi");
        form.complete();
        browser.awaitCompleted();
        SubCommissionReportView report = reports.forMeeting(MEETING_KEY).orElseThrow();
        assertThat(report.participantCount()).isEqualTo(4);
        assertThat(report.otherAttendees()).extracting(SubCommissionReportView.OtherAttendee::personName)
                .containsExactly("Ayşe Demir", "Hasan Halep");

        // the platform entry task links the sub-commission's Ek-1 and Ek-2; the Ek-2 lists everyone who came
        Task platform = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Browser.Form entry = browser.openTask(platform.getName());
        assertThat(entry.text()).contains("Alt komisyon raporu (Ek-1) PDF", "Katılımcı listesi (Ek-2) PDF");
        browser.screenshot("subcommission-2-platform-entry-links");
        WebElement ek2Link = browser.driver().findElement(By.linkText("Katılımcı listesi (Ek-2) PDF"));
        String href = ek2Link.getAttribute("href");
        assertThat(href).endsWith("/api/sub-commissions/" + MEETING_KEY + "/participants.pdf");
        Api.Document ek2 = Api.as(port, SECRETARY, "demo").document(href.substring(href.indexOf("/api/")));
        assertThat(ek2.status()).isEqualTo(200);
        assertThat(PdfText.of(ek2.body())).contains("KATILIMCI LİSTESİ", "Ayşe Demir", "0284 123 45 67", "Hasan Halep",
                report.attendees().get(0).personName());
    }

    /** Starts Edirne's sub-commission for its second meeting of 2087, sets a day in the first week and opens the day. */
    private Task atTheRecordTask() {
        at("2087-02-20T09:00:00");
        Map<String, Object> variables = new HashMap<>();
        variables.put("plateCode", 22);
        variables.put("meetingKey", MEETING_KEY);
        variables.put("meetingTitle", "Edirne İl GKK 2087/2");
        variables.put("windowStart", "2087-03-01");
        variables.put("windowEnd", "2087-03-07");
        variables.put("plannedOn", "2087-01-05");
        instance = runtimeService.startProcessInstanceByKey("subCommissionMeeting", MEETING_KEY + "-AK", variables);
        LocalDate day = LocalDate.of(2087, 3, 4);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        taskService.complete(current().getId(), Map.of("meetingDate", day.toString(), "meetingTime", "10:00",
                "meetingPlace", "Edirne İl Göç İdaresi Müdürlüğü"));
        runDueJobs();
        at(day + "T10:00:00");
        runDueJobs();
        Task record = current();
        assertThat(record.getTaskDefinitionKey()).isEqualTo("Task_RecordMeeting");
        return record;
    }

    private Task current() {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void runDueJobs() {
        for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
            managementService.executeJob(job.getId());
        }
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
    }
}
