package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.MeetingInstances;
import tr.gov.goc.kurul.support.TestClock;

/**
 * R7.3 from a page: the Vali of Gaziantep finds "Olağanüstü toplantı" in Tasklist's header, opens the page (the webapps'
 * session), is offered the chair's own call only, sends it first without a reason (the Turkish refusal beside the field,
 * by keyboard), then with one, and reads what happens next — the meeting's key, the agenda call open, the dates as
 * dd.MM.yyyy; the meeting exists. A liaison officer finds no link and, on the page, only who may call one. axe-core
 * (WCAG 2.1 AA) on each state. Screenshots: target/screenshots/olaganustu-*.png. Year 2092.
 */
@KurulIntegrationTest
class ExtraordinaryMeetingPageTest {

    private static final String VALI = "gaziantep.vali";
    private static final String PREFIX = "27-2092-E"; // the request (27-2092-ET1) and the meeting (27-2092-E1)
    private static final String REASON = "Mevsimlik tarım işçilerinin barınma sorunu (Nizip ovası)";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    final List<String> keys = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            TestClock.reset();
            MeetingInstances.delete(engine, List.of(PREFIX), "test bitti");
            for (String key : keys) {
                jdbc.update("delete from notice where business_key like ?", key + "%");
                jdbc.update("delete from agenda_proposal where meeting_key = ?", key);
                String meetingIds = "(select id from meeting where meeting_key = ?)";
                jdbc.update("delete from minutes_signature where minutes_version_id in (select id from minutes_version where meeting_id in "
                        + meetingIds + ")", key);
                for (String table : List.of("meeting_document", "minutes_pdf", "meeting_liaison_list", "meeting_agenda_item", "meeting_attendance",
                        "minutes_distribution", "platform_entry", "minutes_version")) {
                    jdbc.update("delete from " + table + " where meeting_id in " + meetingIds, key);
                }
                jdbc.update("delete from meeting where meeting_key = ?", key);
            }
        }
    }

    @Test
    void theValiCallsAnExtraordinaryMeetingFromThePage() {
        // the engine's clock, and so Kurul's, on a Monday of 2092; no job runs (the year planning stays as it is)
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2092-03-03T10:00:00").atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        browser = Browser.start(port).loginToTasklist(VALI, "demo");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));

        // Tasklist's header links to the page for whoever may call one
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kurul-extraordinary a")));
        assertThat(link.getText()).isEqualTo("Olağanüstü toplantı");
        browser.screenshot("olaganustu-0-tasklist-header");
        link.click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertThat(driver.getCurrentUrl()).endsWith("/kurul/olaganustu.html");
        assertThat(driver.findElement(By.id("callForm")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("provinceField")).isDisplayed()).as("one province: no province picker").isFalse();
        assertThat(driver.findElement(By.id("board")).getText()).isEqualTo("Gaziantep İl Göç Koordinasyon Kurulu");
        List<WebElement> acts = driver.findElements(By.cssSelector("input[name='act']"));
        assertThat(acts).hasSize(1);
        assertThat(acts.get(0).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("label[for='act-GOVERNOR']")).getText())
                .isEqualTo("Olağanüstü toplantıya karar ver (resen)");
        assertThat(driver.findElement(By.id("submit")).getText()).isEqualTo("Toplantıyı çağır");
        assertThat(driver.findElement(By.id("whoMayCall")).getText()).contains("Valinin resen kararıyla", "md. 7/3");
        assertThat(driver.findElement(By.cssSelector("label[for='reason']")).getText()).isEqualTo("Gerekçe");
        assertThat(browser.accessibilityViolations(null)).as("olağanüstü toplantı sayfası, axe-core").isEmpty();

        // by keyboard: from the reason, Tab to the button, Enter — without a reason, refused beside the field
        WebElement reason = driver.findElement(By.id("reason"));
        reason.click();
        reason.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("submit");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonError")));
        assertThat(error.getText()).isEqualTo("Gerekçe zorunludur.");
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(reason.getAttribute("aria-describedby")).contains("reasonError");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus back on the field").isEqualTo("reason");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(PREFIX + "%").count())
                .as("nothing started").isZero();
        assertThat(browser.accessibilityViolations(null)).as("ret iletisiyle, axe-core").isEmpty();
        browser.screenshot("olaganustu-1-refused");

        // with a reason: the meeting is called and the page says what happens next
        reason.sendKeys(REASON);
        assertThat(driver.findElement(By.id("reasonCount")).getText()).isEqualTo(REASON.length() + " / 1000 karakter");
        reason.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        String meetingKey = done.getAttribute("data-meeting");
        keys.add(meetingKey);
        keys.add("27-2092-ET1");
        assertThat(meetingKey).startsWith("27-2092-E");
        String text = driver.findElement(By.id("doneText")).getText();
        assertThat(text).startsWith("Olağanüstü toplantı çağrıldı: Gaziantep İl GKK olağanüstü 2092/")
                .contains("(" + meetingKey + ")", "Gündem çağrısı açıldı", "gündemin ilk maddesidir")
                .containsPattern("önerilerini \\d{2}\\.\\d{2}\\.2092 tarihine kadar")
                .containsPattern("Toplantı \\d{2}\\.\\d{2}\\.2092 ile \\d{2}\\.\\d{2}\\.2092 arasında")
                .doesNotContainPattern("2092-\\d{2}");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the confirmation is read out").isEqualTo("done");
        assertThat(driver.findElement(By.id("callForm")).isDisplayed()).isFalse();
        assertThat(browser.accessibilityViolations(null)).as("onay, axe-core").isEmpty();
        browser.screenshot("olaganustu-2-called");

        // the meeting exists, called by the Vali with the reason as the first agenda item's source
        Api.Response meeting = Api.as(port, VALI, "demo").get("/api/meetings/" + meetingKey);
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        assertThat(meeting.json().path("meeting").path("kind").asText()).isEqualTo("EXTRAORDINARY");
        assertThat(meeting.json().path("meeting").path("plateCode").asInt()).isEqualTo(27);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meetingKey).count())
                .as("the board cycle runs").isEqualTo(1);
    }

    @Test
    void theKaymakamOfASmallDistrictAndThePresidencyAreOfferedTheirOwnActs() {
        // R8.2, R8.4: Yavuzeli (1,400 foreigners, not on the border): the Kaymakam's own call, or the meeting at their discretion
        browser = Browser.start(port).loginToTasklist("yavuzeli.kaymakam", "demo");
        WebDriver driver = browser.driver();
        openThePage(driver);
        assertThat(driver.findElement(By.id("board")).getText()).isEqualTo("Yavuzeli İlçe Göç Koordinasyon Kurulu");
        assertThat(driver.findElements(By.cssSelector("#actList label")).stream().map(WebElement::getText))
                .containsExactly("Olağanüstü toplantıya karar ver (resen)", "Kaymakamın takdiriyle toplantı");
        assertThat(driver.findElement(By.id("act-DISCRETIONARY-hint")).getText()).contains("2.000", "md. 8/2");
        driver.findElement(By.cssSelector("label[for='act-DISCRETIONARY']")).click();
        assertThat(driver.findElement(By.id("submit")).getText()).isEqualTo("Toplantıyı başlat");
        assertThat(browser.accessibilityViolations(null)).as("küçük ilçenin Kaymakamı, axe-core").isEmpty();
        browser.screenshot("olaganustu-4-small-district");
        browser.close();

        // R7.3: the presidency's request, for a province it picks (and, R8.4, one of its district boards)
        browser = Browser.start(port).loginToTasklist("izleyici", "demo");
        driver = browser.driver();
        openThePage(driver);
        assertThat(driver.findElement(By.id("provinceField")).isDisplayed()).as("a province picker").isTrue();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("province"))).selectByVisibleText("Gaziantep");
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("board"))).getOptions().stream().map(WebElement::getText))
                .startsWith("Gaziantep İl Göç Koordinasyon Kurulu").contains("Yavuzeli İlçe Göç Koordinasyon Kurulu");
        assertThat(driver.findElements(By.cssSelector("#actList label")).stream().map(WebElement::getText)).containsExactly("Başkanlık talebi");
        assertThat(driver.findElement(By.id("submit")).getText()).isEqualTo("Talebi gönder");
        assertThat(browser.accessibilityViolations(null)).as("Başkanlık, axe-core").isEmpty();
        browser.screenshot("olaganustu-5-presidency");
    }

    private static void openThePage(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kurul-extraordinary a"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    }

    @Test
    void aLiaisonOfficerFindsNoLinkAndOnlyWhoMayCallOne() {
        browser = Browser.start(port).loginToTasklist("gaziantep.milli-egitim.asil", "demo");
        WebDriver driver = browser.driver();
        browser.awaitQuiet();
        assertThat(driver.findElements(By.cssSelector(".kurul-extraordinary"))).isEmpty();
        browser.open("/kurul/olaganustu.html");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("callForm")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("button[type='submit']")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(driver.findElement(By.id("message")).getText()).startsWith("Bu hesapla olağanüstü toplantı önerilemez");
        assertThat(driver.findElement(By.id("whoMayCall")).getText())
                .contains("İl Göç İdaresi Müdürlüğünün teklifi ve Valinin kararıyla", "md. 8/2");
        assertThat(browser.accessibilityViolations(null)).as("irtibat görevlisi, axe-core").isEmpty();
        browser.screenshot("olaganustu-3-liaison");
    }
}
