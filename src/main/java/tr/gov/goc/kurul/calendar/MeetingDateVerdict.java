package tr.gov.goc.kurul.calendar;

import java.util.List;

/**
 * The result of checking a chosen meeting date: {@code errors} block the choice (each a Turkish sentence naming its
 * rule), {@code warnings} do not; {@code deadlines} are the due dates for the chosen date.
 */
public record MeetingDateVerdict(boolean valid, List<String> errors, List<String> warnings, MeetingDeadlines deadlines) {

    public MeetingDateVerdict {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
