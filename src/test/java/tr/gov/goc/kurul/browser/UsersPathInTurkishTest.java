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
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.agenda.ProposalStatus;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.meeting.MeetingStatus;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The path of four Edirne users through Kurul's webapps in a real browser set to English, as shared office machines
 * often are: the Milli Eğitim liaison officer opens on "Kurumumun görevleri", opens the agenda call (nobody clicks
 * "Üstlen") and completes it with the keyboard alone, and Kurul confirms it; the secretary opens on "İlimin
 * toplantıları", is refused beside the missing item (every time, never over the buttons) and compiles the agenda; the
 * chair's office types 02.01.2027 and Kurul reads it as 2 January 2027 (a Saturday: not offered), then sets
 * 04.01.2027; the province's manager lands on the dashboard. On the way, every form message is Turkish and axe-core
 * finds no serious or critical WCAG 2.1 AA violation on the login page, the liaison form, the agenda form and the
 * dashboard. A Turkish-language browser reads the same day. Screenshots: target/screenshots/ui-*.png (the README's tour
 * uses them, copied to docs/screenshots/).
 */
@KurulIntegrationTest
class UsersPathInTurkishTest {

    private static final String LIAISON = "edirne.milli-egitim.asil";
    private static final String SECRETARY = "edirne.sekreter";
    private static final String CHAIR = "edirne.valiyardimcisi";
    private static final String MANAGER = "edirne.izleyici";
    private static final String MILLI_EGITIM = "Edirne İl Milli Eğitim Müdürlüğü";
    private static final int EDIRNE = 22;
    private static final String DATE = "Toplantı tarihi";
    private static final String TIME = "Saat (SS:DD)";

