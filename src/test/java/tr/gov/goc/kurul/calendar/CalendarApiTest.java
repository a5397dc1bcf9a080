package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/** The issue 3 HTTP contract: exact JSON shapes, Turkish 400/403/404 answers, edits that change later answers. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kurul-calendar-api;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "kurul.demo.enabled=false"})
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarApiTest {

    static final String ADMIN = basic("admin", "admin");
    static final String READER = basic("takvim.okur", "okur-parola");

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identityService;

    @Autowired
    ApplicationEvents events;

    @MockitoBean
    BoardFacts boardFacts;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void readerExists() {
        if (identityService.createUserQuery().userId("takvim.okur").count() == 0) {
            User user = identityService.newUser("takvim.okur");
            user.setFirstName("Takvim");
            user.setLastName("Okur");
            user.setPassword("okur-parola");
            identityService.saveUser(user);
        }
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth) throws Exception {
        return mvc.perform(request.header("Authorization", auth).accept(MediaType.APPLICATION_JSON, MediaType.ALL));
    }

    private ResultActions getAsAdmin(String url) throws Exception {
        return call(get(url), ADMIN);
    }

    // ---- plans ----

    @Test
    void provincePlanHasTheExactShape() throws Exception {
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=10000&year=2025")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"year":2025,"meetings":[
                         {"type":"PROVINCIAL_BOARD","windowStart":"2025-01-01","windowEnd":"2025-01-31","proposedDate":"2025-01-02","lateDeadline":null},
                         {"type":"SUB_COMMISSION","windowStart":"2025-03-01","windowEnd":"2025-03-07","proposedDate":"2025-03-03","lateDeadline":null},
                         {"type":"PROVINCIAL_BOARD","windowStart":"2025-04-01","windowEnd":"2025-04-30","proposedDate":"2025-04-07","lateDeadline":null},
                         {"type":"SUB_COMMISSION","windowStart":"2025-06-01","windowEnd":"2025-06-07","proposedDate":"2025-06-02","lateDeadline":null},
                         {"type":"PROVINCIAL_BOARD","windowStart":"2025-07-01","windowEnd":"2025-07-31","proposedDate":"2025-07-01","lateDeadline":null},
                         {"type":"SUB_COMMISSION","windowStart":"2025-09-01","windowEnd":"2025-09-07","proposedDate":"2025-09-01","lateDeadline":null},
                         {"type":"PROVINCIAL_BOARD","windowStart":"2025-10-01","windowEnd":"2025-10-31","proposedDate":"2025-10-01","lateDeadline":null},
                         {"type":"SUB_COMMISSION","windowStart":"2025-12-01","windowEnd":"2025-12-07","proposedDate":"2025-12-01","lateDeadline":null}]}
                        """, true));
    }

    @Test
    void districtPlans() throws Exception {
        getAsAdmin("/api/calendar/plan?level=DISTRICT&foreignPopulation=1999&year=2025")
                .andExpect(status().isOk()).andExpect(content().json("{\"year\":2025,\"meetings\":[]}", true));
        getAsAdmin("/api/calendar/plan?level=DISTRICT&foreignPopulation=0&borderDistrict=true&year=2026")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"year":2026,"meetings":[
                         {"type":"DISTRICT_BOARD","windowStart":"2026-02-01","windowEnd":"2026-03-31","proposedDate":"2026-02-02","lateDeadline":"2026-04-30"},
                         {"type":"DISTRICT_BOARD","windowStart":"2026-08-01","windowEnd":"2026-09-30","proposedDate":"2026-08-03","lateDeadline":"2026-10-30"}]}
                        """, true));
    }

    @Test
    void boardPlanUsesTheBoardsFactsAndUnknownBoardIs404() throws Exception {
        when(boardFacts.profile(7L)).thenReturn(Optional.of(new BoardProfile("Karkamış İlçe GKK", BoardLevel.DISTRICT, 860, true)));
        getAsAdmin("/api/boards/7/plan?year=2025")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.meetings.length()").value(2))
                .andExpect(jsonPath("$.meetings[0].lateDeadline").value("2025-04-30"));
        getAsAdmin("/api/boards/999/plan?year=2025")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Kurul bulunamadı: 999"));
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
    void annualReportDeadline() throws Exception {
        getAsAdmin("/api/calendar/annual-report-deadline?year=2025")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"year\":2025,\"platformEntryDueDate\":\"2026-01-30\"}", true));
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
        getAsAdmin("/api/boards/7/plan?year=abc")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.year").exists());
    }

    // ---- editing non-working days ----

    @Test
    void administratorAddsAndRemovesALeaveDayAndLaterAnswersFollow() throws Exception {
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
                .contains(new NonWorkingDaysChanged(LocalDate.of(2025, 6, 11), DayType.IDARI_IZIN, DayPart.FULL,
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

        call(delete("/api/calendar/non-working-days/2025-06-11"), ADMIN).andExpect(status().isNoContent());
        getAsAdmin("/api/calendar/working-day?date=2025-06-11")
                .andExpect(content().json("{\"date\":\"2025-06-11\",\"working\":true,\"reasons\":[]}", true));
        assertThat(events.stream(NonWorkingDaysChanged.class).map(NonWorkingDaysChanged::change))
                .contains(NonWorkingDaysChanged.Change.REPLACED, NonWorkingDaysChanged.Change.REMOVED);
    }

    @Test
    void editsAreForAdministratorsOnly() throws Exception {
        call(put("/api/calendar/non-working-days/2025-06-12").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IDARI_IZIN\",\"part\":\"FULL\",\"name\":\"İzin\"}"), READER)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Bu işlem için sistem yöneticisi yetkisi gerekir."));
        call(delete("/api/calendar/non-working-days/2025-04-02"), READER).andExpect(status().isForbidden());
        call(get("/api/calendar/working-day?date=2025-06-12"), READER).andExpect(jsonPath("$.working").value(true));
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
    }

    // ---- R15.3 through the policy API ----

    @Test
    void policyChangeAppliesToPlansMadeAfterIt() throws Exception {
        call(put("/api/policy-parameters/provincialBoardMonthsHigh").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"2,5,8,11\",\"effectiveFrom\":\"2090-01-01\"}"), ADMIN)
                .andExpect(status().isOk());
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=2090&plannedOn=2089-12-31")
                .andExpect(jsonPath("$.meetings[?(@.type=='PROVINCIAL_BOARD')].windowStart")
                        .value(org.hamcrest.Matchers.contains("2090-01-01", "2090-04-01", "2090-07-01", "2090-10-01")));
        getAsAdmin("/api/calendar/plan?level=PROVINCE&foreignPopulation=50000&year=2090&plannedOn=2090-01-02")
                .andExpect(jsonPath("$.meetings[?(@.type=='PROVINCIAL_BOARD')].windowStart")
                        .value(org.hamcrest.Matchers.contains("2090-02-01", "2090-05-01", "2090-08-01", "2090-11-01")));
    }

    // ---- feed, warnings, health ----

    @Test
    void boardFeedIsICalendar() throws Exception {
        when(boardFacts.profile(27L)).thenReturn(Optional.of(new BoardProfile("Gaziantep İl GKK", BoardLevel.PROVINCE, 10_000, false)));
        String ics = call(get("/api/boards/27/calendar.ics?year=2025"), ADMIN)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent june = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("kurul-board-27-2025-06-SUB_COMMISSION-meeting@kurul.goc.gov.tr"))
                .findFirst().orElseThrow();
        assertThat(LocalDate.from(june.getStartDate().orElseThrow().getDate())).isEqualTo(LocalDate.of(2025, 6, 2));
        call(get("/api/boards/28/calendar.ics"), ADMIN).andExpect(status().isNotFound());
    }

    @Test
    void warningsAndHealth() throws Exception {
        int nextYear = LocalDate.now(Today.ISTANBUL).getYear() + 1;
        getAsAdmin("/api/calendar/warnings")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextYear").value(nextYear))
                .andExpect(jsonPath("$.warnings").isArray())
                .andExpect(jsonPath("$.notes").isArray());
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.nonWorkingDays.status").value("UP"))
                .andExpect(jsonPath("$.components.nonWorkingDays.details.kontrolEdilenYil").value(nextYear));
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/calendar/working-day?date=2025-06-02")).andExpect(status().isUnauthorized());
    }
}
