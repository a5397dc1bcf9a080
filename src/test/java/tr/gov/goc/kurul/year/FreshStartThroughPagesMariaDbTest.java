package tr.gov.goc.kurul.year;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.support.KurulProcess;
import tr.gov.goc.kurul.support.MariaDb;
import tr.gov.goc.kurul.support.Registry;
import tr.gov.goc.kurul.support.TestClock;

/**
 * A fresh production start brought to a planned year through Kurul's pages alone: Kurul in a JVM of its own, production
 * profile ({@code mariadb}, no demo data, no demo users) on a database of its own, the administrator {@code admin} with
 * the password of {@code KURUL_ADMIN_PASSWORD}, the clock at {@link TestClock#START}. In headless Chromium the
 * administrator signs in to Tasklist and, for Edirne (22), enters the foreign population, adds the Vali, a head and a
 * deputy of every Art 4(2) institution and the İl GİM's secretary ("Kişi ekle", "Kurula görev ekle"), uploads next
 * year's liaison list as a .csv, sees every line of the readiness checklist turn ✔ and presses "2027 yılının
 * toplantılarını planla" (R7.1, R7.2): the year's ordinary meetings exist. The test calls /api only to read what it
 * asserts. Screenshot: target/screenshots/ui-10-fresh-start-planned.png.
 */
@Tag("mariadb")
class FreshStartThroughPagesMariaDbTest {

    static final String DATABASE = MariaDb.DATABASE + "_fresh";
    static final String PASSWORD = "Edirne-ilk-kurulum-2026";
    static final int PLATE = 22;
    static final int YEAR = TestClock.YEAR + 1; // the year the secretariat gets ready for: the next one

