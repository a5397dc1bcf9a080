package tr.gov.goc.kurul.meeting;

/**
 * Where a board meeting stands in its cycle; NOT_HELD: a district meeting that passed its last possible day (R8.3);
 * CANCELLED: the chair cancelled the scheduled meeting with a reason (R11.3, {@code meeting_change}), its cycle ended.
 */
public enum MeetingStatus {
    PLANNED, AGENDA_COMPILED, SCHEDULED, HELD, MINUTES_SIGNED, CLOSED, NOT_HELD, CANCELLED
}
