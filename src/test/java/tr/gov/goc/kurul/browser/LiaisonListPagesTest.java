package tr.gov.goc.kurul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PasswordInvitations;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * The year's liaison list kept on /kurul/irtibat.html, as the Gaziantep secretariat keeps it (R6.3, R6.5): it copies
 * last year's list and changes one line; it uploads a filled template with three wrong rows (each row says why in
 * Turkish, nothing is stored), then the right one, confirms it; the new principal is in the institution's Camunda
 * group at once; the invitation is re-sent from the slot ("Parola davetini yeniden gönder"); the officer sets their
 * password from the newest mail (read from the SMTP server), signs in to Tasklist and
 * finds the institution's task there; the used link is refused. The Edirne secretariat, sent to Gaziantep's list, is
 * shown its own. Keyboard only; Kurul's pages axe-core clean. Screenshots: target/screenshots/ui-8b-liaisons-edited.png,
 * ui-8c-liaisons-three-wrong-rows.png, ui-8d-liaisons-confirmed.png, ui-8e-liaisons-other-province.png,
 * ui-8f-new-liaison-tasklist.png.
 */
@KurulIntegrationTest
class LiaisonListPagesTest {

    /**
     * The year whose list is copied from the one before and edited: the last year Kurul takes, so no other test's
     * "copy last year's list" copies from it.
     */
    static final int COPY_YEAR = 2100;
    static final String INSTITUTION = "Gaziantep Göç Araştırmaları Derneği";
    static final String HEADER = "Kurum;Görev (Asil/Yedek);Ad;Soyad;Unvan;Telefon;E-posta;Şube müdürü düzeyinde (Evet/Hayır)\n";
    static final String ADDRESS = "selin.gocer@arastirma.example.org";
    static final String PASSWORD = "Zeytin dalında öten bülbül";

