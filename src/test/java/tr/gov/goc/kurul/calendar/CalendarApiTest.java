package tr.gov.goc.kurul.calendar;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The issue 3 HTTP contract: exact JSON shapes, Turkish 400/403/404 answers, edits that change later answers, and the
 * plans of the demo data's real boards (Gaziantep ≥ 10,000 and Edirne &lt; 10,000 with their districts).
 * <p>
 * Runs in the shared application context: every change of global state (non-working days, policy parameters) is
 * undone after the test, and no test relies on running first. {@link RecordApplicationEvents} does not take part in
 * the context cache key (it only registers a listener on the cached context), and MockMvc runs the request on the
 * test thread, so {@link NonWorkingDaysChanged} is recorded.
 */
@KurulIntegrationTest
@RecordApplicationEvents
class CalendarApiTest {

    static final String ADMIN = basic("admin", "admin");
    /** A secretary of Gaziantep: signed in, not an administrator. */
    static final String SECRETARY = basic("gaziantep.sekreter", "demo");
    /** A liaison officer of Gaziantep (tenant prov-27 only). */
    static final String LIAISON_27 = basic("gaziantep.milli-egitim.asil", "demo");

    static final int GAZIANTEP = 27;
    static final int EDIRNE = 22;
    /** No board has this id (Turkey has about a thousand boards). */
    static final long UNKNOWN_BOARD = 987_654_321L;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shape of the 2025 plan of a province of 10,000 or more foreigners (R6.9, R7.1). */
    static final String PROVINCE_HIGH_2025 = """
            {"year":2025,"meetings":[
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-01-01","windowEnd":"2025-01-31","proposedDate":"2025-01-02","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-03-01","windowEnd":"2025-03-07","proposedDate":"2025-03-03","lateDeadline":null},
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-04-01","windowEnd":"2025-04-30","proposedDate":"2025-04-07","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-06-01","windowEnd":"2025-06-07","proposedDate":"2025-06-02","lateDeadline":null},
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-07-01","windowEnd":"2025-07-31","proposedDate":"2025-07-01","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-09-01","windowEnd":"2025-09-07","proposedDate":"2025-09-01","lateDeadline":null},
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-10-01","windowEnd":"2025-10-31","proposedDate":"2025-10-01","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-12-01","windowEnd":"2025-12-07","proposedDate":"2025-12-01","lateDeadline":null}]}
            """;

    /** The 2025 plan of a province below 10,000 (R6.9, R7.2): two sub-commission and two board meetings. */
    static final String PROVINCE_LOW_2025 = """
            {"year":2025,"meetings":[
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-01-01","windowEnd":"2025-01-31","proposedDate":"2025-01-02","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-06-01","windowEnd":"2025-06-07","proposedDate":"2025-06-02","lateDeadline":null},
             {"type":"PROVINCIAL_BOARD","windowStart":"2025-07-01","windowEnd":"2025-07-31","proposedDate":"2025-07-01","lateDeadline":null},
             {"type":"SUB_COMMISSION","windowStart":"2025-12-01","windowEnd":"2025-12-07","proposedDate":"2025-12-01","lateDeadline":null}]}
            """;

    /** The 2025 plan of a district board that meets (R8.1) with its late deadlines (R8.3). */
    static final String DISTRICT_MEETS_2025 = """
            {"year":2025,"meetings":[
             {"type":"DISTRICT_BOARD","windowStart":"2025-02-01","windowEnd":"2025-03-31","proposedDate":"2025-02-03","lateDeadline":"2025-04-30"},
             {"type":"DISTRICT_BOARD","windowStart":"2025-08-01","windowEnd":"2025-09-30","proposedDate":"2025-08-01","lateDeadline":"2025-10-31"}]}
            """;

    static final String NO_MEETINGS_2025 = "{\"year\":2025,\"meetings\":[]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    /** Undo steps of the running test, run last-in first-out after it, whatever its outcome. */
    private final Deque<Undo> undo = new ArrayDeque<>();

    @FunctionalInterface
    interface Undo {
        void run() throws Exception;
    }

