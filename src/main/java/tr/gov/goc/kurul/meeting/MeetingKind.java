package tr.gov.goc.kurul.meeting;

/** Ordinary meetings follow the yearly plan (R7.1, R7.2); extraordinary ones are called (R7.3). */
public enum MeetingKind {
    ORDINARY, EXTRAORDINARY
}
