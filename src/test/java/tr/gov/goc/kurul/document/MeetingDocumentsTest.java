package tr.gov.goc.kurul.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.mail.EmbeddedSmtp;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.PastMeetings;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * Ek-1 and Ek-2 of a completed Edirne meeting as a secretary downloads them, read back with PDFBox; the platform export;
 * the distribution of the signed minutes by mail, compared with what the SMTP sink received.
 */
@KurulIntegrationTest
class MeetingDocumentsTest {

    static final String TURKISH = "Işıl Güneş, Çiğdem Öztürk ve İsmail Şahin: ğüşıöçİ ĞÜŞIÖÇ";

    @LocalServerPort
    int port;
    @Autowired
    PastMeetings pastMeetings;
    @Autowired
    Meetings meetings;
    @Autowired
    Institutions institutions;
    @Autowired
    MinutesDistribution distribution;
    @Autowired
    Mails mails;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    ManagementService managementService;

    @Test
    void minutesFollowEk1WithPreviousDecisionsFirstThenEachKararInOrderAndReadInTurkish() throws IOException {
        Meeting meeting = edirneMeetings(2023, 1, 1);
        HttpResponse<byte[]> response = get("/api/meetings/" + meeting.getMeetingKey() + "/minutes.pdf", "edirne.sekreter");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f)); // A4
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("Sayfa 1 / " + pages, "Ek-1", "EDİRNE VALİLİĞİ", "Edirne İl Göç Koordinasyon Kurulu",
                    "GÖÇ KOORDİNASYON KURULU TOPLANTI RAPOR FORMU", "Katılımcı Sayısı", TURKISH);
            int evaluation = text.indexOf("4.1 Önceki Toplantı Kararlarının Değerlendirilmesi");
            int earlier = text.indexOf("KARAR-1 (Edirne 2023/1)");
            int taken = text.indexOf("4.2 Bu Toplantıda Alınan Kararlar");
            int first = text.indexOf("KARAR-1\n", taken);
            int second = text.indexOf("KARAR-2\n", taken);
            assertThat(List.of(evaluation, earlier, taken, first, second)).doesNotContain(-1).isSorted();
            assertThat(flat).contains("Gerekçe", "Amaç", "Sorumlu Kurum(lar)", "Verilen Süre", "31.12.2023");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
        // the signed version is stored once: a second download is the same file
        assertThat(get("/api/meetings/" + meeting.getId() + "/minutes.pdf", "edirne.sekreter").body()).isEqualTo(response.body());
    }

    @Test
    void participantListHasARowPerParticipantAndAnEmptySignatureColumn() throws IOException {
        Meeting meeting = edirneMeetings(2024, 1, 1);
        HttpResponse<byte[]> response = get("/api/meetings/" + meeting.getMeetingKey() + "/participants.pdf", "edirne.vali");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // cells wrap names over lines
            assertThat(text).contains("Ek-2", "KATILIMCI LİSTESİ", "Sıra No", "Kurum", "Unvan", "Adı Soyadı", "Telefon", "İmza",
                    "Sayfa 1 / " + pdf.getNumberOfPages());
            var attendance = meetings.attendance(meeting);
            assertThat(attendance).hasSizeGreaterThan(10);
            for (var row : attendance) {
                assertThat(text).contains(row.getFullName());
            }
            // the chair's office sees the phones (KVKK: secretariat, chair, administrators)
            List<String> phones = attendance.stream().map(a -> a.getPhone()).filter(p -> p != null && !p.isBlank()).toList();
            assertThat(phones).isNotEmpty();
            assertThat(text).contains(phones.get(0));
        }
        // a liaison officer of the province reads the list without anybody's phone
        HttpResponse<byte[]> liaison = get("/api/meetings/" + meeting.getMeetingKey() + "/participants.pdf", "edirne.milli-egitim.asil");
        assertThat(liaison.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(liaison.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            var attendance = meetings.attendance(meeting);
            assertThat(text).contains(attendance.get(0).getFullName());
            attendance.stream().map(a -> a.getPhone()).filter(p -> p != null && !p.isBlank())
                    .forEach(phone -> assertThat(text).doesNotContain(phone));
        }
    }

    @Test
    void anotherProvincesLiaisonOfficerGets403AndTheExportCarriesTheEk1Data() throws IOException {
        Meeting meeting = edirneMeetings(2025, 1, 1);
        assertThat(get("/api/meetings/" + meeting.getMeetingKey() + "/minutes.pdf", "gaziantep.milli-egitim.asil").statusCode()).isEqualTo(403);
        assertThat(get("/api/meetings/" + meeting.getMeetingKey() + "/participants.pdf", "gaziantep.milli-egitim.asil").statusCode()).isEqualTo(403);
        assertThat(get("/api/meetings/22-1999-9/minutes.pdf", "edirne.sekreter").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> export = get("/api/meetings/" + meeting.getMeetingKey() + "/platform-export", "edirne.sekreter");
        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(export.body());
        assertThat(json.path("form").asText()).isEqualTo("Ek-1");
        assertThat(json.path("province").asText()).isEqualTo("Edirne");
        assertThat(json.path("participantCount").asInt()).isEqualTo(meetings.attendance(meeting).size());
        assertThat(json.path("decisions").findValuesAsText("number")).containsExactly("KARAR-1", "KARAR-2");
        assertThat(json.path("decisions").get(0).path("responsibleInstitutions").get(0).asText()).contains("Milli Eğitim");
        assertThat(json.path("platformEntries").get(0).path("recordedBy").asText()).isEqualTo("edirne.sekreter");
        assertThat(json.path("minutesStatus").asText()).isEqualTo("SIGNED");
    }

    @Test
    void signedMinutesGoToEveryInstitutionOnceAndTheLogMatchesWhatTheServerReceived() throws Exception {
        Meeting meeting = edirneMeetings(2024, 3, 9);
        List<MinutesDistribution.DeliveryRow> queued = distribution.distribute(meeting);
        assertThat(queued).hasSizeGreaterThan(10).allMatch(r -> r.status().equals("QUEUED") || r.status().equals("NO_ADDRESS"));
        assertThat(distribution.distribute(meeting)).hasSameSizeAs(queued); // nothing new the second time
        runMailJobs(meeting.getMeetingKey());

        List<MinutesDistribution.DeliveryRow> log = distribution.log(meeting);
        List<MinutesDistribution.DeliveryRow> sent = log.stream().filter(r -> r.status().equals("SENT")).toList();
        assertThat(sent).hasSizeGreaterThan(10);
        assertThat(log).allMatch(r -> r.status().equals("SENT") == !r.addresses().isEmpty());
        for (MinutesDistribution.DeliveryRow row : sent) {
            List<MimeMessage> received = received(row.mailId());
            assertThat(received).as("mail %s to %s", row.mailId(), row.institution()).hasSize(1);
            MimeMessage message = received.get(0);
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(row.addresses().get(0));
            assertThat(message.getSubject()).contains("Edirne İl GKK 2024/4", "Ek-1");
            assertThat(attachments(message)).containsExactly("Ek-1_Tutanak_22-2024-4_s1.pdf");
        }
        HttpResponse<byte[]> api = get("/api/meetings/" + meeting.getMeetingKey() + "/distribution-log", "edirne.sekreter");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(api.body()).findValuesAsText("status")).hasSize(log.size()).isSubsetOf("SENT", "NO_ADDRESS");
        assertThat(get("/api/meetings/" + meeting.getMeetingKey() + "/distribution-log", "edirne.milli-egitim.asil").statusCode())
                .isEqualTo(403);
    }

    /** Two completed Edirne meetings of a year (the second evaluates the first's decisions); returns the second. */
    private Meeting edirneMeetings(int year, int firstSequence, int firstMonth) {
        long education = institutions.provincial(22, "MILLI_EGITIM").orElseThrow().getId();
        long health = institutions.provincial(22, "SAGLIK").orElseThrow().getId();
        pastMeetings.record(new PastMeetings.PastMeeting(22, year, firstSequence, "Edirne", LocalDate.of(year, firstMonth, 20), "10:00", "Valilik",
                "İlk toplantı.", List.of("Bilgilendirme"), "Konular", "Sorunlar", "Öneriler",
                List.of(new PastMeetings.PastDecision("Sınır köylerinde bilgilendirme yapılacak.", "Gerekçe", "Amaç",
                        LocalDate.of(year, 12, 30), Set.of(education), false)), "—", "edirne.sekreter", "edirne.vali"));
        return pastMeetings.record(new PastMeetings.PastMeeting(22, year, firstSequence + 1, "Edirne", LocalDate.of(year, firstMonth + 2, 14), "10:30",
                "Valilik Toplantı Salonu", "Sınır köylerindeki bilgilendirme tamamlandı.", List.of("Uyum çalışmaları"),
                TURKISH, "Öğretmen sayısı yetersiz.", "Gezici öğretmen görevlendirilmesi.",
                List.of(new PastMeetings.PastDecision("Uyum sınıfları açılacak.", "Öğrenci sayısı arttı.", "Okullaşma.",
                                LocalDate.of(year, 12, 31), Set.of(education), false),
                        new PastMeetings.PastDecision("Tercüman desteği verilecek.", "Dil engeli.", "Sağlığa erişim.",
                                LocalDate.of(year, 12, 31), Set.of(health), false)),
                "Diğer hususlar: yok.", "edirne.sekreter", "edirne.vali"));
    }

    private void runMailJobs(String businessKey) {
        for (MailMessage m : mails.about(businessKey, null)) {
            if (m.getProcessInstanceId() == null) {
                continue;
            }
            for (Job job : managementService.createJobQuery().processInstanceId(m.getProcessInstanceId()).executable().list()) {
                managementService.executeJob(job.getId());
            }
        }
    }

    private List<MimeMessage> received(long mailId) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            String[] header = message.getHeader("X-Kurul-Mail-Id");
            if (header != null && header[0].equals(String.valueOf(mailId))) {
                found.add(message);
            }
        }
        return found;
    }

    static List<String> attachments(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            collect(multipart, names);
        }
        return names;
    }

    private static void collect(Multipart multipart, List<String> names) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            } else if (part.getContent() instanceof Multipart inner) {
                collect(inner, names);
            }
        }
    }

    private HttpResponse<byte[]> get(String path, String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
