package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.goc.kurul.support.Browser;
import tr.gov.goc.kurul.minutes.DemoPki;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesSignature;
import tr.gov.goc.kurul.minutes.PadesVerifier;
import tr.gov.goc.kurul.minutes.SignatureInfo;
import tr.gov.goc.kurul.minutes.TrustedCertificates;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfSig;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.TestSigners;

/**
 * R12.1, R12.2: the Vali signs the Gaziantep minutes with his qualified electronic signature (e-İmza, PAdES) — he
 * downloads the version handed out to sign, signs it with his own tool (here a test CA's certificate) and uploads it;
 * the other signatories approve in Kurul or sign on paper. Uploads by someone who is not a signatory, with another
 * person's certificate, altered after signing, or signed over a version that was returned are refused in Turkish and
 * change nothing. The approved Ek-1 carries the Vali's signature, the signature page and Kurul's seal, intact for any
 * PDF reader (pdfsig), broken by a changed byte.
 */
@KurulIntegrationTest
class QualifiedMinutesSignatureTest {

    static final String KEY = "27-2045-2";
    static final String PAGE_KEY = "27-2046-2";

    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    TrustedCertificates trusted;
    @Autowired
    PadesVerifier verifier;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    CycleDriver driver;

    @BeforeEach
    void setUp() {
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        for (String year : List.of("27-2045-%", "27-2046-%")) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(year).rootProcessInstances().list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "QualifiedMinutesSignatureTest bitti", true, true));
            // these years' decisions would stay open and come before every later meeting of Gaziantep (R5.7)
            String decisions = "(select id from decision where meeting_key like ?)";
            jdbc.update("delete from follow_up_report where decision_id in " + decisions, year);
            jdbc.update("delete from decision_responsibility where decision_id in " + decisions, year);
            jdbc.update("delete from decision where meeting_key like ?", year);
        }
        CycleDriver.reset();
    }

    @Test
    void theValiSignsWithEImzaTheOthersInKurulAndTheApprovedMinutesCarryEverySignatureAndKurulsSeal() throws Exception {
        holdTheMeetingAndDraftTheMinutes(2045);
        Meeting meeting = meetings.byKey(KEY);
        Attendance chair = meetings.signatories(meeting).stream().filter(a -> a.getAttendedAs() == Attendance.AttendedAs.CHAIR)
                .findFirst().orElseThrow();
        DemoPki pki = new DemoPki("Kurul Test e-İmza Kök Sertifikası", clock);
        pki.trustIn(trusted);
        String[] names = chair.getFullName().split(" ");
        DemoPki.Signer vali = pki.issue(String.join(" ", java.util.Arrays.copyOf(names, names.length - 1)), names[names.length - 1],
                "12345678950");
        String surname = names[names.length - 1].toUpperCase(java.util.Locale.forLanguageTag("tr")); // as certificates write it
        DemoPki.Signer someoneElse = pki.issue("Başka", "Kişi", "10000000146");
        Api valiApi = Api.as(port, "gaziantep.vali", "demo");
        String toSign = "/api/meetings/" + KEY + "/minutes/to-sign.pdf";
        String upload = "/api/meetings/" + KEY + "/minutes/signed-pdf";

        byte[] version1 = valiApi.document(toSign).body();
        assertThat(PdfText.of(version1)).contains("imzasına sunulmuştur").doesNotContain("TASLAK");
        byte[] signedByVali = vali.sign(version1);

        // refused, each in Turkish beside the file field, and nothing kept
        Api.Response notASignatory = Api.as(port, "gaziantep.sekreter", "demo").upload(upload, "tutanak.pdf", signedByVali, Map.of());
        assertThat(notASignatory.status()).isEqualTo(403);
        assertThat(notASignatory.message()).contains("açık bir imza göreviniz yok");
        Api.Response othersCertificate = valiApi.upload(upload, "tutanak.pdf", someoneElse.sign(version1), Map.of());
        assertThat(othersCertificate.status()).isEqualTo(400);
        assertThat(othersCertificate.json().path("fields").path("file").asText()).contains("BAŞKA KİŞİ adına", "kendi e-imzanızla");
        byte[] altered = TestSigners.flipByteInPageContent(signedByVali);
        Api.Response alteredFile = valiApi.upload(upload, "tutanak.pdf", altered, Map.of());
        assertThat(alteredFile.status()).isEqualTo(400);
        assertThat(alteredFile.json().path("fields").path("file").asText()).isNotBlank();
        assertThat(minutes.signatures(minutes.versions(meeting).get(0))).isEmpty();
        assertThat(driver.tasks(KEY, "Task_SignMinutes")).extracting(Task::getAssignee).contains("gaziantep.vali");

        // the Vali's own e-İmza: accepted, his signing task done
        Api.Response accepted = valiApi.upload(upload, "tutanak.pdf", signedByVali, Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("signatory").asText()).isEqualTo(chair.getFullName());
        assertThat(driver.tasks(KEY, "Task_SignMinutes")).extracting(Task::getAssignee).doesNotContain("gaziantep.vali");
        assertThat(minutes.signatures(minutes.versions(meeting).get(0))).singleElement()
                .satisfies(s -> assertThat(s.getHow()).isEqualTo(MinutesSignature.How.QUALIFIED))
                .satisfies(s -> assertThat(s.getCertificateSubject()).contains("CN=" + chair.getFullName().toUpperCase(java.util.Locale.forLanguageTag("tr"))));
        // the next signatory signs the PDF with the Vali's signature in it
        assertThat(valiApi.document(toSign).body()).isEqualTo(signedByVali);

        // a member returns the draft: a new version, every signature again; the file signed over the old one is refused
        driver.returnMinutes(KEY, "Kararın gerekçesi eksik.");
        driver.complete(driver.task(KEY, "Task_DraftMinutes"), Map.of("minutesTopics", "Uyum sınıfları.",
                "minutesProblems", "Sınıf kapasitesi; kararın gerekçesi eklendi."));
        Api.Response oldVersion = valiApi.upload(upload, "tutanak.pdf", signedByVali, Map.of());
        assertThat(oldVersion.status()).isEqualTo(400);
        assertThat(oldVersion.json().path("fields").path("file").asText()).isNotBlank();
        byte[] version2 = valiApi.document(toSign).body();
        assertThat(version2).isNotEqualTo(version1);
        Api.Response signedAgain = valiApi.upload(upload, "tutanak.pdf", vali.sign(version2),
                Map.of("dissentNote", ""));
        assertThat(signedAgain.status()).as(signedAgain.body()).isEqualTo(200);

        // the others: one with a dissent note, the rest in Kurul; the wet signatures recorded; distribution waits
        List<Task> others = driver.tasks(KEY, "Task_SignMinutes");
        driver.complete(others.get(0), Map.of("signature", "DISSENT", "dissentNote", "Bütçe kaynağı gösterilmedi."));
        for (Task t : others.subList(1, others.size())) {
            driver.complete(t, Map.of("signature", "SIGN"));
        }
        assertThat(driver.tasks(KEY, "Task_DistributeMinutes")).isEmpty();
        List<Task> wet = driver.tasks(KEY, "Task_RecordWetSignatures");
        for (Task t : wet) {
            driver.complete(t, Map.of("wetSigned", driver.optionValues(t, "wetOptions")));
        }
        driver.runDueJobs();
        assertThat(meetings.byKey(KEY).getStatus()).isEqualTo(MeetingStatus.MINUTES_SIGNED);
        assertThat(driver.tasks(KEY, "Task_DistributeMinutes")).hasSize(1);

        // the approved Ek-1: the Vali's PAdES signature and Kurul's seal over the whole, with the signature page
        byte[] approved = Api.as(port, "gaziantep.sekreter", "demo").document("/api/meetings/" + KEY + "/minutes.pdf").body();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "ek1-e-imza-muhur.pdf"), approved); // to look at
        List<SignatureInfo> signatures = verifier.signatures(approved);
        assertThat(signatures).hasSize(2).allMatch(SignatureInfo::intact);
        assertThat(signatures.get(0).signerName()).contains(surname);
        assertThat(signatures.get(1).coversWholeDocument()).isTrue();
        String text = PdfText.of(approved).replaceAll("\\s+", " ");
        assertThat(text).contains("İmza sayfası", "Nitelikli elektronik imza (e-İmza)", chair.getFullName(),
                "Muhalefet şerhi: Bütçe kaynağı gösterilmedi.", "Elektronik onay:", "tutanak onaylanmıştır");
        if (!wet.isEmpty()) {
            assertThat(text).contains("Islak imza (kaydeden");
        }
        List<String> pdfsig = PdfSig.signatures(approved);
        assertThat(pdfsig).hasSize(2).allSatisfy(s -> assertThat(s).contains("Signature Validation: Signature is Valid."));
        assertThat(pdfsig.get(1)).contains("Total document signed").doesNotContain("Not total document signed");
        assertThat(PdfSig.signatures(TestSigners.flipByteInPageContent(approved)))
                .allSatisfy(s -> assertThat(s).doesNotContain("Signature is Valid."));
    }

    @Test
    void theValiUploadsHisSignedMinutesOnThePageAndARefusalStandsBesideTheFileField() throws Exception {
        holdTheMeetingAndDraftTheMinutes(2046);
        Meeting meeting = meetings.byKey(PAGE_KEY);
        Attendance chair = meetings.signatories(meeting).stream().filter(a -> a.getAttendedAs() == Attendance.AttendedAs.CHAIR)
                .findFirst().orElseThrow();
        int signatories = meetings.signatories(meeting).size();
        DemoPki pki = new DemoPki("Kurul Test e-İmza Kök Sertifikası", clock);
        pki.trustIn(trusted);
        int space = chair.getFullName().lastIndexOf(' ');
        DemoPki.Signer vali = pki.issue(chair.getFullName().substring(0, space), chair.getFullName().substring(space + 1), null);
        byte[] toSign = Api.as(port, "gaziantep.vali", "demo").document("/api/meetings/" + PAGE_KEY + "/minutes/to-sign.pdf").body();
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "e-imza").toAbsolutePath());
        java.nio.file.Path someoneElses = dir.resolve("baskasinin-imzasi.pdf");
        java.nio.file.Files.write(someoneElses, pki.issue("Başka", "Kişi", null).sign(toSign));
        java.nio.file.Path his = dir.resolve("valinin-imzasi.pdf");
        java.nio.file.Files.write(his, vali.sign(toSign));

        try (Browser browser = Browser.start(port).loginToTasklist("gaziantep.vali", "demo")) {
            // the signing task tells how to sign with e-İmza and links the page
            browser.selectFilter("Kurul üyeliğim").openTask(driver.tasks(PAGE_KEY, "Task_SignMinutes").stream()
                    .filter(t -> "gaziantep.vali".equals(t.getAssignee())).findFirst().orElseThrow().getName());
            assertThat(browser.visibleText()).contains("E-İmza ile imzalamak için", "İmzaya sunulan PDF'i indirin");
            browser.screenshot("e-imza-0-task");

            WebDriver page = browser.visit("/kurul/e-imza.html?toplanti=" + PAGE_KEY).driver();
            WebDriverWait wait = new WebDriverWait(page, java.time.Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm")));
            assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("İmzalayan: 0 / " + signatories);
            assertThat(page.findElement(By.id("signatories")).getText()).contains(chair.getFullName(), "İmza bekleniyor");
            assertThat(browser.accessibilityViolations(null)).as("e-imza sayfası, axe-core").isEmpty();

            // someone else's certificate: refused beside the file field, nothing kept
            page.findElement(By.id("file")).sendKeys(someoneElses.toString());
            page.findElement(By.id("submit")).click();
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fileError")));
            assertThat(refusal.getText()).contains("BAŞKA KİŞİ adına", "kendi e-imzanızla");
            assertThat(page.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.accessibilityViolations(null)).as("ret iletisiyle, axe-core").isEmpty();
            browser.screenshot("e-imza-1-refused");
            assertThat(minutes.signatures(minutes.versions(meeting).get(0))).isEmpty();

            // his own: accepted, his task done, the list shows it
            page.findElement(By.id("file")).clear();
            page.findElement(By.id("file")).sendKeys(his.toString());
            page.findElement(By.id("submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "İmzanız doğrulandı"));
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "İmzalayan: 1 / " + signatories));
            assertThat(page.findElement(By.id("uploadForm")).isDisplayed()).isFalse();
            assertThat(page.findElement(By.id("signatories")).getText()).contains("E-İmza ile imzaladı");
            assertThat(browser.accessibilityViolations(null)).as("onay, axe-core").isEmpty();
            browser.screenshot("e-imza-2-signed");
        }
        assertThat(driver.tasks(PAGE_KEY, "Task_SignMinutes")).extracting(Task::getAssignee).doesNotContain("gaziantep.vali");
    }

    /** The second quarter's board of {@code year} held in Gaziantep, its decision recorded and its minutes drafted. */
    private void holdTheMeetingAndDraftTheMinutes(int year) {
        String key = "27-" + year + "-2";
        driver.at((year - 1) + "-11-25T10:00:00");
        planner.plan(27, year);
        LocalDate subCommission = LocalDate.of(year, 3, 6);
        while (subCommission.getDayOfWeek().getValue() > 5) {
            subCommission = subCommission.minusDays(1);
        }
        LocalDate boardDay = LocalDate.of(year, 4, 12);
        while (boardDay.getDayOfWeek().getValue() > 5) {
            boardDay = boardDay.plusDays(1);
        }
        driver.holdSubCommissionAndCompileAgenda(key, subCommission, Map.of());
        driver.complete(driver.task(key, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", boardDay.toString(), "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs();
        driver.at(boardDay + "T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation", "Önceki kararlar takipte."));
        Task decision = driver.task(key, "Task_RecordDecision");
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Uyum sınıflarının kapasitesi artırılacak.");
        values.put("decisionJustification", "Kayıtlı öğrenci sayısı kapasiteyi aştı.");
        values.put("decisionAim", "Her öğrencinin uyum sınıfına erişmesi.");
        values.put("decisionDeadline", year + "-06-30");
        values.put("responsibleInstitutions", List.of(driver.optionValues(decision, "institutionOptions").get(1)));
        values.put("decisionRiskItem", false);
        values.put("moreDecisions", false);
        driver.complete(decision, values);
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Uyum sınıfları."));
    }
}
