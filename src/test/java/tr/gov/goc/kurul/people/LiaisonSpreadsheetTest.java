package tr.gov.goc.kurul.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.Registry;

/**
 * The liaison list as a spreadsheet, round trip: the İl GİM downloads its year's list (.xlsx), changes it in a
 * spreadsheet (here with POI), uploads it; the preview names each wrong row in Turkish and nothing is stored; the fixed
 * file, confirmed, is stored (R6.3, R6.4). Another province's secretariat and a liaison officer are refused.
 */
@KurulIntegrationTest
class LiaisonSpreadsheetTest {

    static final int YEAR = 2093;
    static final String SAGLIK = "Gaziantep İl Sağlık Müdürlüğü";
    static final String AFAD = "Gaziantep İl Afet ve Acil Durum Müdürlüğü";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    Api secretariat;

    @BeforeEach
    void setUp() {
        secretariat = Api.as(port, "gaziantep.sekreter", "demo");
        Api.Response copied = secretariat.post("/api/liaison-officers/copy", Map.of("province", 27, "year", YEAR));
        assertThat(copied.status()).as(copied.toString()).isEqualTo(200);
    }

    @Test
    void downloadChangeUploadPreviewFixConfirm() throws Exception {
        Api.Document download = secretariat.document("/api/liaison-officers/sheet.xlsx?province=27&year=" + YEAR);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.disposition()).contains("irtibat-gorevlileri-27-" + YEAR + ".xlsx");

        byte[] broken;
        byte[] fixed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kurum");
            Row saglikSubstitute = row(sheet, SAGLIK, "Yedek");
            assertThat(saglikSubstitute.getCell(5).getStringCellValue()).doesNotContain("*"); // the secretariat sees contacts
            set(saglikSubstitute, "Zeynep", "Yeniyedek", "Şube Müdürü", "0342 111 22 33", "zeynep.yeniyedek@saglik.example", "Evet");
            fixed = bytes(workbook);

