package tr.gov.goc.kurul.calendar;

import java.util.List;

/** The ordinary meetings of one board (or board profile) in one year, sorted by window start. */
public record MeetingPlan(int year, List<PlannedMeeting> meetings) {

    public MeetingPlan {
        meetings = List.copyOf(meetings);
    }
}
