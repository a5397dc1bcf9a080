package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/**
 * The national tables in the browser: an administrator keeps the holidays and administrative leave days
 * (/kurul/takvim.html, R-DATES) and the policy values from a date (/kurul/politika.html, R15.3) — Turkish dates, refusals
 * beside the field, the keyboard, axe-core — and what they enter is what Kurul's computations count; a province's
 * secretary reads both and changes neither. Screenshots: target/screenshots/ui-11-calendar-table.png,
 * ui-12-policy-values.png.
 */
@KurulIntegrationTest
class NationalTablesPagesTest {

    static final String LEAVE_DAY = "2043-03-10"; // a Tuesday
    static final String POLICY = "boardNoticeDaysBefore";

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdministratorAddsAnAdministrativeLeaveDayThatTheDeadlinesCountAndRemovesIt() {
        Api admin = Api.as(port, "admin", "admin");
        assertThat(admin.get("/api/calendar/working-day?date=" + LEAVE_DAY).json().path("working").asBoolean()).isTrue();
        browser = Browser.start(port).loginToTasklist("admin", "admin");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // the application menu leads to both tables
        assertThat(driver.findElements(By.cssSelector(".app-switch .dropdown-menu a[href='/kurul/takvim.html']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".app-switch .dropdown-menu a[href='/kurul/politika.html']"))).hasSize(1);

        browser.visit("/kurul/takvim.html?yil=2043");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daysTitle"), "2043 yılının tatil ve idari izin günleri"));
        // Law 2429's days are listed by rule, in Turkish, and cannot be removed
        assertThat(driver.findElement(By.cssSelector("#days tr[data-date='2043-04-23']")).getText())
                .contains("23.04.2043", "Perşembe", "Resmi tatil", "Tam gün", "2429 sayılı Kanun");

        // a date not written GG.AA.YYYY, then no description: refused beside the field, nothing stored
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayDate")));
        date.sendKeys("31.02.2043", Keys.ENTER);
        WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayDateError")));
        assertThat(dateError.getText()).isEqualTo("Tarihi GG.AA.YYYY biçiminde yazın (ör. 02.01.2043).");
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        date.clear();
        date.sendKeys("10.03.2043", Keys.ENTER);
        WebElement nameError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayNameError")));
        assertThat(nameError.getText()).startsWith("Açıklama zorunludur");
        assertThat(dateError.isDisplayed()).isFalse();
        assertThat(admin.get("/api/calendar/working-day?date=" + LEAVE_DAY).json().path("working").asBoolean()).isTrue();
        assertThat(browser.accessibilityViolations(null)).as("takvim sayfası, ret, axe-core").isEmpty();

        new Select(driver.findElement(By.id("dayType"))).selectByVisibleText("İdari izin");
        new Select(driver.findElement(By.id("dayPart"))).selectByVisibleText("Tam gün");
        driver.findElement(By.id("dayName")).sendKeys("Deprem tatbikatı nedeniyle idari izin", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "10.03.2043 idari izin olarak kaydedildi (tam gün)"));
        assertThat(driver.findElement(By.cssSelector("#days tr[data-date='" + LEAVE_DAY + "']")).getText())
                .contains("10.03.2043", "Salı", "İdari izin", "Tam gün", "Deprem tatbikatı nedeniyle idari izin", "Yönetici: admin");
        assertThat(browser.accessibilityViolations(null)).as("takvim sayfası, axe-core").isEmpty();
        browser.screenshot("ui-11-calendar-table");

        // what the calendar computes from now on counts the day (R-DATES): not a working day, the next one is the 11th
        JsonNode day = admin.get("/api/calendar/working-day?date=" + LEAVE_DAY).json();
        assertThat(day.path("working").asBoolean()).isFalse();
        assertThat(day.path("reasons").toString()).contains("Deprem tatbikatı nedeniyle idari izin");

        // removed with the keyboard: a working day again
        WebElement remove = driver.findElement(By.cssSelector("#days tr[data-date='" + LEAVE_DAY + "'] button.remove"));
        remove.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "10.03.2043 tarihindeki idari izin kaydı silindi."));
        assertThat(driver.findElements(By.cssSelector("#days tr[data-date='" + LEAVE_DAY + "']"))).isEmpty();
        assertThat(admin.get("/api/calendar/working-day?date=" + LEAVE_DAY).json().path("working").asBoolean()).isTrue();
    }

