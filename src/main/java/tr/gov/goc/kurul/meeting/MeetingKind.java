package tr.gov.goc.kurul.meeting;

/**
 * Ordinary meetings follow the yearly plan (R7.1, R7.2, R8.1); extraordinary ones are called (R7.3, R8.4); a district
 * below the threshold meets at the Kaymakam's discretion (R8.2).
 */
public enum MeetingKind {
    ORDINARY, EXTRAORDINARY, DISCRETIONARY
}
