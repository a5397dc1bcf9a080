package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The iCalendar feed parses back with ical4j and carries the planned meetings and their deadlines on the right days. */
class IcsWriterTest {

    private final BoardCalendarEvents events = new BoardCalendarEvents(TestCalendars.deadlines());

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String text(VEvent e, String property) {
        return e.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static LocalDate start(VEvent e) {
        Temporal t = e.getStartDate().orElseThrow().getDate();
        return LocalDate.from(t);
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> text(e, "UID"), e -> e));
    }

    @Test
    void provincialFeedParsesWithAllDayEventsOnTheRightDates() throws Exception {
        MeetingPlan plan = TestCalendars.planner().plan(BoardLevel.PROVINCE, 10_000, false, 2025);
        String ics = IcsWriter.write(27, "Gaziantep İl GKK — Kurul takvimi", events.events(BoardLevel.PROVINCE, plan),
                Instant.parse("2025-01-01T00:00:00Z"));
        Calendar calendar = parse(ics);

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(z -> assertThat(z.getTimeZoneId().getValue()).isEqualTo("Europe/Istanbul"));
        Map<String, VEvent> events = byUid(calendar);

        VEvent april = events.get("kurul-board-27-2025-04-PROVINCIAL_BOARD-meeting@kurul.goc.gov.tr");
        assertThat(april).isNotNull();
        assertThat(start(april)).isEqualTo(d("2025-04-07"));
        assertThat(text(april, "SUMMARY")).isEqualTo("İl Göç Koordinasyon Kurulu toplantısı (önerilen)");
        assertThat(april.getStartDate().orElseThrow().toString()).contains("VALUE=DATE");
        assertThat(LocalDate.from(april.getEndDate().orElseThrow().getDate())).isEqualTo(d("2025-04-08"));

        VEvent aprilAgenda = events.get("kurul-board-27-2025-04-PROVINCIAL_BOARD-agenda-due@kurul.goc.gov.tr");
        assertThat(start(aprilAgenda)).isEqualTo(d("2025-03-21")); // 7 Apr − 15 = 23 Mar (Sun) → Fri 21 Mar
        assertThat(text(aprilAgenda, "SUMMARY")).startsWith("Gündem önerileri son gün");

        VEvent juneSub = events.get("kurul-board-27-2025-06-SUB_COMMISSION-meeting@kurul.goc.gov.tr");
        assertThat(start(juneSub)).isEqualTo(d("2025-06-02"));
        assertThat(text(juneSub, "SUMMARY")).isEqualTo("Alt Komisyon toplantısı (önerilen)");
        assertThat(start(events.get("kurul-board-27-2025-06-SUB_COMMISSION-platform@kurul.goc.gov.tr"))).isEqualTo(d("2025-06-30"));
        assertThat(events).doesNotContainKey("kurul-board-27-2025-06-SUB_COMMISSION-agenda-due@kurul.goc.gov.tr");

        VEvent annual = events.get("kurul-board-27-2025-annual-report@kurul.goc.gov.tr");
        assertThat(start(annual)).isEqualTo(d("2025-01-31")); // R13.3 for the 2024 report
        // 8 meetings, 4 board meetings × 5 deadlines, 4 sub-commission × 2 deadlines, the annual report
        assertThat(events).hasSize(8 + 20 + 8 + 1);
    }

    @Test
    void districtFeedCarriesTheR83LateDeadlineAndStableUids() throws Exception {
        MeetingPlan plan = TestCalendars.planner().plan(BoardLevel.DISTRICT, 0, true, 2026);
        List<CalendarEvent> list = events.events(BoardLevel.DISTRICT, plan);
        String first = IcsWriter.write(5, "Kilis Merkez İlçe GKK", list, Instant.parse("2026-01-01T00:00:00Z"));
        String second = IcsWriter.write(5, "Kilis Merkez İlçe GKK", list, Instant.parse("2026-02-01T00:00:00Z"));
        Map<String, VEvent> events = byUid(parse(first));
        assertThat(events.keySet()).isEqualTo(byUid(parse(second)).keySet());
        assertThat(start(events.get("kurul-board-5-2026-08-DISTRICT_BOARD-late@kurul.goc.gov.tr"))).isEqualTo(d("2026-10-30"));
        assertThat(start(events.get("kurul-board-5-2026-02-DISTRICT_BOARD-meeting@kurul.goc.gov.tr"))).isEqualTo(d("2026-02-02"));
        assertThat(events.keySet()).noneMatch(uid -> uid.contains("annual-report"));
    }
}
