package tr.gov.goc.kurul.browser;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.agenda.ProposalStatus;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The path of three Edirne users through the Turkish webapps, in a real browser: the Milli Eğitim liaison officer
 * finds the agenda call under "Kurumumun görevleri" (with the meeting and the institution in the list), opens it,
 * fills the Camunda Form and completes it; the secretary finds the agenda under "İlimin toplantıları" and compiles
 * it; the province's manager watches it on the "Uyum Panosu" page of Cockpit, where the on-time answers and the
 * meeting's stage change. No English label is shown on any of these screens. Screenshots: target/screenshots/ui-*.png.
 */
@KurulIntegrationTest
class UsersPathInTurkishTest {

    private static final String LIAISON = "edirne.milli-egitim.asil";
    private static final String SECRETARY = "edirne.sekreter";
    private static final String MANAGER = "edirne.izleyici";
    private static final String MILLI_EGITIM = "Edirne İl Milli Eğitim Müdürlüğü";
    private static final int EDIRNE = 22;

    /** Words of Camunda's English webapps that a Turkish screen must not show. */
    private static final List<String> ENGLISH = List.of("Claim", "Unclaim", "Complete", "Filter", "Filters", "Logout",
            "Log out", "Tasks", "Task", "Save", "Created", "Due", "Assignee", "Follow-up", "Add a comment", "History",
            "Diagram", "Description", "Sort by", "Powered by", "Processes", "Decisions", "Deployments", "Dashboard",
            "Batches", "Migration", "Welcome", "Loading", "Search", "Start process", "Running", "Incidents", "Finished",
            "Process Definitions", "Camunda 8", "migrate", "My profile", "Set due date", "Add groups");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(" + String.join("|", ENGLISH.stream()
            .map(Pattern::quote).toList()) + ")\\b");

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
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2030-03-04T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        Api.Response called = Api.as(port, SECRETARY, "demo").post("/api/meetings/extraordinary", Map.of(
                "plateCode", EDIRNE, "requestedBy", "GOVERNOR", "reason", "Sınır kapısındaki yoğunluk"));
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
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                        .rootProcessInstances().list().forEach(this::delete);
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(meetingKey + "%")
                        .list().forEach(this::delete);
            }
        }
    }

    @Test
    void liaisonSecretaryAndManagerWorkInTurkishAndTheDashboardFollows() {
        // 0. the manager looks at the dashboard in Cockpit before anyone answered
        browser = Browser.start(port).loginToCockpit(MANAGER, "demo");
        assertTurkish("Cockpit ana sayfası");
        browser.screenshot("ui-1-cockpit-home");
        openDashboard();
        int onTimeBefore = Integer.parseInt(kpi("province.proposals.onTime"));
        assertThat(meetingStage()).isEqualTo("Planlandı");
        assertTurkishInDashboard();
        browser.screenshot("ui-2-dashboard-before");
        closeBrowser();

        // 1. the liaison officer finds the task under their institution's filter, with its business data
        Task proposalTask = tasks("Task_SubmitAgendaProposal").stream()
                .filter(t -> t.getName().endsWith("— " + MILLI_EGITIM)).findFirst().orElseThrow();
        browser = Browser.start(port).loginToTasklist(LIAISON, "demo");
        assertThat(browser.filterNames()).contains("Kurumumun görevleri", "Gecikenler", "Bu hafta")
                .doesNotContain("İlimin toplantıları");
        browser.selectFilter("Kurumumun görevleri");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.taskNames().contains(proposalTask.getName()));
        assertThat(browser.visibleText()).as("listede toplantı ve kurum görünür")
                .contains("Toplantı", "Kurum", MILLI_EGITIM);
        assertTurkish("Tasklist, Kurumumun görevleri");
        browser.screenshot("ui-3-liaison-my-institution");

        Browser.Form proposal = browser.openTask(proposalTask.getName());
        proposal.radio("Bu toplantı için öneriniz var mı?", "Hayır, bu toplantı için önerimiz yok");
        proposal.text("Kurumunuzun yabancılara yönelik faaliyetleri (yapılan ve planlanan)",
                "Okullarda uyum sınıfları açıldı.");
        assertTurkish("Tasklist, gündem önerisi formu");
        browser.screenshot("ui-4-liaison-proposal-filled");
        proposal.complete();
        browser.awaitCompleted();
        assertTurkish("Tasklist, görev tamamlandıktan sonra");
        browser.screenshot("ui-5-liaison-proposal-completed");
        assertThat(taskService.createTaskQuery().taskId(proposalTask.getId()).count()).isZero();
        closeBrowser();

        // the other institutions answer through the API
        for (Task task : tasks("Task_SubmitAgendaProposal")) {
            taskService.complete(task.getId(), new HashMap<>(Map.of("hasProposal", "no", "specialRequest", false,
                    "riskFlag", false, "activities", "Yok.")));
        }

        // 2. the secretary advances the meeting: compiles the agenda found under "İlimin toplantıları"
        Task compile = single("Task_CompileAgenda");
        browser = Browser.start(port).loginToTasklist(SECRETARY, "demo");
        assertThat(browser.filterNames()).contains("İlimin toplantıları", "Süresi yaklaşanlar").doesNotContain("Kurumumun görevleri");
        browser.selectFilter("İlimin toplantıları");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.taskNames().contains(compile.getName()));
        assertTurkish("Tasklist, İlimin toplantıları");
        browser.screenshot("ui-6-secretary-province-meetings");
        Browser.Form agenda = browser.openTask(compile.getName());
        agenda.checkbox("Önceki toplantı kararlarının uygulanmasının değerlendirilmesi gündemde (md. 5/7)", true)
                .checkbox("Yerel uyum eylem planı gündemde (md. 10/4)", true);
        assertTurkish("Tasklist, gündemin hazırlanması formu");
        browser.screenshot("ui-7-secretary-agenda");
        agenda.complete();
        browser.awaitCompleted();
        assertThat(meetings.byKey(meetingKey).getStatus()).isEqualTo(MeetingStatus.AGENDA_COMPILED);
        closeBrowser();

        // 3. the manager sees it on the dashboard
        long answeredInTime = agendaProposals.forMeeting(meetingKey).stream()
                .filter(p -> p.status() == ProposalStatus.NO_PROPOSAL || p.status() == ProposalStatus.SUBMITTED).count();
        assertThat(answeredInTime).isPositive();
        browser = Browser.start(port).loginToCockpit(MANAGER, "demo");
        openDashboard();
        assertThat(Integer.parseInt(kpi("province.proposals.onTime"))).isEqualTo(onTimeBefore + answeredInTime);
        assertThat(meetingStage()).isEqualTo("Gündem hazır");
        assertTurkishInDashboard();
        browser.screenshot("ui-8-dashboard-after");
    }

    // ---------------------------------------------------------------- Cockpit's "Uyum Panosu"

    private void openDashboard() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.kurul-dashboard-link"))).click();
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.kurul-dashboard")));
        driver.switchTo().frame(frame);
        // a province's manager sees their province at once
        wait.until(d -> ("province-" + EDIRNE).equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        driver.switchTo().defaultContent();
    }

    private String kpi(String name) {
        return inDashboard(d -> d.findElement(By.cssSelector("[data-kpi='" + name + "']")).getText().trim());
    }

    private String meetingStage() {
        return inDashboard(d -> d.findElement(By.cssSelector("tr[data-meeting='" + meetingKey + "'] [data-kpi='meeting.stage']")).getText().trim());
    }

    private void assertTurkishInDashboard() {
        String text = inDashboard(d -> d.findElement(By.tagName("body")).getText());
        assertThat(text).contains("Uyum Panosu", "Gündem önerileri", "Tutanak dağıtımı", "Kararlar", "Yerel uyum eylem planı");
        assertNoEnglish("Uyum Panosu", text);
        assertNoEnglish("Cockpit çerçevesi", browser.visibleText());
    }

    private <T> T inDashboard(java.util.function.Function<WebDriver, T> read) {
        WebDriver driver = browser.driver();
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.kurul-dashboard")));
        try {
            return read.apply(driver);
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    // ---------------------------------------------------------------- checks

    private void assertTurkish(String screen) {
        assertNoEnglish(screen, browser.visibleText());
    }

    private static void assertNoEnglish(String screen, String text) {
        Matcher m = ENGLISH_WORDS.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            found.add(m.group() + " (…" + text.substring(from, Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…)");
        }
        assertThat(found).as("%s: İngilizce etiket görünmemeli", screen).isEmpty();
    }

    private void closeBrowser() {
        browser.close();
        browser = null;
    }

    private void delete(ProcessInstance instance) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtimeService.deleteProcessInstance(instance.getId(), "UsersPathInTurkishTest bitti", true);
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
