package tr.gov.goc.kurul.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulProcess;
import tr.gov.goc.kurul.support.PdfSig;
import tr.gov.goc.kurul.support.PdfText;

/**
 * The demo as its first user meets it: Kurul started with {@code mvn spring-boot:run}'s default profile on a fresh
 * database, its clock started at a chosen day ({@code -Dkurul.demo-life.at}, by default 29 February 2028: the
 * longest life, fifteen months, ending on a leap day). While the demo lives, every page says it is being prepared;
 * then Gaziantep and Edirne show the year before that day as their users lived it — and a second start on the same
 * database finds it all again without living anything twice.
 */
class DemoLifeTest {

    private static final Set<String> HELD = Set.of("HELD", "MINUTES_SIGNED", "CLOSED");
    private static final Set<String> SIGNED = Set.of("MINUTES_SIGNED", "CLOSED");

    @Test
    void theDemoProvincesHaveLivedTheYearBeforeTodayThroughTheProcesses() throws Exception {
        LocalDateTime today = LocalDateTime.parse(System.getProperty("kurul.demo-life.at", "2028-02-29T10:00"));
        Path data = Path.of("target", "demo-life").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        List<String> args = List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("kurul") + ";AUTO_SERVER=FALSE",
                "--kurul.clock.start=" + today, "--logging.level.root=WARN", "--logging.level.tr.gov.goc.kurul.demo=INFO",
                "--logging.level.tr.gov.goc.kurul.KurulApplication=INFO");

        long first = System.nanoTime();
        try (KurulProcess kurul = KurulProcess.start("demo-life", args)) {
            kurul.awaitLog(l -> l.contains("arası yaşanıyor"), Duration.ofMinutes(3));
            Api admin = Api.as(kurul.port(), "admin", "admin");
            Api.Response meanwhile = Api.anonymous(kurul.port()).get("/camunda/app/tasklist/");
            if (meanwhile.status() == 503) { // unless the life was over before the request
                assertThat(meanwhile.body()).contains("Kurul hazırlanıyor", "geçen yılı yaşıyor");
            }
            kurul.awaitLog(l -> l.contains("Demo hazır"), Duration.ofMinutes(6));
            System.out.printf("[kurul] demo ilk açılış (%s): %d s%n", today.toLocalDate(),
                    Duration.ofNanos(System.nanoTime() - first).toSeconds());
            List<String> console = Files.readAllLines(kurul.log());
            assertThat(console).filteredOn(l -> l.contains(" yaşandı — ")).hasSizeGreaterThanOrEqualTo(12);
            assertThat(console).noneMatch(l -> l.contains("Demo yaşatılırken"));

            assertTheYearBefore(admin, kurul.port(), today.toLocalDate());
        }

