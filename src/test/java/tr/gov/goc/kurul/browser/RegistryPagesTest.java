package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import tr.gov.goc.kurul.support.TestClock;

/**
 * The İl GİM's secretariat keeps its board in the browser (/kurul/kurul.html): it sees the board, changes a member
 * from a day with the keyboard alone, reads a refusal beside the field, and the page passes axe-core (WCAG 2.1 AA).
 * Screenshot: target/screenshots/ui-7-registry-board.png.
 */
@KurulIntegrationTest
class RegistryPagesTest {

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
    void theSecretariatChangesAMemberOfItsBoardByKeyboard() throws Exception {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        long board = registry.board(27, "Karkamış").path("id").asLong();
        long institution = registry.institution(27, "TICARET", null).path("id").asLong();
        long head = registry.person("Nazlı", "Ticaretçi", institution, null, true);
        registry.person("Ömer", "Çarşılı", institution, null, true);
        Api.Response added = admin.post("/api/boards/" + board + "/members", Map.of("personId", head, "role", "MEMBER",
                "validFrom", "2026-02-02"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long membership = added.json().path("id").asLong();

        browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
        browser.visit("/kurul/kurul.html?il=27&kurul=" + board);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardName"), "Karkamış"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Başkan", "Sekreterya", "Nazlı Ticaretçi", "Değiştirme yetkisi");

        WebElement change = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("tr[data-membership='" + membership + "'] button.change")));
        change.sendKeys(Keys.ENTER);
        WebElement person = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changePerson")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("changeTitle");
        new Select(person).selectByVisibleText("Ömer Çarşılı — Şube Müdürü");
        WebElement date = driver.findElement(By.id("changeDate"));
        date.clear();
        date.sendKeys("02.02.2026", Keys.ENTER); // the day the member began: the API refuses it
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeDateError")));
        assertThat(refusal.getText()).isEqualTo("Tarih, mevcut görevin başladığı günden (02.02.2026) sonra olmalıdır.");
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, düzenleme açık, axe-core").isEmpty();