    @AfterEach
    void restoreGlobalState() throws Exception {
        Exception first = null;
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (Exception | AssertionError e) {
                if (first == null) {
                    first = e instanceof Exception ex ? ex : new IllegalStateException(e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth) throws Exception {
        return mvc.perform(request.header("Authorization", auth).accept(MediaType.APPLICATION_JSON, MediaType.ALL));
    }

    private ResultActions getAsAdmin(String url) throws Exception {
        return call(get(url), ADMIN);
    }

    private JsonNode jsonOf(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    // ---- the demo data's boards, found through the API ----

    private List<JsonNode> boardsOf(int province) throws Exception {
        JsonNode boards = jsonOf(getAsAdmin("/api/boards?province=" + province).andExpect(status().isOk()));
        return StreamSupport.stream(boards.spliterator(), false).toList();
    }

    private JsonNode provincialBoard(int province) throws Exception {
        List<JsonNode> provincial = boardsOf(province).stream().filter(b -> "PROVINCIAL".equals(b.path("level").asText())).toList();
        assertThat(provincial).as("provincial board of %s", province).hasSize(1);
        return provincial.get(0);
    }

    private JsonNode districtBoard(int province, String district) throws Exception {
        List<JsonNode> found = boardsOf(province).stream()
                .filter(b -> "DISTRICT".equals(b.path("level").asText()) && district.equals(b.path("districtName").asText()))
                .toList();
        assertThat(found).as("district board %s of %s", district, province).hasSize(1);
        return found.get(0);
    }

    /** The board, after checking that the demo figures the plan depends on are what this test expects. */
    private long board(JsonNode board, int foreignPopulation, boolean border) {
        assertThat(board.path("foreignPopulation").asInt(-1)).as("foreign population of %s", board.path("name")).isEqualTo(foreignPopulation);
        assertThat(board.path("borderDistrict").asBoolean()).as("border flag of %s", board.path("name")).isEqualTo(border);
        return board.path("id").asLong();
    }

    private void expectPlan(long boardId, int year, String json) throws Exception {
        getAsAdmin("/api/boards/" + boardId + "/plan?year=" + year)
                .andExpect(status().isOk())
                .andExpect(content().json(json, true));
    }

    // ---- plans ----

    @Test
    void provincePlanHasTheExactShape() throws Exception {
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=10000&year=2025")
                .andExpect(status().isOk())
                .andExpect(content().json(PROVINCE_HIGH_2025, true));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=9999&year=2025")
                .andExpect(status().isOk())
                .andExpect(content().json(PROVINCE_LOW_2025, true));
    }

    @Test
    void districtPlans() throws Exception {
        getAsAdmin("/api/calendar/plan?level=DISTRICT&foreignPopulation=1999&year=2025")
                .andExpect(status().isOk()).andExpect(content().json(NO_MEETINGS_2025, true));
        getAsAdmin("/api/calendar/plan?level=DISTRICT&foreignPopulation=2000&year=2025")
                .andExpect(status().isOk()).andExpect(content().json(DISTRICT_MEETS_2025, true));
        getAsAdmin("/api/calendar/plan?level=DISTRICT&foreignPopulation=0&borderDistrict=true&year=2026")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"year":2026,"meetings":[
                         {"type":"DISTRICT_BOARD","windowStart":"2026-02-01","windowEnd":"2026-03-31","proposedDate":"2026-02-02","lateDeadline":"2026-04-30"},
                         {"type":"DISTRICT_BOARD","windowStart":"2026-08-01","windowEnd":"2026-09-30","proposedDate":"2026-08-03","lateDeadline":"2026-10-30"}]}
                        """, true));
    }

    @Test
    void provincialBoardPlansFollowTheTenThousandThreshold() throws Exception {
        long gaziantep = board(provincialBoard(GAZIANTEP), 434_000, false);
        expectPlan(gaziantep, 2025, PROVINCE_HIGH_2025);
        long edirne = board(provincialBoard(EDIRNE), 7_800, false);
        expectPlan(edirne, 2025, PROVINCE_LOW_2025);
    }

    @Test
    void districtBoardPlansFollowPopulationAndBorder() throws Exception {
        // R8.1: 2,000 and over
        expectPlan(board(districtBoard(GAZIANTEP, "Şahinbey"), 185_000, false), 2025, DISTRICT_MEETS_2025);
        expectPlan(board(districtBoard(EDIRNE, "Merkez"), 4_100, false), 2025, DISTRICT_MEETS_2025);
        // R8.1: a border district meets whatever its population
        expectPlan(board(districtBoard(GAZIANTEP, "Karkamış"), 860, true), 2025, DISTRICT_MEETS_2025);
        expectPlan(board(districtBoard(EDIRNE, "İpsala"), 320, true), 2025, DISTRICT_MEETS_2025);
        // R8.2: below 2,000 and not on the border, no ordinary meeting
        expectPlan(board(districtBoard(GAZIANTEP, "Yavuzeli"), 1_400, false), 2025, NO_MEETINGS_2025);
        expectPlan(board(districtBoard(EDIRNE, "Havsa"), 150, false), 2025, NO_MEETINGS_2025);
    }

    @Test
    void unknownBoardIs404() throws Exception {
        getAsAdmin("/api/boards/" + UNKNOWN_BOARD + "/plan?year=2025")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Kurul bulunamadı: " + UNKNOWN_BOARD));
        getAsAdmin("/api/boards/" + UNKNOWN_BOARD + "/calendar.ics?year=2025")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Kurul bulunamadı: " + UNKNOWN_BOARD));
    }

    @Test
    void aLiaisonOfficerSeesTheBoardsOfTheirProvinceOnly() throws Exception {
        long gaziantep = provincialBoard(GAZIANTEP).path("id").asLong();
        long karkamis = districtBoard(GAZIANTEP, "Karkamış").path("id").asLong();
        long edirne = provincialBoard(EDIRNE).path("id").asLong();
        long ipsala = districtBoard(EDIRNE, "İpsala").path("id").asLong();

        call(get("/api/boards/" + gaziantep + "/plan?year=2025"), LIAISON_27)
                .andExpect(status().isOk()).andExpect(content().json(PROVINCE_HIGH_2025, true));
        call(get("/api/boards/" + karkamis + "/plan?year=2025"), LIAISON_27)
                .andExpect(status().isOk()).andExpect(content().json(DISTRICT_MEETS_2025, true));
        // another province's board is answered exactly like a board that does not exist
        for (long other : new long[] {edirne, ipsala}) {
            call(get("/api/boards/" + other + "/plan?year=2025"), LIAISON_27)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("Kurul bulunamadı: " + other));
            call(get("/api/boards/" + other + "/calendar.ics?year=2025"), LIAISON_27)
                    .andExpect(status().isNotFound());
        }
    }

    // ---- deadlines and working days ----

    @Test
    void deadlinesHaveTheExactShapeWithNulls() throws Exception {
        getAsAdmin("/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=2025-04-16")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"agendaOpensOn":"2025-03-18","agendaDueDate":"2025-03-28","noticeDueDate":"2025-04-11",
                         "minutesDistributionDueDate":"2025-05-02","platformEntryDueDate":"2025-04-30"}
                        """, true));
        getAsAdmin("/api/calendar/deadlines?type=SUB_COMMISSION&meetingDate=2026-06-01")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"agendaOpensOn":null,"agendaDueDate":null,"noticeDueDate":"2026-05-26",
                         "minutesDistributionDueDate":null,"platformEntryDueDate":"2026-06-30"}
                        """, true));
    }

    @Test
    void workingDayAnswersWithTurkishReasons() throws Exception {
        getAsAdmin("/api/calendar/working-day?date=2023-06-27")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"date":"2023-06-27","working":false,
                         "reasons":["Kurban Bayramı arifesi sabahı idari izin","Kurban Bayramı arifesi (13:00'ten)"]}
                        """, true));
        getAsAdmin("/api/calendar/working-day?date=2025-06-02")
                .andExpect(content().json("{\"date\":\"2025-06-02\",\"working\":true,\"reasons\":[]}", true));
        getAsAdmin("/api/calendar/working-day?date=2025-06-14")
                .andExpect(content().json("{\"date\":\"2025-06-14\",\"working\":false,\"reasons\":[\"Cumartesi\"]}", true));
    }

    @Test
    void aMonthEndDeadlineOnAHolidayRunsToTheNextWorkingDay() throws Exception {
        // R12.3, R-DATES: a meeting of 12 May 2026 is entered by 31 May — a Sunday after Kurban: Monday 1 June
        getAsAdmin("/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=2026-05-12")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.platformEntryDueDate").value("2026-06-01"));
    }

    @Test
    void annualReportDeadline() throws Exception {
        getAsAdmin("/api/calendar/annual-report-deadline?year=2025")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"year\":2025,\"platformEntryDueDate\":\"2026-02-02\"}", true)); // R-DATES
    }

    // ---- bad input ----

    @Test
    void badInputIs400WithATurkishMessageNamingTheField() throws Exception {
        getAsAdmin("/api/calendar/plan?level=IL&foreignPopulation=5&year=2025")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.level").exists())
                .andExpect(jsonPath("$.message").value("'level' için geçersiz değer: 'IL'. İzin verilen değerler: PROVINCE, DISTRICT."));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=-1&year=2025")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.foreignPopulation").value(org.hamcrest.Matchers.containsString("negatif olamaz")));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=5&year=1999")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.year").value(org.hamcrest.Matchers.containsString("2000 ile 2100")));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=5&year=2101")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.year").exists());
        getAsAdmin("/api/calendar/plan?level=PROVINCE&year=2025")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.foreignPopulation").exists());
        getAsAdmin("/api/calendar/deadlines?type=BOARD&meetingDate=2025-04-16")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.type").value(org.hamcrest.Matchers.containsString("SUB_COMMISSION, PROVINCIAL_BOARD, DISTRICT_BOARD")));
        getAsAdmin("/api/calendar/deadlines?type=SUB_COMMISSION&meetingDate=2025-13-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.meetingDate").value(org.hamcrest.Matchers.containsString("YYYY-AA-GG")));
        getAsAdmin("/api/calendar/working-day?date=16.04.2025")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.date").exists());
        long gaziantep = provincialBoard(GAZIANTEP).path("id").asLong();
        getAsAdmin("/api/boards/" + gaziantep + "/plan?year=abc")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.year").exists());
    }

    // ---- editing non-working days ----

    /** Fails unless nothing is stored on {@code date}, then makes sure whatever the test stores there is removed. */
    private void removeStoredEntriesAfterwards(String date) throws Exception {
        JsonNode year = jsonOf(getAsAdmin("/api/calendar/non-working-days?year=" + date.substring(0, 4)).andExpect(status().isOk()));
        assertThat(StreamSupport.stream(year.spliterator(), false).filter(d -> d.path("date").asText().equals(date)).toList())
                .as("entries already stored on %s (left behind by another test?)", date).isEmpty();
        undo.push(() -> {
            int status = call(delete("/api/calendar/non-working-days/" + date), ADMIN).andReturn().getResponse().getStatus();
            assertThat(status).as("clean-up of %s", date).isIn(204, 404);
        });
    }

    @Test
    void administratorAddsAndRemovesALeaveDayAndLaterAnswersFollow() throws Exception {
        removeStoredEntriesAfterwards("2025-06-11");
        // meeting Thu 26 Jun 2025: agenda due Wed 11 Jun
        getAsAdmin("/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=2025-06-26")
                .andExpect(jsonPath("$.agendaDueDate").value("2025-06-11"));
        call(put("/api/calendar/non-working-days/2025-06-11").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"FULL\",\"name\":\"Test idari izni\"}"), ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-06-11"))
                .andExpect(jsonPath("$.type").value("IDARI_IZIN"))
                .andExpect(jsonPath("$.source").value("Yönetici: admin"));
        assertThat(events.stream(NonWorkingDaysChanged.class))
                .containsExactly(new NonWorkingDaysChanged(LocalDate.of(2025, 6, 11), DayType.IDARI_IZIN, DayPart.FULL,
                        NonWorkingDaysChanged.Change.ADDED, false));
        getAsAdmin("/api/calendar/working-day?date=2025-06-11")
                .andExpect(jsonPath("$.working").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("Test idari izni"));
        getAsAdmin("/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=2025-06-26")
                .andExpect(jsonPath("$.agendaDueDate").value("2025-06-10"));
        getAsAdmin("/api/calendar/non-working-days?year=2025")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.date=='2025-06-11')].name").value("Test idari izni"))
                .andExpect(jsonPath("$[?(@.date=='2025-10-29')].fixed").value(true));

        // replacing the same type: now only the morning
        call(put("/api/calendar/non-working-days/2025-06-11").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"AM\",\"name\":\"Sabah idari izni\"}"), ADMIN)
                .andExpect(status().isOk());
        getAsAdmin("/api/calendar/working-day?date=2025-06-11").andExpect(jsonPath("$.working").value(true));
        assertThat(events.stream(NonWorkingDaysChanged.class).toList()).last()
                .isEqualTo(new NonWorkingDaysChanged(LocalDate.of(2025, 6, 11), DayType.IDARI_IZIN, DayPart.AM,
                        NonWorkingDaysChanged.Change.REPLACED, true));

        call(delete("/api/calendar/non-working-days/2025-06-11"), ADMIN).andExpect(status().isNoContent());
        getAsAdmin("/api/calendar/working-day?date=2025-06-11")
                .andExpect(content().json("{\"date\":\"2025-06-11\",\"working\":true,\"reasons\":[]}", true));
        getAsAdmin("/api/calendar/deadlines?type=PROVINCIAL_BOARD&meetingDate=2025-06-26")
                .andExpect(jsonPath("$.agendaDueDate").value("2025-06-11"));
        assertThat(events.stream(NonWorkingDaysChanged.class).map(NonWorkingDaysChanged::change))
                .containsExactly(NonWorkingDaysChanged.Change.ADDED, NonWorkingDaysChanged.Change.REPLACED,
                        NonWorkingDaysChanged.Change.REMOVED);
    }

    @Test
    void editsAreForAdministratorsOnly() throws Exception {
        call(put("/api/calendar/non-working-days/2025-06-12").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"FULL\",\"name\":\"İzin\"}"), SECRETARY)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Bu işlem için sistem yöneticisi yetkisi gerekir."));
        call(delete("/api/calendar/non-working-days/2025-04-02"), SECRETARY).andExpect(status().isForbidden());
        // both refusals changed nothing, and anyone signed in may read
        call(get("/api/calendar/working-day?date=2025-06-12"), SECRETARY).andExpect(jsonPath("$.working").value(true));
        call(get("/api/calendar/working-day?date=2025-04-02"), SECRETARY)
                .andExpect(jsonPath("$.working").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("Ramazan Bayramı sonrası idari izin"));
        assertThat(events.stream(NonWorkingDaysChanged.class)).isEmpty();
    }

    @Test
    void badEditsAre400Or404() throws Exception {
        call(put("/api/calendar/non-working-days/2025-06-12").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"BAYRAM\",\"part\":\"FULL\",\"name\":\"İzin\"}"), ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.type").value(org.hamcrest.Matchers.containsString("RESMI_TATIL, IDARI_IZIN")));
        call(put("/api/calendar/non-working-days/2025-06-12").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"OGLEN\",\"name\":\"İzin\"}"), ADMIN)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.part").exists());
        call(put("/api/calendar/non-working-days/2025-06-12").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"FULL\",\"name\":\" \"}"), ADMIN)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.name").exists());
        call(put("/api/calendar/non-working-days/12-06-2025").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"FULL\",\"name\":\"İzin\"}"), ADMIN)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.date").exists());
        call(delete("/api/calendar/non-working-days/2025-10-29"), ADMIN)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("2429")));
        // nothing was stored
        getAsAdmin("/api/calendar/working-day?date=2025-06-12").andExpect(jsonPath("$.working").value(true));
        assertThat(events.stream(NonWorkingDaysChanged.class)).isEmpty();
    }

    // ---- R15.3 through the policy API ----

    private static final String MONTHS_HIGH = "provincialBoardMonthsHigh";
    private static final LocalDate FAR_FUTURE = LocalDate.of(2090, 1, 1);

    /** There is no API to remove a policy value, so the row this test adds is removed (or put back) directly. */
    private void restorePolicyValueAfterwards(String name, LocalDate effectiveFrom) {
        List<Map<String, Object>> before = jdbc.queryForList(
                "SELECT param_value, description FROM policy_parameter WHERE name = ? AND effective_from = ?", name, effectiveFrom);
        undo.push(() -> {
            if (before.isEmpty()) {
                jdbc.update("DELETE FROM policy_parameter WHERE name = ? AND effective_from = ?", name, effectiveFrom);
            } else {
                jdbc.update("UPDATE policy_parameter SET param_value = ?, description = ? WHERE name = ? AND effective_from = ?",
                        before.get(0).get("param_value"), before.get(0).get("description"), name, effectiveFrom);
            }
        });
    }

    @Test
    void policyChangeAppliesToPlansMadeAfterIt() throws Exception {
        restorePolicyValueAfterwards(MONTHS_HIGH, FAR_FUTURE);
        call(put("/api/policy-parameters/" + MONTHS_HIGH).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"2,5,8,11\",\"effectiveFrom\":\"" + FAR_FUTURE + "\"}"), ADMIN)
                .andExpect(status().isOk());
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=2090&plannedOn=2089-12-31")
                .andExpect(jsonPath("$.meetings[?(@.type=='PROVINCIAL_BOARD')].windowStart")
                        .value(org.hamcrest.Matchers.contains("2090-01-01", "2090-04-01", "2090-07-01", "2090-10-01")));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=2090&plannedOn=2090-01-02")
                .andExpect(jsonPath("$.meetings[?(@.type=='PROVINCIAL_BOARD')].windowStart")
                        .value(org.hamcrest.Matchers.contains("2090-02-01", "2090-05-01", "2090-08-01", "2090-11-01")));
        // a plan made today is not touched by a change that starts in 2090
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=2025")
                .andExpect(content().json(PROVINCE_HIGH_2025, true));
    }

    // ---- feed, warnings, health ----

    private Calendar ics(long boardId, int year, String auth) throws Exception {
        String ics = call(get("/api/boards/" + boardId + "/calendar.ics?year=" + year), auth)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    private static LocalDate startOf(Calendar calendar, String uid) {
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + uid + " in " + uids(calendar)));
        return LocalDate.from(event.getStartDate().orElseThrow().getDate());
    }

    @Test
    void boardFeedIsICalendar() throws Exception {
        long gaziantep = board(provincialBoard(GAZIANTEP), 434_000, false);
        Calendar feed = ics(gaziantep, 2025, ADMIN);
        String prefix = "kurul-board-" + gaziantep + "-2025-";
        assertThat(startOf(feed, prefix + "06-SUB_COMMISSION-meeting@kurul.goc.gov.tr")).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(startOf(feed, prefix + "03-SUB_COMMISSION-meeting@kurul.goc.gov.tr")).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(startOf(feed, prefix + "04-PROVINCIAL_BOARD-meeting@kurul.goc.gov.tr")).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(startOf(feed, prefix + "04-PROVINCIAL_BOARD-agenda-due@kurul.goc.gov.tr")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(startOf(feed, "kurul-board-" + gaziantep + "-2025-annual-report@kurul.goc.gov.tr")).isEqualTo(LocalDate.of(2025, 1, 31));

        // Edirne (< 10,000): no March sub-commission, no April board
        long edirne = board(provincialBoard(EDIRNE), 7_800, false);
        List<String> edirneUids = uids(ics(edirne, 2025, ADMIN));
        String edirnePrefix = "kurul-board-" + edirne + "-2025-";
        assertThat(edirneUids).contains(edirnePrefix + "06-SUB_COMMISSION-meeting@kurul.goc.gov.tr",
                        edirnePrefix + "07-PROVINCIAL_BOARD-meeting@kurul.goc.gov.tr")
                .doesNotContain(edirnePrefix + "03-SUB_COMMISSION-meeting@kurul.goc.gov.tr",
                        edirnePrefix + "04-PROVINCIAL_BOARD-meeting@kurul.goc.gov.tr");

        // a border district: the meeting and its R8.3 late deadline
        long karkamis = board(districtBoard(GAZIANTEP, "Karkamış"), 860, true);
        Calendar karkamisFeed = ics(karkamis, 2025, ADMIN);
        assertThat(startOf(karkamisFeed, "kurul-board-" + karkamis + "-2025-02-DISTRICT_BOARD-meeting@kurul.goc.gov.tr"))
                .isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(startOf(karkamisFeed, "kurul-board-" + karkamis + "-2025-02-DISTRICT_BOARD-late@kurul.goc.gov.tr"))
                .isEqualTo(LocalDate.of(2025, 4, 30));
        // a district below 2,000: nothing to put in the feed
        long yavuzeli = board(districtBoard(GAZIANTEP, "Yavuzeli"), 1_400, false);
        assertThat(uids(ics(yavuzeli, 2025, ADMIN))).isEmpty();
    }

    @Test
    void warningsAndHealth() throws Exception {
        int nextYear = TestClock.YEAR + 1;
        getAsAdmin("/api/calendar/warnings")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextYear").value(nextYear))
                .andExpect(jsonPath("$.warnings").isArray())
                .andExpect(jsonPath("$.notes").isArray());
        mvc.perform(get("/actuator/health").header("Authorization", "Basic YWRtaW46YWRtaW4=")) // details: administrators
                .andExpect(jsonPath("$.components.nonWorkingDays.status").value("UP"))
                .andExpect(jsonPath("$.components.nonWorkingDays.details.kontrolEdilenYil").value(nextYear));
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/calendar/working-day?date=2025-06-02")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/boards/" + UNKNOWN_BOARD + "/plan")).andExpect(status().isUnauthorized());
    }
}
