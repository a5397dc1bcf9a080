package tr.gov.goc.kurul.meeting;

import java.util.Optional;

/**
 * Port to the reporting module (which depends on this one): the first provincial board of the year closes its agenda
 * only with the Ek-3 report on last year ready, and signs its minutes only with the board's approval or rejection of
 * that report recorded (R13.1, R13.2). A report the board rejected goes back to the board once revised: it is an item
 * of the next provincial meeting's agenda, and that meeting signs its minutes only with the board's decision on it
 * recorded. Each refusal method answers the Turkish refusal, or empty when the step may go on.
 */
public interface AnnualReportGate {

    Optional<String> agendaRefusal(Meeting firstMeetingOfYear);

    Optional<String> minutesRefusal(Meeting firstMeetingOfYear);

    /** The agenda item title of a revised Ek-3 report waiting for a board meeting (R13.2), or empty. */
    Optional<String> revisedReportAgendaItem(Meeting provincialMeeting);

    /** Refusal while a later meeting with the revised report on its agenda has not decided on it (R13.2), or empty. */
    Optional<String> revisedReportMinutesRefusal(Meeting provincialMeeting);
}
