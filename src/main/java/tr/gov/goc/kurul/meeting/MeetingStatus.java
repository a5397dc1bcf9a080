package tr.gov.goc.kurul.meeting;

/** Where a board meeting stands in its cycle. */
public enum MeetingStatus {
    PLANNED, AGENDA_COMPILED, SCHEDULED, HELD, MINUTES_SIGNED, CLOSED
}
