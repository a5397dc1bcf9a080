package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * R11.3 on a page ("Toplantının günü, yeri ve saati kurul başkanı tarafından belirlenir"): the Vali's office finds
 * "Toplantı değişikliği" in Tasklist's header, opens /kurul/degisiklik.html and postpones Gaziantep's April board by a
 * week — a Sunday and a day not written GG.AA.YYYY are refused beside the date field and change nothing; the change is
 * listed under the meeting with its reason and mailed to the noticed. The secretariat is offered no meeting (the POST
 * would refuse it). Keyboard only, axe-core clean. Screenshot: target/screenshots/ui-11-meeting-change.png.
 */
@KurulIntegrationTest
class MeetingChangePageTest {

    private static final String KEY = "27-2084-2";

    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Mails mails;
    @LocalServerPort
    int port;

    CycleDriver driver;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
    }

    /**
     * Every 2084 cycle goes, of every province and district: moving the clock to December 2083 lets the 1 December
     * timer plan 2084 for every province with a population figure, and their cycles would still be running when
     * another test's clock reaches 2085.
     */
    @AfterEach
    void tearDown() {
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("%-2084-%").rootProcessInstances().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "MeetingChangePageTest bitti", true, true));
        CycleDriver.reset();
    }

    @Test
    void theValisOfficePostponesTheMeetingOnThePageAndTheSecretariatIsOfferedNone() {
        // from 2 December 2083: the 1 December timer has planned 2084 (or does now) and will not fire again before
        // December 2084 — crossing 1 December 2083 would plan 2085, another test's year
        driver.at("2083-12-02T10:00:00");
        planner.plan(27, 2084);
        driver.holdSubCommissionAndCompileAgenda(KEY, LocalDate.parse("2084-03-06"), Map.of());
        driver.complete(driver.task(KEY, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2084-04-12", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        driver.at("2084-03-27T10:00:00");
        assertThat(mails.about(KEY, "MEETING_NOTICE")).isNotEmpty();

        // the secretariat: no meeting to change, and the rule in one sentence
        try (Browser browser = Browser.start(port, Browser.Language.TURKISH).loginToTasklist("gaziantep.sekreter", "demo")) {
            browser.visit("/kurul/degisiklik.html");
            WebElement none = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("none")));
            assertThat(none.getText()).startsWith("Değiştirebileceğiniz bir toplantı yok.").contains("md. 11/3");
            assertThat(browser.driver().findElement(By.id("changeForm")).isDisplayed()).isFalse();
        }
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/api/meetings/changeable").json()).isEmpty();

        try (Browser browser = Browser.start(port, Browser.Language.TURKISH).loginToTasklist("gaziantep.valiyardimcisi", "demo")) {
            WebDriver web = browser.driver();
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(20));
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kurul-meeting-change a")));
            assertThat(link.getText()).isEqualTo("Toplantı değişikliği");
            link.click();
            WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting")));
            String title = meetings.byKey(KEY).getTitle();
            assertThat(new Select(meeting).getFirstSelectedOption().getText())
                    .isEqualTo(title + " — 12.04.2084 10:00, Valilik Toplantı Salonu");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changesTable"), "Bu toplantı henüz değiştirilmedi."));

            // a Sunday: refused beside the date, nothing changes
            WebElement date = web.findElement(By.id("newDate"));
            date.sendKeys("16.04.2084");
            web.findElement(By.id("reason")).sendKeys("Vali Bey'in Ankara'daki toplantısı nedeniyle.");
            web.findElement(By.id("newTime")).sendKeys("14:00", Keys.ENTER);
            WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newDateError")));
            assertThat(dateError.getText()).contains("çalışma günü değil");
            assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(meetings.byKey(KEY).getMeetingDate()).isEqualTo(LocalDate.parse("2084-04-12"));
            assertThat(meetings.changes(meetings.byKey(KEY))).isEmpty();
            assertThat(browser.accessibilityViolations(null)).as("değişiklik sayfası, gün reddedildi, axe-core").isEmpty();

            // a day not written the Turkish way: said beside the field before anything is sent
            date.clear();
            date.sendKeys("31.04.2084", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("newDateError"),
                    "Yeni günü GG.AA.YYYY biçiminde yazın"));

            // a week later, at two o'clock: recorded, listed with its reason, mailed
            date.clear();
            date.sendKeys("19.04.2084", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "ertelendi"));
            assertThat(web.findElement(By.id("message")).getText()).isEqualTo(title + " ertelendi: 12.04.2084 10:00, "
                    + "Valilik Toplantı Salonu → 19.04.2084 14:00, Valilik Toplantı Salonu. Bildirim gönderilmiş herkese değişiklik gönderilir.");
            assertThat(web.findElement(By.id("newDateError")).isDisplayed()).isFalse();
            assertThat(date.getAttribute("aria-invalid")).isNull();
            Meeting changed = meetings.byKey(KEY);
            assertThat(changed.getMeetingDate()).isEqualTo(LocalDate.parse("2084-04-19"));
            assertThat(changed.getStartTime()).isEqualTo("14:00");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changesTable"), "Ertelendi: 12.04.2084"));
            assertThat(web.findElement(By.id("changesTable")).getText())
                    .contains("gaziantep.valiyardimcisi", "Vali Bey'in Ankara'daki toplantısı nedeniyle.");
            assertThat(new Select(web.findElement(By.id("meeting"))).getFirstSelectedOption().getText())
                    .isEqualTo(title + " — 19.04.2084 14:00, Valilik Toplantı Salonu");
            driver.runDueJobs();
            assertThat(mails.about(KEY, "MEETING_CHANGE")).isNotEmpty();
            assertThat(browser.accessibilityViolations(null)).as("değişiklik sayfası, ertelendi, axe-core").isEmpty();
            browser.screenshot("ui-11-meeting-change");
        }
        List<String> kinds = meetings.changes(meetings.byKey(KEY)).stream().map(c -> c.getKind().name()).toList();
        assertThat(kinds).containsExactly("POSTPONE");
    }
}