    /** The Art 4(2) institutions of every province that send liaison officers (V2 catalogue), as Edirne names them. */
    static final List<String> INSTITUTIONS = List.of(
            "Edirne İl Milli Eğitim Müdürlüğü", "Edirne Aile ve Sosyal Hizmetler İl Müdürlüğü",
            "Edirne İl Sosyal Yardımlaşma ve Dayanışma Vakfı", "Edirne Sosyal Güvenlik İl Müdürlüğü",
            "Edirne Çalışma ve İş Kurumu İl Müdürlüğü", "Edirne Gençlik ve Spor İl Müdürlüğü",
            "Edirne İl Kültür ve Turizm Müdürlüğü", "Edirne İl Sağlık Müdürlüğü", "Edirne İl Nüfus ve Vatandaşlık Müdürlüğü",
            "Edirne İl Sivil Toplumla İlişkiler Müdürlüğü", "Edirne İl Afet ve Acil Durum Müdürlüğü", "Edirne İl Emniyet Müdürlüğü",
            "Edirne İl Jandarma Komutanlığı", "Edirne Ticaret İl Müdürlüğü", "Edirne Sanayi ve Teknoloji İl Müdürlüğü",
            "Edirne Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü", "Edirne Tarım ve Orman İl Müdürlüğü",
            "Edirne İl Müftülüğü", "Edirne İl Göç İdaresi Müdürlüğü", "Türk Kızılay Edirne İl Temsilciliği");
    static final String[] FIRST = {"Ahmet", "Ayşe", "Mehmet", "Fatma", "Mustafa", "Zeynep", "Ali", "Elif", "Hüseyin", "Emine"};
    static final String[] LAST = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
            "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat"};

    static KurulProcess kurul;

    @BeforeAll
    static void freshProductionStart() throws Exception {
        try (Connection c = DriverManager.getConnection(MariaDb.SERVER, "root", ""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("MariaDB 127.0.0.1:3306 erişilemiyor — CI=true iken MariaDB testleri atlanamaz.", e);
            }
            Assumptions.abort("MariaDB 127.0.0.1:3306 erişilemiyor: " + e.getMessage());
        }
        // as the README's production section starts it: the profile, the database, the administrator's first password
        kurul = KurulProcess.start("fresh-start", List.of("--spring.profiles.active=mariadb",
                "--DB_URL=" + MariaDb.SERVER + DATABASE, "--DB_USER=root", "--DB_PASSWORD=",
                "--KURUL_ADMIN_PASSWORD=" + PASSWORD, "--" + TestClock.property(),
                // the test machine has no SMTP server: mails wait in Kurul's outbox (as with a mail server that is down)
                "--logging.level.root=WARN", "--logging.level.org.springframework.boot.StartupInfoLogger=INFO",
                "--logging.level.tr.gov.goc.kurul=INFO"));
        // "Started" is logged before the start-up runners: the administrator exists once the identity is set up
        kurul.awaitLog(l -> l.contains("Yönetici hesabı oluşturuldu"), Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        if (kurul != null) {
            kurul.close();
        }
    }

    @Test
    void theInitialAdministratorBringsEdirneToAPlannedYearThroughThePages() throws Exception {
        int port = kurul.port();
        Api reader = Api.as(port, "admin", PASSWORD); // reads only, to assert
        Api.Response people = reader.get("/api/people?province=" + PLATE);
        assertThat(people.status()).as(people.body()).isEqualTo(200);
        assertThat(Registry.stream(people.json()).count()).as("no demo data").isZero();
        assertThat(reader.get("/api/meetings?province=" + PLATE).json().size()).isZero();

        try (Browser browser = Browser.start(port, Browser.Language.TURKISH)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.loginToTasklist("admin", PASSWORD);

            // the checklist of the coming year: everything missing, no plan button yet
            browser.visit("/kurul/hazirlik.html?il=" + PLATE + "&yil=" + YEAR);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistTitle"), YEAR + " hazırlık listesi — 7 eksik"));
            assertThat(driver.findElement(By.id("planSection")).isDisplayed()).isFalse();

            // Kurul ve üyeler: the population, then every person and seat
            browser.visit("/kurul/kurul.html?il=" + PLATE);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardName"), "Edirne İl Göç Koordinasyon Kurulu"));
            type(driver, "popValue", "18500");
            type(driver, "popAsOf", "31.10.2026");
            type(driver, "popSource", "Edirne İl Göç İdaresi Müdürlüğü kayıtları");
            driver.findElement(By.id("popSource")).sendKeys(Keys.ENTER);
            awaitMessage(wait, driver, "Yabancı nüfus bilgisi kaydedildi.");

            driver.findElement(By.cssSelector("#personEditor summary")).click();
            wait.until(d -> new Select(d.findElement(By.id("personInstitution"))).getOptions().size() > 20);
            addPersonAndSeat(driver, wait, "Yunus", "Sezer", "Vali", "Edirne Valiliği", "CHAIR", null);
            addPersonAndSeat(driver, wait, "Derya", "Sekreter", "Göç Uzmanı", "Edirne İl Göç İdaresi Müdürlüğü", "SECRETARY", null);
            long started = System.nanoTime();
            for (int i = 0; i < INSTITUTIONS.size(); i++) {
                String institution = INSTITUTIONS.get(i);
                addPersonAndSeat(driver, wait, FIRST[i % 10], LAST[i], "İl Müdürü", institution, "MEMBER", null);
                addPersonAndSeat(driver, wait, FIRST[(i + 5) % 10], LAST[i] + "oğlu", "Müdür Yardımcısı", institution, "DEPUTY",
                        FIRST[i % 10] + " " + LAST[i]);
            }
            System.out.println("[kurul] 40 kişi ve görev sayfadan girildi: " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
            assertThat(driver.findElement(By.id("seatTable")).getText()).contains("Yunus Sezer", "Polat", "Polatoğlu");

            // İrtibat görevlileri: next year's list uploaded as a spreadsheet, checked, confirmed
            browser.visit("/kurul/irtibat.html?il=" + PLATE + "&yil=" + YEAR);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".file-picker .file-button")));
            WebElement file = driver.findElement(By.id("file"));
            Path csv = Files.createTempFile("irtibat-edirne", ".csv");
            StringBuilder rows = new StringBuilder("Kurum;Görev (Asil/Yedek);Ad;Soyad;Unvan;Telefon;E-posta;Şube müdürü düzeyinde (Evet/Hayır)\n");
            for (int i = 0; i < INSTITUTIONS.size(); i++) {
                rows.append(INSTITUTIONS.get(i)).append(";Asil;").append(FIRST[(i + 2) % 10]).append(";").append(LAST[i]).append("gil")
                        .append(";Şube Müdürü;;;Evet\n");
                rows.append(INSTITUTIONS.get(i)).append(";Yedek;").append(FIRST[(i + 7) % 10]).append(";").append(LAST[i]).append("soy")
                        .append(";Şube Müdürü;;;Evet\n");
            }
            Files.writeString(csv, rows.toString());
            file.sendKeys(csv.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("#uploadForm button[type='submit']")).click();
            WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
            confirm.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet"), "Polatsoy"));

            // the checklist: every line ✔ but the meetings; the button plans the year
            browser.visit("/kurul/hazirlik.html?il=" + PLATE + "&yil=" + YEAR);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistTitle"), YEAR + " hazırlık listesi — 1 eksik"));
            for (String key : List.of("population", "chair", "members", "deputies", "secretariat", "liaisons")) {
                assertThat(driver.findElement(By.cssSelector("tr[data-item='" + key + "'] td")).getText()).as(key).startsWith("✔");
            }
            assertThat(driver.findElement(By.cssSelector("tr[data-item='members']")).getText()).contains("20/20 kurum");
            WebElement plan = wait.until(ExpectedConditions.elementToBeClickable(By.id("plan")));
            assertThat(plan.getText()).isEqualTo(YEAR + " yılının toplantılarını planla");
            assertThat(browser.accessibilityViolations(null)).as("hazırlık listesi, planla düğmesi, axe-core").isEmpty();
            plan.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "olağan toplantısı planlandı"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistTitle"), YEAR + " hazırlık listesi — tamamlandı"));
            assertThat(driver.findElement(By.cssSelector("tr[data-item='meetings']")).getText()).contains("✔", "4 olağan toplantı");
            assertThat(driver.findElement(By.id("planSection")).isDisplayed()).as("planned: no button any more").isFalse();
            String planned = driver.findElement(By.id("plannedTable")).getText();
            assertThat(planned).contains("Edirne İl GKK " + YEAR + "/1", "Edirne İl GKK " + YEAR + "/4", "01.01." + YEAR);
            assertThat(browser.accessibilityViolations(null)).as("hazırlık listesi, planlandı, axe-core").isEmpty();
            browser.screenshot("ui-10-fresh-start-planned");
        }

        // R7.1: 18,500 foreigners — four ordinary meetings (January, April, July, October), each with its cycle
        List<JsonNode> meetings = Registry.stream(reader.get("/api/meetings?province=" + PLATE).json())
                .filter(m -> m.path("year").asInt() == YEAR && m.path("kind").asText().equals("ORDINARY") && m.path("districtId").isNull())
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(meetings).extracting(m -> m.path("meetingKey").asText())
                .containsExactly("22-" + YEAR + "-1", "22-" + YEAR + "-2", "22-" + YEAR + "-3", "22-" + YEAR + "-4");
        assertThat(meetings).extracting(m -> m.path("windowStart").asText())
                .containsExactly(YEAR + "-01-01", YEAR + "-04-01", YEAR + "-07-01", YEAR + "-10-01");
    }

    /** "Kişi ekle" then "Kurula görev ekle" (the person just added comes selected), as a user types them. */
    private static void addPersonAndSeat(WebDriver driver, WebDriverWait wait, String firstName, String lastName, String title,
                                         String institution, String role, String deputyOf) {
        type(driver, "personFirstName", firstName);
        type(driver, "personLastName", lastName);
        type(driver, "personTitle", title);
        new Select(driver.findElement(By.id("personInstitution"))).selectByVisibleText(institution);
        WebElement branch = driver.findElement(By.id("personBranch"));
        if (!branch.isSelected()) {
            branch.click();
        }
        driver.findElement(By.id("personTitle")).sendKeys(Keys.ENTER);
        awaitMessage(wait, driver, "Kişi kaydedildi: " + firstName + " " + lastName);
        new Select(driver.findElement(By.id("seatRole"))).selectByValue(role);
        if (deputyOf != null) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seatDeputyOf")));
            new Select(driver.findElement(By.id("seatDeputyOf"))).selectByVisibleText(deputyOf + " — " + institution);
        }
        driver.findElement(By.id("seatDate")).sendKeys(Keys.ENTER);
        awaitMessage(wait, driver, "Görev kaydedildi: " + firstName + " " + lastName);
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void awaitMessage(WebDriverWait wait, WebDriver driver, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String errors = driver.findElements(By.cssSelector("p.error")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).collect(Collectors.joining(" | "));
            throw new AssertionError("Beklenen ileti gelmedi: " + text + " — sayfada: " + driver.findElement(By.id("message")).getText()
                    + " / hatalar: " + errors, e);
        }
    }
}