    @Test
    void theAdministratorChangesAPolicyValueFromADateAndSeesItInTheHistory() {
        Api admin = Api.as(port, "admin", "admin");
        String before = valueOn(admin, "2043-06-01");
        browser = Browser.start(port).loginToTasklist("admin", "admin");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        browser.visit("/kurul/politika.html");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#parameters tr[data-name='" + POLICY + "']")));
        assertThat(row.getText()).contains("R11.3: kurul üyelerine toplantı en az bu kadar gün önce bildirilir", before);
        row.findElement(By.cssSelector("button.change")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeValue")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("changeTitle");

        // not a whole number: refused beside the value, nothing stored
        WebElement value = driver.findElement(By.id("changeValue"));
        value.clear();
        value.sendKeys("beş gün");
        WebElement from = driver.findElement(By.id("changeFrom"));
        from.clear();
        from.sendKeys("01.01.2043", Keys.ENTER);
        WebElement valueError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeValueError")));
        assertThat(valueError.getText()).isEqualTo("'" + POLICY + "' için sıfır ya da pozitif bir tam sayı girin.");
        assertThat(value.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(valueOn(admin, "2043-06-01")).isEqualTo(before);
        assertThat(browser.accessibilityViolations(null)).as("politika sayfası, ret, axe-core").isEmpty();

        String changed = String.valueOf(Integer.parseInt(before) + 1);
        value.clear();
        value.sendKeys(changed, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                POLICY + " değeri 01.01.2043 tarihinden itibaren " + changed + " olarak kaydedildi."));
        String history = driver.findElement(By.id("historyTable")).getText();
        assertThat(history).contains("01.01.2043 (ileri tarihli) " + changed, "01.01.2023 (bugün geçerli) " + before);
        assertThat(driver.findElement(By.cssSelector("#parameters tr[data-name='" + POLICY + "']")).getText())
                .contains(changed + " (01.01.2043 tarihinden itibaren)");
        assertThat(valueOn(admin, "2043-06-01")).isEqualTo(changed);
        assertThat(valueOn(admin, "2042-12-31")).isEqualTo(before);
        assertThat(browser.accessibilityViolations(null)).as("politika sayfası, axe-core").isEmpty();
        browser.screenshot("ui-12-policy-values");

        // the other tests' years keep the old value: back to it from 2044 on, through the page too
        value = driver.findElement(By.id("changeValue"));
        value.clear();
        value.sendKeys(before);
        from = driver.findElement(By.id("changeFrom"));
        from.clear();
        from.sendKeys("01.01.2044", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "01.01.2044 tarihinden itibaren " + before));
        assertThat(valueOn(admin, "2044-06-01")).isEqualTo(before);
    }

    @Test
    void aProvinceSecretaryReadsBothTablesAndChangesNeither() {
        browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        browser.visit("/kurul/takvim.html?yil=2042");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daysTitle"), "2042 yılının"));
        assertThat(driver.findElement(By.id("readOnly")).getText()).isEqualTo("Bu tabloyu yalnızca sistem yöneticisi değiştirir; siz görüntüleyebilirsiniz.");
        assertThat(driver.findElement(By.id("dayForm")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#days button.remove"))).isEmpty();
        assertThat(browser.accessibilityViolations(null)).as("takvim sayfası, salt okunur, axe-core").isEmpty();

        browser.visit("/kurul/politika.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#parameters tr[data-name='" + POLICY + "']")));
        assertThat(driver.findElement(By.id("readOnly")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#parameters button.change"))).isEmpty();

        // and the API keeps its rule whatever a page offers
        Api secretary = Api.as(port, "gaziantep.sekreter", "demo");
        Api.Response day = secretary.put("/api/calendar/non-working-days/2042-03-11", Map.of("type", "IDARI_IZIN", "part", "FULL", "name", "Deneme"));
        assertThat(day.status()).isEqualTo(403);
        assertThat(day.message()).isEqualTo("Bu işlem için sistem yöneticisi yetkisi gerekir.");
        Api.Response policy = secretary.put("/api/policy-parameters/" + POLICY, Map.of("value", "9", "effectiveFrom", "2042-01-01"));
        assertThat(policy.status()).isEqualTo(403);
        assertThat(Api.as(port, "admin", "admin").get("/api/calendar/working-day?date=2042-03-11").json().path("working").asBoolean()).isTrue();
    }

    private static String valueOn(Api admin, String date) {
        return Registry.stream(admin.get("/api/policy-parameters").json())
                .filter(p -> p.path("name").asText().equals(POLICY) && p.path("effectiveFrom").asText().compareTo(date) <= 0)
                .reduce((a, b) -> a.path("effectiveFrom").asText().compareTo(b.path("effectiveFrom").asText()) >= 0 ? a : b)
                .orElseThrow().path("value").asText();
    }
}