        date = driver.findElement(By.id("changeDate"));
        date.clear();
        date.sendKeys(TestClock.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), Keys.ENTER);
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        wait.until(ExpectedConditions.textToBePresentInElement(message, "Değişiklik kaydedildi"));
        assertThat(message.getText()).contains("Ömer Çarşılı", "Nazlı Ticaretçi yerine üye");
        assertThat(driver.findElement(By.id("seatTable")).getText()).contains("Ömer Çarşılı").doesNotContain("Nazlı Ticaretçi");
        assertThat(driver.findElement(By.id("historyTable")).getText()).contains("Nazlı Ticaretçi");
        // the change history: who, when, old → new, newest first
        String changes = driver.findElement(By.id("changesTable")).getText();
        assertThat(changes).contains("gaziantep.sekreter",
                "Üye değişti: Nazlı Ticaretçi → Ömer Çarşılı (Gaziantep Ticaret İl Müdürlüğü), "
                        + tr.gov.goc.kurul.common.TurkishDates.ablative(TestClock.TODAY) + " itibaren");
        assertThat(driver.findElement(By.id("changesTitle")).getText()).isEqualTo("Değişiklik geçmişi");
        assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, axe-core").isEmpty();
        browser.screenshot("ui-7-registry-board");

        // the year's liaison list: copy last year's, then each row shows its warnings (R6.3, R6.4)
        browser.visit("/kurul/irtibat.html?il=27&yil=" + LIST_YEAR);
        WebElement copy = wait.until(ExpectedConditions.elementToBeClickable(By.id("copy")));
        copy.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "kopyalandı"));
        String sheet = driver.findElement(By.id("sheet")).getText();
        assertThat(sheet).contains(LIST_YEAR + " irtibat görevlileri listesi", "Gaziantep İl Sağlık Müdürlüğü",
                "Şube müdürü düzeyinde değil (R6.4)");
        assertThat(driver.findElement(By.id("changesTable")).getText())
                .contains("gaziantep.sekreter", "İrtibat görevlisi atandı (Gaziantep İl Sağlık Müdürlüğü, asil): ");
        assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, axe-core").isEmpty();
        browser.screenshot("ui-8-registry-liaisons");

        // a filled template with a wrong row: the preview says why, nothing is stored, no "Onayla" yet
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("irtibat", ".csv");
        java.nio.file.Files.writeString(csv, "Kurum;Görev (Asil/Yedek);Ad;Soyad;Unvan;Telefon;E-posta;Şube müdürü düzeyinde (Evet/Hayır)\n"
                + "Gaziantep Uzay Ajansı;Asil;Ali;Yıldız;Uzman;;;Hayır\n");
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#uploadForm button[type='submit']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Kurum bulunamadı"));
        assertThat(driver.findElement(By.id("message")).getText()).contains("1 hatalı satır var: hiçbir şey kaydedilmedi");
        assertThat(driver.findElement(By.id("confirm")).isDisplayed()).isFalse();
        assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, önizleme, axe-core").isEmpty();
        browser.screenshot("ui-9-registry-upload-preview");
    }

    static final int LIST_YEAR = 2093;

    /**
     * A fresh province is set up through the page alone: the secretariat adds a person of an invited institution
     * ("Kişi ekle") and gives them a seat ("Kurula görev ekle"); a wrong input is refused beside its field and stores
     * nothing. Screenshot: target/screenshots/ui-7b-registry-add.png.
     */
    @Test
    void theSecretariatAddsAPersonAndGivesThemASeat() {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        long board = registry.board(27, "Karkamış").path("id").asLong();
        Api.Response institution = admin.post("/api/institutions", Map.of("plateCode", 27,
                "name", "Gaziantep Göçmen Dayanışma Derneği", "category", "INVITED"));
        assertThat(institution.status()).as(institution.toString()).isEqualTo(201);
        String institutionId = institution.json().path("id").asText();
        Long personId = null;
        try {
            browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
            browser.visit("/kurul/kurul.html?il=27&kurul=" + board);
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardName"), "Karkamış"));

            // "Kişi ekle": opened and filled with the keyboard; a wrong e-mail is refused beside its field
            WebElement open = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#personEditor summary")));
            open.sendKeys(Keys.ENTER);
            WebElement firstName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personFirstName")));
            wait.until(d -> new Select(d.findElement(By.id("personInstitution"))).getOptions().size() > 1);
            firstName.sendKeys("Leyla");
            driver.findElement(By.id("personLastName")).sendKeys("Dayanışmacı");
            driver.findElement(By.id("personTitle")).sendKeys("Dernek Başkanı");
            new Select(driver.findElement(By.id("personInstitution"))).selectByVisibleText("Gaziantep Göçmen Dayanışma Derneği (davetli kurum)");
            WebElement email = driver.findElement(By.id("personEmail"));
            email.sendKeys("leyla-at-dernek", Keys.ENTER);
            WebElement emailError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personEmailError")));
            assertThat(emailError.getText()).isEqualTo("Geçerli bir e-posta adresi girin.");
            assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(people(admin, "Dayanışmacı")).as("refused: nothing stored").isEmpty();
            email.clear();
            email.sendKeys("leyla@dernek.example.org");
            driver.findElement(By.id("personBranch")).sendKeys(Keys.SPACE);
            email.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Kişi kaydedildi"));
            assertThat(email.getAttribute("aria-invalid")).isNull();
            java.util.List<com.fasterxml.jackson.databind.JsonNode> stored = people(admin, "Dayanışmacı");
            assertThat(stored).hasSize(1);
            personId = stored.get(0).path("id").asLong();
            assertThat(stored.get(0).path("institutionId").asText()).isEqualTo(institutionId);
            assertThat(stored.get(0).path("branchManagerLevel").asBoolean()).isTrue();
            assertThat(stored.get(0).path("username").isNull()).as("no login from the secretariat").isTrue();

            // "Kurula görev ekle": the one just added is chosen; a chair of an invited institution is refused (R4.1)
            WebElement person = driver.findElement(By.id("seatPerson"));
            assertThat(new Select(person).getFirstSelectedOption().getText())
                    .isEqualTo("Leyla Dayanışmacı — Gaziantep Göçmen Dayanışma Derneği");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("seatPerson");
            new Select(driver.findElement(By.id("seatRole"))).selectByVisibleText("Başkan");
            driver.findElement(By.id("seatDate")).sendKeys(Keys.ENTER);
            WebElement seatError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seatPersonError")));
            assertThat(seatError.getText()).isEqualTo("İlçe kurulunun başkanı kaymakamdır: kişi bu ilçenin kaymakamlığında kayıtlı olmalıdır (R4.1).");
            assertThat(person.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(memberships(admin, board, personId)).as("refused: nothing stored").isEmpty();
            assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, ekleme formları açık, axe-core").isEmpty();

            new Select(driver.findElement(By.id("seatRole"))).selectByVisibleText("Davetli");
            WebElement date = driver.findElement(By.id("seatDate"));
            date.clear();
            date.sendKeys(TestClock.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Görev kaydedildi"));
            assertThat(driver.findElement(By.id("message")).getText()).contains("Leyla Dayanışmacı", "davetli");
            assertThat(driver.findElement(By.id("invitedTable")).getText())
                    .contains("Gaziantep Göçmen Dayanışma Derneği Leyla Dayanışmacı Dernek Başkanı");
            assertThat(memberships(admin, board, personId)).hasSize(1);
            assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, görev eklendi, axe-core").isEmpty();
            browser.screenshot("ui-7b-registry-add");
        } finally {
            if (personId != null) {
                for (com.fasterxml.jackson.databind.JsonNode m : memberships(admin, board, personId)) {
                    admin.delete("/api/boards/" + board + "/members/" + m.path("id").asLong());
                }
                admin.delete("/api/people/" + personId);
            }
        }
    }

    private static java.util.List<com.fasterxml.jackson.databind.JsonNode> people(Api admin, String lastName) {
        return Registry.stream(admin.get("/api/people?province=27").json())
                .filter(p -> lastName.equals(p.path("lastName").asText())).toList();
    }

    private static java.util.List<com.fasterxml.jackson.databind.JsonNode> memberships(Api admin, long board, long personId) {
        return Registry.stream(admin.get("/api/boards/" + board + "/members").json())
                .filter(m -> m.path("personId").asLong() == personId).toList();
    }

    @Test
    void theReadinessChecklistSaysWhatIsMissingAndLinksToItsPage() {
        browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
        browser.visit("/kurul/hazirlik.html?il=27&yil=" + LIST_YEAR);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistTitle"), LIST_YEAR + " hazırlık listesi"));
        WebElement liaisons = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-item='liaisons']")));
        assertThat(liaisons.getText()).contains("✗", LIST_YEAR + " irtibat listesi", "İrtibat görevlileri sayfasında");
        assertThat(driver.findElement(By.cssSelector("tr[data-item='chair']")).getText()).contains("✔", "Kurul başkanı");
        WebElement link = liaisons.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).endsWith("/kurul/irtibat.html?il=27&yil=" + LIST_YEAR);
        assertThat(browser.accessibilityViolations(null)).as("hazırlık sayfası, axe-core").isEmpty();
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheetTitle"), LIST_YEAR + " irtibat görevlileri listesi"));
    }
}
