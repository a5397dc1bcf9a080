package tr.gov.goc.kurul.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the calendar API; null fields are written as null, never left out. */
final class CalendarViews {

    private CalendarViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanView(int year, List<MeetingView> meetings) {
        static PlanView of(MeetingPlan plan) {
            return new PlanView(plan.year(), plan.meetings().stream().map(MeetingView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MeetingView(MeetingType type, LocalDate windowStart, LocalDate windowEnd, LocalDate proposedDate, LocalDate lateDeadline) {
        static MeetingView of(PlannedMeeting m) {
            return new MeetingView(m.type(), m.windowStart(), m.windowEnd(), m.proposedDate(), m.lateDeadline());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeadlinesView(LocalDate agendaOpensOn, LocalDate agendaDueDate, LocalDate noticeDueDate,
                         LocalDate minutesDistributionDueDate, LocalDate platformEntryDueDate) {
        static DeadlinesView of(MeetingDeadlines d) {
            return new DeadlinesView(d.agendaOpensOn(), d.agendaDueDate(), d.noticeDueDate(),
                    d.minutesDistributionDueDate(), d.platformEntryDueDate());
        }
    }

    record WorkingDayView(LocalDate date, boolean working, List<String> reasons) {
        static WorkingDayView of(WorkingDay d) {
            return new WorkingDayView(d.date(), d.working(), d.reasons());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DayOffView(LocalDate date, DayType type, DayPart part, String name, String source, String status, boolean fixed) {
        static DayOffView of(DayOff d) {
            return new DayOffView(d.date(), d.type(), d.part(), d.name(), d.source(), d.status(), d.fixed());
        }
    }

    record AnnualReportView(int year, LocalDate platformEntryDueDate) {
    }

    record WarningsView(int nextYear, List<String> warnings, List<String> notes) {
        static WarningsView of(HolidayCoverage.Report r) {
            return new WarningsView(r.nextYear(), r.warnings(), r.notes());
        }
    }
}