    @LocalServerPort
    int port;
    @Autowired
    Mails mails;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSecretariatKeepsTheListAndTheNewLiaisonFindsTheInstitutionsTask() throws Exception {
        Registry registry = new Registry(port);
        Api admin = registry.admin();
        Api secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        long saglik = registry.institution(27, "SAGLIK", null).path("id").asLong();
        long kemal = registry.person("Kemal", "Sağlıkçı", saglik, null, true);
        Api.Response created = admin.post("/api/institutions", Map.of("plateCode", 27, "name", INSTITUTION, "category", "INVITED"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long institution = created.json().path("id").asLong();
        String group = GroupIds.liaison(27, created.json().path("code").asText());
        Task task = taskService.newTask();
        task.setName("Kurum görüşü: geçici koruma altındaki çocukların okula kaydı");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        List<Long> slots = new ArrayList<>();
        try {
            browser = Browser.start(port, Browser.Language.TURKISH).loginToTasklist("gaziantep.sekreter", "demo");
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            // next years' list: "Geçen yılın listesini kopyala", then one line changed and saved
            browser.visit("/kurul/irtibat.html?il=27&yil=" + COPY_YEAR);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("copy"))).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "kopyalandı"));
            WebElement substitute = wait.until(ExpectedConditions.elementToBeClickable(By.id("SUBSTITUTE-" + saglik)));
            assertThat(new Select(substitute).getFirstSelectedOption().getText()).as("copied from last year").isNotEqualTo("— Seçilmedi —");
            String before = new Select(substitute).getFirstSelectedOption().getText().replaceAll(" — .*", "");
            new Select(substitute).selectByVisibleText("Kemal Sağlıkçı — Şube Müdürü");
            driver.findElement(By.cssSelector("button.save[data-institution='" + saglik + "']")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                    "Gaziantep İl Sağlık Müdürlüğü: " + COPY_YEAR + " irtibat görevlileri kaydedildi."));
            assertThat(sheetRow(secretariat, COPY_YEAR, "Gaziantep İl Sağlık Müdürlüğü").at("/substitute/personName").asText())
                    .isEqualTo("Kemal Sağlıkçı");
            String history = driver.findElement(By.id("changesTable")).getText();
            assertThat(history).contains("gaziantep.sekreter",
                    "İrtibat görevlisi değişti (Gaziantep İl Sağlık Müdürlüğü, yedek): " + before + " → Kemal Sağlıkçı",
                    "İrtibat görevlisi atandı (Gaziantep İl Sağlık Müdürlüğü, asil): ");
            assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, satır kaydedildi, axe-core").isEmpty();
            browser.screenshot("ui-8b-liaisons-edited");

            // this year's list: a filled template with three wrong rows — three Turkish messages, nothing stored
            browser.visit("/kurul/irtibat.html?il=27&yil=" + TestClock.YEAR);
            // the file picker speaks Turkish whatever the browser's language
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".file-picker .file-button"))).getText())
                    .isEqualTo("Dosya seçin");
            assertThat(driver.findElement(By.id("fileName")).getText()).isEqualTo("Dosya seçilmedi");
            WebElement file = driver.findElement(By.id("file"));
            file.sendKeys(csv("uc-hatali", HEADER
                    + "Gaziantep Uzay Ajansı;Asil;Ali;Yıldız;Uzman;;;Hayır\n"
                    + INSTITUTION + ";Asil;Selin;Göçer;Proje Koordinatörü;0342 321 54 76;selin.gocer@@arastirma;Evet\n"
                    + INSTITUTION + ";Yedek;Murat;Göçer 😀;Uzman;;;Hayır\n"));
            assertThat(driver.findElement(By.id("fileName")).getText()).startsWith("irtibat-uc-hatali").endsWith(".csv");
            driver.findElement(By.cssSelector("#uploadForm button[type='submit']")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewTitle"), "Önizleme: 3 satır, 3 hatalı satır"));
            assertThat(driver.findElement(By.id("message")).getText())
                    .isEqualTo("Dosyada 3 hatalı satır var: hiçbir şey kaydedilmedi. Düzeltip yeniden yükleyin.");
            List<String> rows = previewRows(driver);
            assertThat(rows.get(0)).startsWith("2 Gaziantep Uzay Ajansı Asil Ali Yıldız")
                    .contains("Kurum bulunamadı: \"Gaziantep Uzay Ajansı\"");
            assertThat(rows.get(1)).startsWith("3 " + INSTITUTION + " Asil Selin Göçer")
                    .contains("Geçerli bir e-posta adresi girin: \"selin.gocer@@arastirma\".");
            assertThat(rows.get(2)).startsWith("4 " + INSTITUTION + " Yedek Murat Göçer")
                    .contains("Soyad: Emoji ve benzeri 4 baytlık karakterler kullanılamaz.");
            assertThat(driver.findElement(By.id("confirm")).isDisplayed()).isFalse();
            assertThat(sheetRows(secretariat, TestClock.YEAR)).as("nothing stored: an invited institution is listed once it has a slot")
                    .noneMatch(r -> r.path("institutionName").asText().equals(INSTITUTION));
            assertThat(people(admin, "Göçer")).as("nothing stored").isEmpty();
            assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, üç hatalı satır, axe-core").isEmpty();
            browser.screenshot("ui-8c-liaisons-three-wrong-rows");

            // the corrected file: previewed (with the login it gives), then "Onayla ve kaydet"
            file = driver.findElement(By.id("file"));
            file.clear();
            file.sendKeys(csv("duzeltilmis", HEADER
                    + INSTITUTION + ";Asil;Selin;Göçer;Proje Koordinatörü;0342 321 54 76;" + ADDRESS + ";Evet\n"
                    + INSTITUTION + ";Yedek;Murat;Göçer;Uzman;;;Hayır\n"));
            driver.findElement(By.cssSelector("#uploadForm button[type='submit']")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewTitle"), "Önizleme: 2 satır, 0 hatalı satır"));
            assertThat(driver.findElement(By.id("message")).getText())
                    .isEqualTo("Dosya doğru. Kaydetmek için \"Onayla ve kaydet\" düğmesine basın.");
            rows = previewRows(driver);
            assertThat(rows.get(0)).contains("Yeni kişi kaydedilecek; giriş hesabı açılacak: selin.gocer "
                    + "(parola belirleme daveti " + ADDRESS + " adresine gider)");
            assertThat(rows.get(1)).contains("Yeni kişi kaydedilecek; e-posta adresi yok: giriş hesabı açılamaz");
            assertThat(driver.findElement(By.cssSelector("#preview tbody tr:nth-child(2) td:last-child span")).getAttribute("class"))
                    .as("shown as a warning").isEqualTo("warning");
            assertThat(people(admin, "Göçer")).as("previewed: nothing stored").isEmpty();
            WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
            assertThat(confirm.getText()).isEqualTo("Onayla ve kaydet");
            confirm.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Tablo kaydedildi: 2 irtibat görevlisi."));
            WebElement row = driver.findElement(By.cssSelector("#sheet tr[data-institution='" + institution + "']"));
            assertThat(new Select(row.findElement(By.id("PRINCIPAL-" + institution))).getFirstSelectedOption().getText())
                    .isEqualTo("Selin Göçer — Proje Koordinatörü");
            assertThat(new Select(row.findElement(By.id("SUBSTITUTE-" + institution))).getFirstSelectedOption().getText())
                    .isEqualTo("Murat Göçer — Uzman");
            JsonNode stored = sheetRow(secretariat, TestClock.YEAR, INSTITUTION);
            slots.add(stored.at("/principal/id").asLong());
            slots.add(stored.at("/substitute/id").asLong());
            assertThat(people(admin, "Göçer")).extracting(p -> p.path("username").asText(null))
                    .containsExactlyInAnyOrder("selin.gocer", null);
            // R6.3: the institution's liaison group in Camunda changed with the list
            assertThat(identityService.createGroupQuery().groupMember("selin.gocer").groupId(group).count()).isEqualTo(1);
            assertThat(driver.findElement(By.id("changesTable")).getText()).contains(
                    "İrtibat görevlisi atandı (" + INSTITUTION + ", asil): Selin Göçer",
                    "İrtibat görevlisi atandı (" + INSTITUTION + ", yedek): Murat Göçer");
            // the officer says the mail did not come: "Parola davetini yeniden gönder" on the slot sends a new link
            assertThat(row.getText()).contains("Kullanıcı adı: selin.gocer", "Davet gönderildi, parola henüz belirlenmedi");
            WebElement resend = row.findElement(By.cssSelector("button.invite[data-person='" + stored.at("/principal/personId").asLong() + "']"));
            assertThat(resend.getAttribute("aria-label")).isEqualTo("Parola davetini yeniden gönder: Selin Göçer");
            assertThat(row.findElements(By.cssSelector("button.invite"))).as("the substitute has no login").hasSize(1);
            resend.sendKeys(Keys.ENTER);
            WebElement answer = driver.findElement(By.id(resend.getAttribute("data-result")));
            wait.until(ExpectedConditions.textToBePresentInElement(answer, "gönderildi"));
            assertThat(driver.switchTo().activeElement().getAttribute("data-person")).isEqualTo(resend.getAttribute("data-person"));
            assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, tablo kaydedildi, axe-core").isEmpty();
            browser.screenshot("ui-8d-liaisons-confirmed");
            browser.close();

            // the Edirne secretariat sent to Gaziantep's list: told so, shown its own province's list only
            browser = Browser.start(port, Browser.Language.TURKISH).loginToTasklist("edirne.sekreter", "demo");
            driver = browser.driver();
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.visit("/kurul/irtibat.html?il=27&yil=" + TestClock.YEAR);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                    "İstenen ilin (27) kayıtları size açık değil; kendi ilinizin kayıtları gösteriliyor."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet"), "Edirne"));
            assertThat(new Select(driver.findElement(By.id("province"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("Edirne");
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Gaziantep", "Göçer");
            Api edirne = Api.as(port, "edirne.sekreter", "demo");
            assertThat(edirne.get("/api/liaison-officers/sheet?province=27&year=" + TestClock.YEAR).status()).isEqualTo(403);
            assertThat(edirne.get("/api/liaison-officers/history?province=27&year=" + TestClock.YEAR).status()).isEqualTo(403);
            assertThat(edirne.put("/api/liaison-officers", Map.of("institutionId", institution, "year", TestClock.YEAR,
                    "role", "PRINCIPAL", "personId", kemal)).status()).isEqualTo(404);
            assertThat(browser.accessibilityViolations(null)).as("irtibat sayfası, başka il, axe-core").isEmpty();
            browser.screenshot("ui-8e-liaisons-other-province");
            browser.close();

            // the new principal: the invitation from the SMTP server, their own password, Tasklist, the institution's task
            // two mails: the invitation of the upload and the one re-sent from the slot; the newest link is used
            String link = new PasswordInvitations(mails, smtp, managementService).link("selin.gocer", ADDRESS, 2);
            browser = Browser.start(port, Browser.Language.TURKISH);
            browser.visit(link);
            driver = browser.driver();
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(PASSWORD);
            driver.findElement(By.id("passwordRepeat")).sendKeys(PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Parolanız belirlendi."));
            browser.loginToTasklist("selin.gocer", PASSWORD);
            browser.selectFilter("Kurumumun görevleri");
            wait.until(d -> browser.taskNames().contains(task.getName()));
            browser.screenshot("ui-8f-new-liaison-tasklist");
            browser.close();

            // the link, once used, is refused beside its field
            browser = Browser.start(port, Browser.Language.TURKISH);
            browser.visit(link);
            driver = browser.driver();
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(PASSWORD + " yine");
            driver.findElement(By.id("passwordRepeat")).sendKeys(PASSWORD + " yine", Keys.ENTER);
            WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenError")));
            assertThat(refused.getText()).startsWith("Bu bağlantı geçersiz: daha önce kullanılmış");
            assertThat(Api.as(port, "selin.gocer", PASSWORD).get("/api/me").status()).as("the password set first stands").isEqualTo(200);
        } finally {
            taskService.deleteTask(task.getId(), true);
            for (long slot : slots) {
                secretariat.delete("/api/liaison-officers/" + slot);
            }
            for (JsonNode person : people(admin, "Göçer")) {
                admin.delete("/api/people/" + person.path("id").asLong());
            }
            JsonNode edited = sheetRow(secretariat, COPY_YEAR, "Gaziantep İl Sağlık Müdürlüğü").path("substitute");
            if (edited.path("personId").asLong() == kemal) {
                secretariat.delete("/api/liaison-officers/" + edited.path("id").asLong());
            }
            admin.delete("/api/people/" + kemal);
        }
    }

    private static String csv(String name, String content) throws java.io.IOException {
        Path file = Files.createTempFile("irtibat-" + name, ".csv");
        Files.writeString(file, content);
        return file.toAbsolutePath().toString();
    }

    private static List<String> previewRows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#preview tbody tr")).stream().map(WebElement::getText)
                .map(t -> t.replaceAll("\\s+", " ")).toList();
    }

    private static List<JsonNode> sheetRows(Api api, int year) {
        return Registry.stream(api.get("/api/liaison-officers/sheet?province=27&year=" + year).json()).toList();
    }

    private static JsonNode sheetRow(Api api, int year, String institutionName) {
        return sheetRows(api, year).stream()
                .filter(r -> r.path("institutionName").asText().equals(institutionName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + institutionName));
    }

    private static List<JsonNode> people(Api admin, String lastName) {
        return Registry.stream(admin.get("/api/people?province=27").json())
                .filter(p -> lastName.equals(p.path("lastName").asText())).toList();
    }
}
