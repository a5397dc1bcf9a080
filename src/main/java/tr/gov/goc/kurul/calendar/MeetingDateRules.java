package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule checks the meeting processes call (directly or through the delegates {@code validateMeetingDate} and
 * {@code computeMeetingDeadlines}): is a chosen date valid for its planned window (R6.9, R7.1, R7.2, R8.1, R8.3), a
 * working day (R-DATES), and can members still be notified in time (R11.3, R11.4)? Each failure is its own Turkish
 * sentence. Policy values are those as of {@code plannedOn} (R15.3; null = today).
 */
@Service
@Transactional(readOnly = true)
public class MeetingDateRules {

    private final StatutoryCalendar calendar;

    MeetingDateRules(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    public MeetingDateVerdict validate(PlannedMeeting planned, LocalDate chosen, LocalDate plannedOn) {
        return validate(planned, chosen, plannedOn, calendar.today());
    }

    /** As {@link #validate(PlannedMeeting, LocalDate, LocalDate)} with an explicit "today". */
    public MeetingDateVerdict validate(PlannedMeeting planned, LocalDate chosen, LocalDate plannedOn, LocalDate today) {
        CalendarPolicy policy = calendar.policyAsOf(plannedOn);
        return new MeetingDateCheck(calendar.arithmetic(), policy).check(planned, chosen, today);
    }

    /** Builds the planned window from its parts (as a process keeps them in variables) and validates. */
    public MeetingDateVerdict validate(MeetingType type, LocalDate chosen, LocalDate windowStart, LocalDate windowEnd,
                                       LocalDate lateDeadline, LocalDate plannedOn) {
        PlannedMeeting planned = new PlannedMeeting(type, windowStart, windowEnd, null, lateDeadline);
        return validate(planned, chosen, plannedOn);
    }

    /**
     * The days from the window's start to {@code last} that {@link #validate(PlannedMeeting, LocalDate, LocalDate,
     * LocalDate)} accepts, in order: what a form may offer for this meeting.
     */
    public java.util.List<LocalDate> permittedDays(PlannedMeeting planned, LocalDate last, LocalDate plannedOn, LocalDate today) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate day = planned.windowStart(); !day.isAfter(last); day = day.plusDays(1)) {
            if (validate(planned, day, plannedOn, today).valid()) {
                days.add(day);
            }
        }
        return days;
    }

    public MeetingDeadlines deadlines(MeetingType type, LocalDate meetingDate, LocalDate plannedOn) {
        return calendar.deadlines(type, meetingDate, plannedOn);
    }
}
