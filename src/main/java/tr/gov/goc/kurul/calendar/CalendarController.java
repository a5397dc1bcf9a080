package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.calendar.CalendarViews.AnnualReportView;
import tr.gov.goc.kurul.calendar.CalendarViews.DeadlinesView;
import tr.gov.goc.kurul.calendar.CalendarViews.PlanView;
import tr.gov.goc.kurul.calendar.CalendarViews.WarningsView;
import tr.gov.goc.kurul.calendar.CalendarViews.WorkingDayView;

/**
 * Calendar questions of the circular: plans (R6.9, R7.1, R7.2, R8.1–R8.3), deadlines (R10.1, R10.2,
 * R11.3, R11.4, R12.2–R12.6), working days (R-DATES), the annual report deadline (R13.3) and the holiday table
 * warnings. {@code plannedOn} (optional) picks the policy values in force on that date (R15.3).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final StatutoryCalendar calendar;
    private final HolidayCoverage coverage;

    CalendarController(StatutoryCalendar calendar, HolidayCoverage coverage) {
        this.calendar = calendar;
        this.coverage = coverage;
    }

    @GetMapping("/plan")
    PlanView plan(@RequestParam(required = false) String level,
                  @RequestParam(required = false) String foreignPopulation,
                  @RequestParam(required = false) String borderDistrict,
                  @RequestParam(required = false) String year,
                  @RequestParam(required = false) String plannedOn) {
        BoardLevel boardLevel = CalendarParams.enumValue(BoardLevel.class, level, "level");
        int population = CalendarParams.population(foreignPopulation, "foreignPopulation");
        boolean border = CalendarParams.bool(borderDistrict, "borderDistrict", false);
        int planYear = CalendarParams.year(year, "year", calendar.today().getYear());
        LocalDate asOf = CalendarParams.optionalDate(plannedOn, "plannedOn");
        return PlanView.of(calendar.plan(boardLevel, population, border, planYear, asOf));
    }

    @GetMapping("/deadlines")
    DeadlinesView deadlines(@RequestParam(required = false) String type,
                            @RequestParam(required = false) String meetingDate,
                            @RequestParam(required = false) String plannedOn) {
        MeetingType meetingType = CalendarParams.enumValue(MeetingType.class, type, "type");
        LocalDate date = CalendarParams.date(meetingDate, "meetingDate");
        LocalDate asOf = CalendarParams.optionalDate(plannedOn, "plannedOn");
        return DeadlinesView.of(calendar.deadlines(meetingType, date, asOf));
    }

    @GetMapping("/working-day")
    WorkingDayView workingDay(@RequestParam(required = false) String date) {
        return WorkingDayView.of(calendar.workingDay(CalendarParams.date(date, "date")));
    }

    /** R13.3: the annual evaluation report of {@code year} is due in the platform by 31 January of the next year, or the next working day (R-DATES). */
    @GetMapping("/annual-report-deadline")
    AnnualReportView annualReportDeadline(@RequestParam(required = false) String year) {
        int reportYear = CalendarParams.year(year, "year", calendar.today().getYear() - 1);
        return new AnnualReportView(reportYear, calendar.annualReportDeadline(reportYear));
    }

    @GetMapping("/warnings")
    WarningsView warnings() {
        return WarningsView.of(coverage.report());
    }
}