    /** Words of Camunda's English webapps and of form-js that a Turkish screen must not show. */
    private static final List<String> ENGLISH = List.of("Claim", "Unclaim", "Complete", "Filter", "Filters", "Logout",
            "Log out", "Tasks", "Task", "Save", "Created", "Due", "Assignee", "Follow-up", "Add a comment", "History",
            "Diagram", "Description", "Sort by", "Powered by", "Processes", "Decisions", "Deployments", "Dashboard",
            "Batches", "Migration", "Welcome", "Loading", "Search", "Start process", "Running", "Incidents", "Finished",
            "Process Definitions", "Camunda 8", "migrate", "My profile", "Set due date", "Add groups",
            "Field is required", "Field must", "Select", "Add new", "Nothing to show", "mm/dd/yyyy", "hh:mm");
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
        // Monday 7 December 2026: the meeting's window runs into February 2027
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-07T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        Api.Response called = Api.as(port, CHAIR, "demo").post("/api/meetings/extraordinary", Map.of( // R7.3: the Vali's call
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
    void liaisonSecretaryChairAndManagerWorkInTurkishInAnEnglishBrowser() {
        // 0. the login page, before anyone signs in
        browser = Browser.start(port, Browser.Language.ENGLISH);
        browser.open("/camunda/app/tasklist/default/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        assertThat(browser.language()).startsWith("en");
        assertTurkish("giriş sayfası");
        browser.screenshot("ui-0-login");
        assertThat(browser.accessibilityViolations(null)).as("giriş sayfası, axe-core").isEmpty();
        closeBrowser();

        // 1. the liaison officer opens on their institution's filter, opens the task and completes it by keyboard
        Task proposalTask = tasks("Task_SubmitAgendaProposal").stream()
                .filter(t -> t.getName().endsWith("— " + MILLI_EGITIM)).findFirst().orElseThrow();
        browser = Browser.start(port, Browser.Language.ENGLISH).loginToTasklist(LIAISON, "demo");
        assertThat(browser.selectedFilter()).as("irtibat görevlisi kendi filtresinde açar").isEqualTo("Kurumumun görevleri");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.taskNames().contains(proposalTask.getName()));
        assertThat(browser.visibleText()).as("listede toplantı ve kurum görünür").contains("Toplantı", "Kurum", MILLI_EGITIM);
        assertTurkish("Tasklist, Kurumumun görevleri");
        browser.screenshot("ui-1-liaison-list");

        Browser.Form proposal = browser.openTask(proposalTask.getName());
        assertThat(browser.claimButtonShown()).as("Üstlen'e basmak gerekmez").isFalse();
        assertThat(taskService.createTaskQuery().taskId(proposalTask.getId()).singleResult().getAssignee())
                .as("açınca üstlenildi").isEqualTo(LIAISON);
        assertThat(browser.accessibilityViolations(null, KURULS_PARTS)).as("irtibat formu, axe-core").isEmpty();
        completeProposalByKeyboard();
        assertThat(browser.awaitConfirmation()).contains("Görev tamamlandı", "Gündem önerisi");
        assertTurkish("Tasklist, görev tamamlandıktan sonra");
        browser.screenshot("ui-2-liaison-completed");
        assertThat(taskService.createTaskQuery().taskId(proposalTask.getId()).count()).isZero();
        assertThat(agendaProposals.forMeeting(meetingKey)).filteredOn(p -> p.institutionName().equals(MILLI_EGITIM))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(ProposalStatus.NO_PROPOSAL);
                    assertThat(p.activities()).isEqualTo("Okullarda uyum sınıfları açıldı.");
                });
        closeBrowser();

        // 2. the secretary sees where the agenda call stands above their list, on their own filter
        int asked = tasks("Task_SubmitAgendaProposal").size() + 1;
        String agendaDue = TurkishDates.format(meetings.byKey(meetingKey).getAgendaDueDate());
        browser = Browser.start(port, Browser.Language.ENGLISH).loginToTasklist(SECRETARY, "demo");
        assertThat(browser.selectedFilter()).isEqualTo("İlimin toplantıları");
        assertThat(browser.meetingProgress()).contains("Toplantıların durumu", "Edirne İl GKK olağanüstü",
                "Gündem önerileri: 1/" + asked + " kurum yanıtladı (son gün " + agendaDue + ")",
                "Bekleyen: Gündem önerisi — " + (asked - 1) + " kurumun irtibat görevlileri");
        browser.screenshot("ui-3-secretary-progress");

        // the other institutions answer; the agenda is the secretariat's to compile: refused beside the missing item
        // every time, then compiled
        othersAnswer();
        Task compile = single("Task_CompileAgenda");
        browser.driver().navigate().refresh();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.meetingProgress()
                .contains(asked + "/" + asked + " kurum yanıtladı"));
        assertThat(browser.meetingProgress()).contains("Bekleyen: Gündemi hazırla — Edirne İl GKK Sekreteryası");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.taskNames().contains(compile.getName()));
        assertTurkish("Tasklist, İlimin toplantıları");
        browser.screenshot("ui-3-secretary-list");
        Browser.Form agenda = browser.openTask(compile.getName());
        assertThat(browser.accessibilityViolations(null, KURULS_PARTS)).as("gündem formu, axe-core").isEmpty();
        for (int attempt = 1; attempt <= 2; attempt++) {
            agenda.complete();
            Browser.Refusal refusal = browser.awaitRefusal();
            assertThat(refusal.text()).as("ret %d", attempt).contains("Gündemde zorunlu maddeler eksik").doesNotContain("ENGINE-", "'");
            assertThat(refusal.fieldLabel()).as("ret alanın yanında").isEqualTo(PREVIOUS_DECISIONS);
            assertThat(browser.coversCompleteButton(".kurul-refusal, .page-notifications .alert")).as("düğmeleri örtmez").isFalse();
            assertThat(browser.completeEnabled()).as("form takılı kalmaz").isTrue();
        }
        browser.screenshot("ui-4-secretary-refused");
        assertThat(taskService.createTaskQuery().taskId(compile.getId()).count()).as("görev açık kalır").isOne();
        agenda.checkbox(PREVIOUS_DECISIONS, true).checkbox("Yerel uyum eylem planı gündemde (md. 10/4)", true);
        assertTurkish("Tasklist, gündemin hazırlanması formu");
        agenda.complete();
        assertThat(browser.awaitConfirmation()).contains("Görev tamamlandı", "Gündemi hazırla");
        assertThat(meetings.byKey(meetingKey).getStatus()).isEqualTo(MeetingStatus.AGENDA_COMPILED);
        closeBrowser();

        // 3. the chair's office: a typed 02.01.2027 is 2 January 2027, Turkish picker, Turkish messages
        browser = Browser.start(port, Browser.Language.ENGLISH).loginToTasklist(CHAIR, "demo");
        assertThat(browser.selectedFilter()).isEqualTo("Başkanlık görevleri");
        Browser.Form schedule = browser.openTask(single("Task_SetMeetingDate").getName());
        readsTheTurkishDay(schedule);
        schedule.text(TIME, "25:00").leave(TIME);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !schedule.errors(TIME).isEmpty());
        assertThat(schedule.errors(TIME)).containsExactly("Saati SS:DD biçiminde yazın (örneğin 10:00).");
        schedule.erase(TIME).leave(TIME);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> schedule.errors(TIME).contains("Bu alan zorunludur."));
        assertThat(schedule.errors(TIME)).containsExactly("Bu alan zorunludur.");
        assertTurkish("Tasklist, toplantı tarihi formu");
        schedule.text(TIME, "10:00").text("Yer", "Edirne Valiliği Toplantı Salonu").leave("Yer");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.completeEnabled());
        assertThat(schedule.errors("Yer")).isEmpty();
        browser.screenshot("ui-5-chair-date");
        schedule.complete();
        assertThat(browser.awaitConfirmation()).contains("Görev tamamlandı", "Toplantı tarihini belirle");
        assertThat(meetings.byKey(meetingKey).getMeetingDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        closeBrowser();

        // 4. the manager lands on the dashboard
        browser = Browser.start(port, Browser.Language.ENGLISH).loginToCockpit(MANAGER, "demo");
        awaitDashboard();
        assertThat(meetingStage()).isEqualTo("Tarihi belirlendi");
        assertTurkishInDashboard();
        assertThat(browser.accessibilityViolations("iframe.kurul-dashboard")).as("uyum panosu, axe-core").isEmpty();
        browser.screenshot("ui-6-manager-dashboard");
    }

    @Test
    void aTurkishLanguageBrowserReadsTheSameDay() {
        othersAnswer();
        Task compile = single("Task_CompileAgenda");
        taskService.complete(compile.getId(), new HashMap<>(Map.of("includesPreviousDecisions", true, "includesActionPlan", true)));
        browser = Browser.start(port, Browser.Language.TURKISH).loginToTasklist(CHAIR, "demo");
        assertThat(browser.language()).startsWith("tr");
        Browser.Form schedule = browser.openTask(single("Task_SetMeetingDate").getName());
        readsTheTurkishDay(schedule);
        schedule.text(TIME, "10:00").text("Yer", "Edirne Valiliği Toplantı Salonu");
        schedule.complete();
        assertThat(browser.awaitConfirmation()).contains("Görev tamamlandı");
        assertThat(meetings.byKey(meetingKey).getMeetingDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    private static final String PREVIOUS_DECISIONS = "Önceki toplantı kararlarının uygulanmasının değerlendirilmesi gündemde (md. 5/7)";
    /** What Kurul controls in Tasklist: its filters (names, colours), the form and its own messages. */
    private static final String[] KURULS_PARTS = {".task-filters .content", ".fjs-container", ".kurul-banner", ".kurul-refusal"};

    /** 02.01.2027 is 2 January 2027 (a Saturday, not offered); 04.01.2027 is 4 January 2027 and is taken. */
    private void readsTheTurkishDay(Browser.Form schedule) {
        assertThat(schedule.placeholder(DATE)).isEqualTo("GG.AA.YYYY");
        schedule.typeDate(DATE, "02.01.2027");
        assertThat(schedule.dateReading(DATE)).contains("2 Ocak 2027 Cumartesi", "seçilebilecek günlerden biri değil");
        assertThat(schedule.value(DATE)).as("sunucuya gitmeyecek gün alanda kalmaz").isEmpty();
        Object header = ((JavascriptExecutor) browser.driver()).executeScript(
                // the calendar left on a month without permitted days (as today's month can be) opens on one that has them
                "var i = document.querySelector('.fjs-datepicker input'); i._flatpickr.jumpToDate(new Date(2031, 5, 1)); i._flatpickr.open();"
                        + "var c = i._flatpickr.calendarContainer;"
                        + "return [c.querySelector('.flatpickr-weekday').textContent.trim(),"
                        + " c.querySelector('.flatpickr-current-month').textContent.replace(/\\s+/g, ' ').trim(),"
                        + " c.querySelectorAll('.flatpickr-day:not(.flatpickr-disabled)').length,"
                        + " Array.from(c.querySelectorAll('.flatpickr-day.flatpickr-disabled')).some(function (d) { return d.getAttribute('aria-label').indexOf('Cumartesi') >= 0; })];");
        assertThat(header).as("takvim: Pazartesiyle başlar, Türkçe ay, yalnız izin verilen günler seçilebilir, Cumartesi kapalı")
                .asList().satisfies(h -> {
                    assertThat(h.get(0)).isEqualTo("Pzt");
                    assertThat((String) h.get(1)).matches(".*(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık).*")
                            .doesNotContain("December", "January", "February");
                    assertThat(((Number) h.get(2)).intValue()).isPositive();
                    assertThat(h.get(3)).isEqualTo(true);
                });
        browser.screenshot("ui-5-chair-picker-" + browser.language());
        schedule.typeDate(DATE, "04.01.2027");
        assertThat(schedule.dateReading(DATE)).isEqualTo("Seçilen gün: 4 Ocak 2027 Pazartesi.");
        assertThat(schedule.value(DATE)).isEqualTo("04.01.2027");
    }

    /** Tab to the question, arrow to "Hayır", tab to the activities, type, tab to "Tamamla", Enter: no mouse. */
    private void completeProposalByKeyboard() {
        WebDriver driver = browser.driver();
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + "document.querySelector('.task-card h2.task').setAttribute('tabindex', '-1');"
                + "document.querySelector('.task-card h2.task').focus();");
        tabUntil(driver, "input[type='radio']");
        for (int i = 0; i < 3 && !focusedOptionLabel(driver).startsWith("Hayır"); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(focusedOptionLabel(driver)).startsWith("Hayır");
        assertThat(driver.switchTo().activeElement().isSelected()).isTrue();
        tabUntil(driver, "textarea");
        new Actions(driver).sendKeys("Okullarda uyum sınıfları açıldı.").perform();
        tabUntil(driver, "button[ng-click='complete()']");
        browser.screenshot("ui-2-liaison-keyboard");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    private static String focusedOptionLabel(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var l = document.activeElement.closest('label'); return l ? l.textContent.trim() : '';");
    }

    private static void tabUntil(WebDriver driver, String css) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ((Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].matches(arguments[1])", active, css)) {
                return;
            }
        }
        throw new AssertionError("Sekme tuşuyla '" + css + "' alanına ulaşılamadı");
    }

    private void othersAnswer() {
        for (Task task : tasks("Task_SubmitAgendaProposal")) {
            taskService.complete(task.getId(), new HashMap<>(Map.of("hasProposal", "no", "specialRequest", false,
                    "riskFlag", false, "activities", "Yok.")));
        }
    }

    // ---------------------------------------------------------------- Cockpit's "Uyum Panosu"

    /** A manager opening Cockpit lands on the dashboard: no click. */
    private void awaitDashboard() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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
        assertThat(text).contains("Uyum Panosu", "Gündem önerileri", "Tutanak dağıtımı", "Kararlar");
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
