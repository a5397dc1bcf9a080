package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;

/**
 * The due dates around one meeting. A field the rules do not give for the meeting type is null (the sub-commission
 * has no agenda collection and no distribution of minutes).
 *
 * @param agendaOpensOn              agenda proposal collection opens: agendaDueDate − lead time, or the working day before
 * @param agendaDueDate              R10.1/R10.2: meeting − 15, or the working day before
 * @param noticeDueDate              R11.3 (boards, 5) / R11.4 (sub-commission, 3): meeting − N, or the working day before
 * @param minutesDistributionDueDate R12.2 (provincial) / R12.4, R12.5 (district): meeting + 15, or the next working day
 * @param platformEntryDueDate       R12.3 / R12.5 / R12.6: the meeting month's last day, or the next working day (R-DATES)
 */
public record MeetingDeadlines(LocalDate agendaOpensOn, LocalDate agendaDueDate, LocalDate noticeDueDate,
                               LocalDate minutesDistributionDueDate, LocalDate platformEntryDueDate) {
}
