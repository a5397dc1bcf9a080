package tr.gov.goc.kurul.worklist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * No task is overdue when it is created: a step that starts after the day its due date was computed for (a process
 * started late, e.g. a sub-commission planned inside its own first week) is due at the end of today's working hours
 * instead (17:30, or the next day's 17:30 when it is created after that). The statutory deadline itself is kept where
 * the process keeps it (its variables, the meeting's record) and the dashboard judges lateness by it.
 */
final class DueAfterCreation {

    private static final ZoneId BOARDS = ZoneId.of("Europe/Istanbul");
    private static final LocalTime END_OF_WORK = LocalTime.of(17, 30);

    private DueAfterCreation() {
    }

    static void apply(DelegateTask task) {
        Date due = task.getDueDate();
        Date now = ClockUtil.getCurrentTime();
        if (due != null && due.before(now)) {
            task.setDueDate(earliestDue(now));
        }
    }

    static Date earliestDue(Date now) {
        ZonedDateTime at = now.toInstant().atZone(BOARDS);
        LocalDate day = at.toLocalTime().isBefore(END_OF_WORK) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        return Date.from(day.atTime(END_OF_WORK).atZone(BOARDS).toInstant());
    }
}
