package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
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
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PasswordInvitations;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * The İl GİM gives a new person a login from "Kişi ekle" on /kurul/kurul.html: the invitation arrives at the SMTP
 * server, its link sets the person's own password on /kurul/parola.html and the person signs in to Tasklist; a user
 * name already taken is refused beside its field and stores nothing; "Parola davetini yeniden gönder" on the person's
 * row sends a new link and says so beside the button; the row says whether the invitation waits or the password is set.
 * Keyboard only, axe-core clean.
 * The invited participant's login is in no Camunda group: they sign in to Tasklist and find an empty task list, and
 * the engine API holds them to what a liaison officer may call.
 * Screenshots: target/screenshots/ui-7c-registry-login.png, ui-7d-registry-login-taken.png, ui-7e-registry-password-set.png,
 * ui-7f-invited-participant-tasklist.png.
 */
@KurulIntegrationTest
class PersonLoginPageTest {

    private static final String PASSWORD = "Kavaklar arasında sabah yürüyüşü";

    @LocalServerPort
    int port;
    @Autowired
    Mails mails;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    ManagementService managementService;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSecretariatGivesANewPersonALoginAndThePersonSetsTheirPasswordFromTheMail() throws Exception {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        long board = registry.board(27, "Karkamış").path("id").asLong();
        Api.Response institution = admin.post("/api/institutions", Map.of("plateCode", 27,
                "name", "Gaziantep Mülteci Destek Vakfı", "category", "INVITED"));
        assertThat(institution.status()).as(institution.toString()).isEqualTo(201);
        String username = "defne.vakif" + (System.nanoTime() % 100_000);
        Long personId = null;
        try {
            browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
            browser.visit("/kurul/kurul.html?il=27&kurul=" + board);
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardName"), "Karkamış"));

            // "Kişi ekle" with a user name: the person is stored with the login, the page says a link is mailed
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#personEditor summary"))).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personFirstName")));
            wait.until(d -> new Select(d.findElement(By.id("personInstitution"))).getOptions().size() > 1);
            assertThat(driver.findElement(By.cssSelector("label[for='personUsername']")).getText()).startsWith("Kullanıcı adı (Kurul'a giriş)");
            assertThat(driver.findElement(By.id("personUsernameHint")).getText())
                    .isEqualTo("İsteğe bağlı. Doldurursanız kişiye e-posta ile parola belirleme bağlantısı gönderilir; e-posta adresi gerekir.");
            fill(driver, "Defne", "Vakıfçı", username + "@vakif.example.org", username);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Kişi kaydedildi"));
            assertThat(driver.findElement(By.id("message")).getText())
                    .contains("Defne Vakıfçı", "Kullanıcı adı: " + username, "Parola belirleme bağlantısı kişinin e-posta adresine gönderilir");
            assertThat(driver.findElement(By.id("personUsername")).getAttribute("value")).isEmpty();
            List<JsonNode> stored = people(admin, "Vakıfçı");
            assertThat(stored).hasSize(1);
            personId = stored.get(0).path("id").asLong();
            assertThat(stored.get(0).path("username").asText()).isEqualTo(username);
            String firstLink = invitation(username, 1);

            // the same user name again: refused beside the field, nothing stored, no second mail
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#personEditor summary")));
            fill(driver, "Deniz", "Aynıadlı", "deniz@vakif.example.org", username);
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personUsernameError")));
            assertThat(refusal.getText()).isEqualTo("Bu kullanıcı adı başka bir kişiye ait: " + username);
            WebElement usernameField = driver.findElement(By.id("personUsername"));
            assertThat(usernameField.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("personUsername");
            assertThat(people(admin, "Aynıadlı")).as("refused: nothing stored").isEmpty();
            assertThat(mails.about("parola-" + username, "PASSWORD_LINK")).hasSize(1);
            assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, kullanıcı adı reddedildi, axe-core").isEmpty();
            browser.screenshot("ui-7d-registry-login-taken");
            for (String id : List.of("personFirstName", "personLastName", "personEmail", "personUsername")) {
                driver.findElement(By.id(id)).clear();
            }

            // a seat for the new person, then "Parola davetini yeniden gönder" on their row: a new link, the old one closed
            Select seatPerson = new Select(driver.findElement(By.id("seatPerson")));
            seatPerson.selectByVisibleText("Defne Vakıfçı — Gaziantep Mülteci Destek Vakfı");
            new Select(driver.findElement(By.id("seatRole"))).selectByVisibleText("Davetli");
            WebElement date = driver.findElement(By.id("seatDate"));
            date.clear();
            date.sendKeys(TestClock.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Görev kaydedildi"));
            WebElement resend = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#invitedTable button.invite[data-person='" + personId + "']")));
            assertThat(resend.getText()).isEqualTo("Parola davetini yeniden gönder");
            WebElement seatRow = resend.findElement(By.xpath("./ancestor::tr"));
            assertThat(seatRow.findElement(By.cssSelector(".login-state")).getText())
                    .startsWith("Davet gönderildi, parola henüz belirlenmedi (bağlantının son geçerliliği ");
            assertThat(resend.getAttribute("aria-label")).isEqualTo("Parola davetini yeniden gönder: Defne Vakıfçı");
            resend.sendKeys(Keys.ENTER);
            WebElement answer = driver.findElement(By.id(resend.getAttribute("data-result")));
            wait.until(ExpectedConditions.textToBePresentInElement(answer, "gönderildi"));
            assertThat(answer.getText()).isEqualTo("Parola belirleme bağlantısı kişinin kendi e-posta adresine gönderildi. "
                    + "Bağlantıyı ve parolayı yalnızca kişi görür.");
            String link = invitation(username, 2);
            assertThat(link).isNotEqualTo(firstLink);
            assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, davet yeniden gönderildi, axe-core").isEmpty();
            browser.screenshot("ui-7c-registry-login");
            browser.close();

            // the person: the mailed link, a password that passes the policy, then Tasklist with the new login
            browser = Browser.start(port);
            browser.visit(link);
            driver = browser.driver();
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            WebElement password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            password.sendKeys(PASSWORD);
            driver.findElement(By.id("passwordRepeat")).sendKeys(PASSWORD, Keys.ENTER);
            WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertThat(done.getText()).isEqualTo("Parolanız belirlendi. Artık kullanıcı adınız ve yeni parolanızla Kurul'a girebilirsiniz.");
            assertThat(browser.accessibilityViolations(null)).as("parola sayfası, parola belirlendi, axe-core").isEmpty();
            // the new login works: Kurul's /api and Tasklist, where an invited participant has no task
            Api own = Api.as(port, username, PASSWORD);
            assertThat(own.get("/api/me").status()).isEqualTo(200);
            assertThat(own.get("/engine-rest/task").body()).isEqualTo("[]");
            assertThat(own.get("/engine-rest/process-instance").status()).as("Cockpit's reads: not a liaison's").isEqualTo(403);
            browser.loginToTasklist(username, PASSWORD);
            assertThat(browser.taskNames()).isEmpty();
            browser.screenshot("ui-7f-invited-participant-tasklist");
            // the first link was closed by the second
            assertThat(Api.anonymous(port).post("/api/password/set", Map.of("token", PasswordInvitations.token(firstLink),
                    "password", PASSWORD + " yine", "passwordRepeat", PASSWORD + " yine")).status()).isEqualTo(400);
            browser.close();

            // the secretariat sees that the person has set their password: no invitation to send any more
            browser = Browser.start(port).loginToTasklist("gaziantep.sekreter", "demo");
            browser.visit("/kurul/kurul.html?il=27&kurul=" + board);
            driver = browser.driver();
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(org.camunda.bpm.engine.impl.util.ClockUtil
                    .getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Europe/Istanbul"))); // the engine's day, whatever the test's order
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitedTable"), "Parolasını belirledi (" + today + ")"));
            assertThat(driver.findElements(By.cssSelector("button.invite[data-person='" + personId + "']"))).isEmpty();
            assertThat(browser.accessibilityViolations(null)).as("kurul sayfası, parola belirlendi, axe-core").isEmpty();
            browser.screenshot("ui-7e-registry-password-set");
        } finally {
            if (personId != null) {
                long added = personId;
                for (JsonNode m : Registry.stream(admin.get("/api/boards/" + board + "/members").json())
                        .filter(m -> m.path("personId").asLong() == added).toList()) {
                    admin.delete("/api/boards/" + board + "/members/" + m.path("id").asLong());
                }
                admin.delete("/api/people/" + personId);
            }
        }
    }

    /** Fills "Kişi ekle" with the keyboard (institution: the foundation) and presses Enter in the user name. */
    private static void fill(WebDriver driver, String first, String last, String email, String username) {
        for (String id : List.of("personFirstName", "personLastName", "personEmail", "personUsername")) {
            driver.findElement(By.id(id)).clear();
        }
        driver.findElement(By.id("personFirstName")).sendKeys(first);
        driver.findElement(By.id("personLastName")).sendKeys(last);
        new Select(driver.findElement(By.id("personInstitution"))).selectByVisibleText("Gaziantep Mülteci Destek Vakfı (davetli kurum)");
        driver.findElement(By.id("personEmail")).sendKeys(email);
        driver.findElement(By.id("personUsername")).sendKeys(username, Keys.ENTER);
    }

    private String invitation(String username, int count) throws Exception {
        return new PasswordInvitations(mails, smtp, managementService).link(username, username + "@vakif.example.org", count);
    }

    private static List<JsonNode> people(Api admin, String lastName) {
        return Registry.stream(admin.get("/api/people?province=27").json())
                .filter(p -> lastName.equals(p.path("lastName").asText())).toList();
    }
}