            Row afadPrincipal = row(sheet, AFAD, "Asil");
            set(afadPrincipal, "", "", "", "", "", ""); // AFAD's substitute now has no principal
            append(sheet, "Gaziantep Uzay Ajansı", "Asil", "Ali", "Yıldız", "Uzman", "", "", "Hayır");
            append(sheet, SAGLIK, "Asil", "Can", "İkinci", "Uzman", "", "", "Evet");
            append(sheet, "Gaziantep İl Milli Eğitim Müdürlüğü", "Yedek", "Ayşe 😀", "Kaya", "Şef", "abc", "ayse@", "Belki");
            broken = bytes(workbook);
        }

        JsonNode preview = upload("liste.xlsx", broken, false);
        assertThat(preview.path("stored").asBoolean()).isFalse();
        assertThat(preview.path("errorCount").asInt()).isEqualTo(4);
        String errors = preview.path("rows").toString();
        assertThat(errors).contains("Kurum bulunamadı: \\\"Gaziantep Uzay Ajansı\\\"",
                "Bu kurumun asil irtibat görevlisi dosyada yok: yedek, asil ile birlikte bildirilir (R6.3).",
                "Bu kurumun asil görevlisi", "Ad: Emoji ve benzeri 4 baytlık karakterler kullanılamaz.",
                "Telefon yalnızca rakam", "Geçerli bir e-posta adresi girin: \\\"ayse@\\\"",
                "Şube müdürü düzeyi \\\"Evet\\\" ya da \\\"Hayır\\\" olmalıdır.");
        JsonNode unknown = rowOf(preview, "Gaziantep Uzay Ajansı");
        assertThat(unknown.path("line").asInt()).isGreaterThan(40);
        assertThat(substituteOfSaglik()).isNotEqualTo("Zeynep Yeniyedek"); // nothing stored

        JsonNode check = upload("liste.xlsx", fixed, false);
        assertThat(check.path("errorCount").asInt()).as(check.toString()).isZero();
        assertThat(check.path("stored").asBoolean()).isFalse();
        assertThat(rowOf(check, SAGLIK, "Yedek").path("action").asText()).isEqualTo("Yeni kişi kaydedilecek; giriş hesabı açılacak: "
                + "zeynep.yeniyedek (parola belirleme daveti zeynep.yeniyedek@saglik.example adresine gider)");
        assertThat(substituteOfSaglik()).isNotEqualTo("Zeynep Yeniyedek");

        JsonNode stored = upload("liste.xlsx", fixed, true);
        assertThat(stored.path("stored").asBoolean()).isTrue();
        assertThat(substituteOfSaglik()).isEqualTo("Zeynep Yeniyedek");
        JsonNode person = Registry.stream(secretariat.get("/api/people?province=27").json())
                .filter(p -> p.path("lastName").asText().equals("Yeniyedek")).findFirst().orElseThrow();
        assertThat(person.path("phone").asText()).isEqualTo("0342 111 22 33");
        assertThat(person.path("branchManagerLevel").asBoolean()).isTrue();
        // a new liaison officer with an e-mail address gets a login, and the invitation to set its password
        assertThat(person.path("username").asText()).isEqualTo("zeynep.yeniyedek");
        assertThat(mails.about("parola-zeynep.yeniyedek", "PASSWORD_LINK")).singleElement()
                .satisfies(m -> assertThat(m.getRecipients()).containsExactly("zeynep.yeniyedek@saglik.example"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    tr.gov.goc.kurul.mail.Mails mails;

    /**
     * R6.3: when the secretariat names a new principal liaison officer (PUT /api/liaison-officers), the person (with a
     * login the administrator gave) joins the institution's Camunda group and is offered that group's open task.
     */
    @Test
    void aNewPrincipalJoinsTheInstitutionsGroupAndSeesItsTask() {
        Api admin = new Registry(port).admin();
        Api.Response institution = admin.post("/api/institutions", Map.of("plateCode", 27,
                "name", "Gaziantep Mülteci Destek Derneği", "category", "INVITED"));
        assertThat(institution.status()).as(institution.toString()).isEqualTo(201);
        long institutionId = institution.json().path("id").asLong();
        String group = tr.gov.goc.kurul.identity.GroupIds.liaison(27, institution.json().path("code").asText());
        String username = "destek.irtibat";
        long person = new Registry(port).person("Selin", "Destekçi", institutionId, username, true);
        org.camunda.bpm.engine.task.Task task = taskService.newTask();
        task.setName("Kurum görüşü (deneme)");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        Long assignment = null;
        try {
            assertThat(identityService.createGroupQuery().groupMember(username).groupId(group).count()).isZero();
            assertThat(taskService.createTaskQuery().taskCandidateUser(username).taskId(task.getId()).count()).isZero();

            Api.Response put = secretariat.put("/api/liaison-officers", Map.of("institutionId", institutionId,
                    "year", java.time.LocalDate.now(clock).getYear(), "role", "PRINCIPAL", "personId", person));
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            assignment = put.json().path("id").asLong();

            assertThat(identityService.createGroupQuery().groupMember(username).groupId(group).count())
                    .as("the new principal is in the institution's liaison group").isEqualTo(1);
            assertThat(taskService.createTaskQuery().taskCandidateUser(username).list())
                    .extracting(org.camunda.bpm.engine.task.Task::getId).contains(task.getId());
        } finally {
            taskService.deleteTask(task.getId(), true);
            if (assignment != null) {
                secretariat.delete("/api/liaison-officers/" + assignment);
            }
            admin.delete("/api/people/" + person);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Test
    void aCsvTemplateIsCheckedTheSameWayAndOthersMayNotUpload() throws Exception {
        String csv = "\uFEFFKurum;Görev (Asil/Yedek);Ad;Soyad;Unvan;Telefon;E-posta;Şube müdürü düzeyinde (Evet/Hayır)\r\n"
                + SAGLIK + ";Asil;\"Deniz\";Işık;Şube Müdürü;0342 000 00 00;deniz@saglik.example;Evet\r\n"
                + SAGLIK + ";Yedek;Deniz;Işık;Şef;;;Hayır\r\n";
        JsonNode preview = upload("liste.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(preview.path("stored").asBoolean()).isFalse();
        assertThat(preview.path("rowCount").asInt()).isEqualTo(2);
        assertThat(rowOf(preview, SAGLIK, "Yedek").path("errors").get(0).asText())
                .isEqualTo("Aynı kişi hem asil hem yedek olamaz (R6.3): Deniz Işık.");

        HttpResponse<String> other = send("edirne.sekreter", "liste.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(other.statusCode()).isEqualTo(404);
        HttpResponse<String> liaison = send("gaziantep.milli-egitim.asil", "liste.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(liaison.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(liaison.body()).path("message").asText()).contains("sekreteryası");

        HttpResponse<String> notASpreadsheet = send("gaziantep.sekreter", "liste.pdf", new byte[] {1, 2, 3}, false);
        assertThat(notASpreadsheet.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notASpreadsheet.body()).at("/fields/file").asText()).isEqualTo("Yalnızca .xlsx ya da .csv dosyası yüklenebilir.");
        HttpResponse<String> huge = send("gaziantep.sekreter", "liste.csv", new byte[3 * 1024 * 1024], false);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(huge.body()).path("message").asText()).isEqualTo("Dosya çok büyük: en fazla 2 MB yüklenebilir.");
    }

    private String substituteOfSaglik() {
        return Registry.stream(secretariat.get("/api/liaison-officers/sheet?province=27&year=" + YEAR).json())
                .filter(r -> r.path("institutionName").asText().equals(SAGLIK)).findFirst().orElseThrow()
                .at("/substitute/personName").asText();
    }

    private static JsonNode rowOf(JsonNode preview, String institution) {
        return Registry.stream(preview.path("rows")).filter(r -> r.path("institution").asText().equals(institution)).findFirst().orElseThrow();
    }

    private static JsonNode rowOf(JsonNode preview, String institution, String role) {
        return Registry.stream(preview.path("rows")).filter(r -> r.path("institution").asText().equals(institution)
                && r.path("role").asText().equals(role)).findFirst().orElseThrow();
    }

    private static Row row(Sheet sheet, String institution, String role) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(institution)
                    && row.getCell(1).getStringCellValue().equals(role)) {
                return row;
            }
        }
        throw new AssertionError("satır yok: " + institution + " " + role);
    }

    private static void set(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(2 + i).setCellValue(values[i]);
        }
    }

    private static void append(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private JsonNode upload(String fileName, byte[] content, boolean confirm) throws Exception {
        HttpResponse<String> response = send("gaziantep.sekreter", fileName, content, confirm);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A multipart upload as a browser sends it (HTTP Basic as the given user). */
    private HttpResponse<String> send(String user, String fileName, byte[] content, boolean confirm) throws Exception {
        String boundary = "----kurul" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/liaison-officers/upload?province=27&year=" + YEAR + "&confirm=" + confirm))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
