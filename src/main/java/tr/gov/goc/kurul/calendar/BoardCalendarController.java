package tr.gov.goc.kurul.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.calendar.CalendarViews.PlanView;
import tr.gov.goc.kurul.common.NotFoundException;

/**
 * A real board's yearly plan and its iCalendar feed. The board's level, foreign population and border flag come
 * from {@link BoardFacts} (implemented by the board module); an unknown board is 404.
 */
@RestController
@RequestMapping("/api/boards/{id}")
class BoardCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ObjectProvider<BoardFacts> boards;
    private final StatutoryCalendar calendar;

    BoardCalendarController(ObjectProvider<BoardFacts> boards, StatutoryCalendar calendar) {
        this.boards = boards;
        this.calendar = calendar;
    }

    @GetMapping("/plan")
    PlanView plan(@PathVariable long id, @RequestParam(required = false) String year) {
        int planYear = CalendarParams.year(year, "year", calendar.today().getYear());
        BoardProfile board = board(id);
        return PlanView.of(calendar.plan(board, planYear, null));
    }

    /** The planned meetings and their deadlines of the given year, or of this year and the next when none is given. */
    @GetMapping(value = "/calendar.ics")
    ResponseEntity<String> ics(@PathVariable long id, @RequestParam(required = false) String year) {
        List<Integer> years = new ArrayList<>();
        if (year == null || year.isBlank()) {
            int now = calendar.today().getYear();
            years.add(now);
            years.add(now + 1);
        } else {
            years.add(CalendarParams.year(year, "year", 0));
        }
        BoardProfile board = board(id);
        DeadlineArithmetic arithmetic = calendar.arithmetic();
        CalendarPolicy policy = calendar.policyAsOf(null);
        BoardCalendarEvents events = new BoardCalendarEvents(new DeadlineCalculator(arithmetic, policy));
        MeetingPlanner planner = new MeetingPlanner(arithmetic, policy);
        List<CalendarEvent> all = new ArrayList<>();
        for (int y : years) {
            all.addAll(events.events(board.level(), planner.plan(board.level(), board.foreignPopulation(), board.borderDistrict(), y)));
        }
        String body = IcsWriter.write(id, board.name() + " — Kurul takvimi", all, Instant.now(Clock.systemUTC()));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kurul-" + id + ".ics\"")
                .body(body);
    }

    private BoardProfile board(long id) {
        BoardFacts facts = boards.getIfAvailable();
        return (facts == null ? java.util.Optional.<BoardProfile>empty() : facts.profile(id))
                .orElseThrow(() -> new NotFoundException("Kurul bulunamadı: " + id));
    }
}
