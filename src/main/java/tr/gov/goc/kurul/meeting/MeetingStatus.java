package tr.gov.goc.kurul.meeting;

/** Where a board meeting stands in its cycle; NOT_HELD: a district meeting that passed its last possible day (R8.3). */
public enum MeetingStatus {
    PLANNED, AGENDA_COMPILED, SCHEDULED, HELD, MINUTES_SIGNED, CLOSED, NOT_HELD
}
