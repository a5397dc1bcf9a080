package tr.gov.goc.kurul.meeting;

import java.util.Optional;

/**
 * Port to the reporting module (which depends on this one): the first provincial board of the year closes its agenda
 * only with the Ek-3 report on last year ready, and signs its minutes only with the board's approval or rejection of
 * that report recorded (R13.1, R13.2). Each method answers the Turkish refusal, or empty when the step may go on.
 */
public interface AnnualReportGate {

    Optional<String> agendaRefusal(Meeting firstMeetingOfYear);

    Optional<String> minutesRefusal(Meeting firstMeetingOfYear);
}