        long second = System.nanoTime();
        try (KurulProcess again = KurulProcess.start("demo-life-again", args)) {
            again.awaitLog(l -> l.contains("Started KurulApplication"), Duration.ofMinutes(2));
            System.out.printf("[kurul] demo sonraki açılış: %d s%n", Duration.ofNanos(System.nanoTime() - second).toSeconds());
            assertThat(Files.readAllLines(again.log())).noneMatch(l -> l.contains("arası yaşanıyor"));
            JsonNode meetings = Api.as(again.port(), "admin", "admin").get("/api/meetings?province=27").json();
            assertThat(held(meetings, today.toLocalDate().minusYears(1), today.toLocalDate())).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    private static void assertTheYearBefore(Api admin, int port, LocalDate today) throws IOException {
        LocalDate yearAgo = today.minusYears(1);
        for (int plate : List.of(27, 22)) {
            JsonNode meetings = admin.get("/api/meetings?province=" + plate).json();
            List<JsonNode> held = held(meetings, yearAgo, today);
            assertThat(held).as("meetings of %d held in the year before %s", plate, today).hasSizeGreaterThanOrEqualTo(4);
            for (JsonNode meeting : held) { // R12.2: the signed Ek-1 of each
                Api.Document minutes = admin.document("/api/meetings/" + meeting.path("id").asLong() + "/minutes.pdf");
                assertThat(minutes.status()).isEqualTo(200);
                assertThat(PdfText.of(minutes.body())).contains("(" + meeting.path("meetingKey").asText() + ")", "KARAR-1");
                if (SIGNED.contains(meeting.path("status").asText())) { // R12.2: approved, then sealed by Kurul
                    List<String> signatures = PdfSig.signatures(minutes.body());
                    assertThat(signatures).allSatisfy(s -> assertThat(s).contains("Signature Validation: Signature is Valid."));
                    assertThat(signatures.get(signatures.size() - 1)).contains("Kurul Kurumsal Mühür").contains("Total document signed");
                    if (plate == 27 && !meeting.path("districtId").isNumber()) { // the Vali of Gaziantep signs with his e-İmza
                        assertThat(signatures).hasSize(2);
                        assertThat(PdfText.of(minutes.body())).contains("Nitelikli elektronik imza (e-İmza)", "Elektronik onay:");
                    }
                }
            }
            List<JsonNode> ahead = elements(meetings).stream().filter(m -> LocalDate.parse(m.path("windowStart").asText()).isAfter(today)
                    && m.path("status").asText().equals("PLANNED")).toList();
            if (ahead.isEmpty()) { // R7.2: the next year is planned on 1 December; until then a province may have held all of this year's
                assertThat(today).as("meetings planned after today").isBefore(LocalDate.of(today.getYear(), 12, 1));
                assertThat(elements(meetings)).as("nothing of this year left unplanned or unheld")
                        .noneMatch(m -> m.path("year").asInt() == today.getYear() && m.path("status").asText().equals("PLANNED")
                                && LocalDate.parse(m.path("windowEnd").asText()).isBefore(today));
            }
            // R5.6: decisions still followed up
            assertThat(elements(admin.get("/api/decisions?province=" + plate + "&open=true").json())).isNotEmpty();
        }
        JsonNode gaziantep = admin.get("/api/meetings?province=27").json();
        // R8.3: a district board that missed its window met by the end of the following month
        assertThat(elements(gaziantep)).anyMatch(m -> m.path("districtId").isNumber() && HELD.contains(m.path("status").asText())
                && LocalDate.parse(m.path("meetingDate").asText()).isAfter(LocalDate.parse(m.path("windowEnd").asText()))
                && !LocalDate.parse(m.path("meetingDate").asText()).isAfter(LocalDate.parse(m.path("lateDeadline").asText())));

        // the managers' dashboard of this year has something true to show, as of today
        JsonNode national = admin.get("/api/reports/compliance?year=" + today.getYear()).json();
        assertThat(national.path("asOf").asText()).isEqualTo(today.toString());
        assertThat(national.path("national").path("meetings").path("total").asInt()).isPositive();
        assertThat(national.path("provinces")).hasSizeGreaterThanOrEqualTo(2);

        // what went wrong in the lived year, each once, as the rules see it
        List<JsonNode> years = new ArrayList<>();
        for (int year = yearAgo.getYear(); year <= today.getYear(); year++) {
            years.add(admin.get("/api/reports/compliance/27?year=" + year).json());
            years.add(admin.get("/api/reports/compliance/22?year=" + year).json());
        }
        assertThat(years).as("minutes distributed after the 15 days (R12.2)")
                .anyMatch(r -> r.path("summary").path("minutes").path("late").asInt() > 0);
        assertThat(years).as("decisions overdue (R5.6)")
                .anyMatch(r -> r.path("summary").path("decisions").path("overdue").asInt() > 0);
        assertThat(years).as("Gaziantep's culture and tourism directorate never answered an agenda call (R10.2)")
                .filteredOn(r -> r.path("plateCode").asInt() == 27)
                .anyMatch(r -> elements(r.path("institutions")).stream().anyMatch(i -> i.path("name").asText().contains("Kültür ve Turizm")
                        && i.path("proposalsOnTime").asInt() == 0 && i.path("proposalsLate").asInt() > 0));
        // R5.13: the action plan went through its approval loop: a version rejected, a later one approved
        JsonNode plan = admin.get("/api/action-plans/27").json();
        assertThat(elements(plan.path("versions"))).extracting(v -> v.path("status").asText()).contains("REJECTED", "APPROVED");
        // R13.2: last year's Ek-3, approved by the board
        assertThat(List.of(today.getYear() - 1, today.getYear() - 2))
                .anyMatch(y -> "APPROVED".equals(admin.get("/api/annual-reports/27/" + y).json().path("status").asText()));
        // today's open tasks: an agenda call for the liaison officers
        assertThat(Api.as(port, "admin", "admin").get("/engine-rest/task/count?taskDefinitionKey=Task_SubmitAgendaProposal")
                .json().path("count").asInt()).isPositive();
    }

    private static List<JsonNode> held(JsonNode meetings, LocalDate from, LocalDate to) {
        return elements(meetings).stream().filter(m -> HELD.contains(m.path("status").asText()))
                .filter(m -> !m.path("meetingDate").isNull() && !m.path("meetingDate").asText().isEmpty())
                .filter(m -> {
                    LocalDate date = LocalDate.parse(m.path("meetingDate").asText());
                    return !date.isBefore(from) && date.isBefore(to);
                }).toList();
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
