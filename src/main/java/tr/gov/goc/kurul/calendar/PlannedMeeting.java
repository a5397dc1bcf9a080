package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;

/**
 * One ordinary meeting of a yearly plan.
 *
 * @param windowStart   first day the meeting may be held (R6.9: day 1; boards: first day of the window)
 * @param windowEnd     last day of the window (R6.9: day 7, or the R6.9 day when days 1–7 hold no working day;
 *                      provincial board: last day of the month; district board: last day of the window)
 * @param proposedDate  R6.9 day for the sub-commission; the first working day of the window for a board
 * @param lateDeadline  R8.3 for district boards (last working day of the month after the window), otherwise null
 */
public record PlannedMeeting(MeetingType type, LocalDate windowStart, LocalDate windowEnd, LocalDate proposedDate,
                             LocalDate lateDeadline) {

    /** The last day on which the meeting may still be held: the R8.3 late deadline if any, else the window end. */
    public LocalDate latestDate() {
        return lateDeadline != null ? lateDeadline : windowEnd;
    }
}
