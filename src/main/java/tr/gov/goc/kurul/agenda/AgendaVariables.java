package tr.gov.goc.kurul.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code agendaCollection} (docs/processes.md) and the times of day it uses. Dates are ISO strings;
 * the engine reads {@code 2026-03-31T17:30:00} in the server's time zone, and so does this class.
 */
final class AgendaVariables {

    static final String PROCESS_KEY = "agendaCollection";

    // in
    static final String PLATE_CODE = "plateCode";
    static final String MEETING_KEY = "meetingKey";
    static final String MEETING_TITLE = "meetingTitle";
    static final String AGENDA_OPENS_ON = "agendaOpensOn";
    static final String AGENDA_DUE_DATE = "agendaDueDate";
    static final String PLANNED_ON = "plannedOn";

    // set by prepareAgendaCollection
    static final String INSTITUTION_IDS = "agendaInstitutionIds";
    static final String REMINDER_AT = "agendaReminderAt";

    // local to each institution's branch
    static final String INSTITUTION_ID = "institutionId";
    static final String INSTITUTION_NAME = "institutionName";
    static final String LIAISON_GROUP = "liaisonGroup";

    /** Working hours end at 17:30: a task due on a day is due at the end of that working day (R-DATES). */
    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 30);
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private AgendaVariables() {
    }

    static int plateCode(VariableScope scope) {
        Object value = scope.getVariable(PLATE_CODE);
        if (value == null) {
            throw new IllegalStateException("agendaCollection: plateCode değişkeni yok.");
        }
        return Integer.parseInt(value.toString().trim());
    }

    static String meetingKey(VariableScope scope) {
        Object value = scope.getVariable(MEETING_KEY);
        if (value != null && !value.toString().isBlank()) {
            return value.toString();
        }
        if (scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        throw new IllegalStateException("agendaCollection: meetingKey değişkeni yok.");
    }

    static String meetingTitle(VariableScope scope) {
        Object value = scope.getVariable(MEETING_TITLE);
        return value == null ? meetingKey(scope) : value.toString();
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("agendaCollection: " + name + " YYYY-AA-GG biçiminde olmalı: " + value, e);
        }
    }

    static LocalDate dueDate(VariableScope scope) {
        LocalDate due = date(scope, AGENDA_DUE_DATE);
        if (due == null) {
            throw new IllegalStateException("agendaCollection: agendaDueDate değişkeni yok.");
        }
        return due;
    }

    static LocalDateTime dueMoment(LocalDate due) {
        return due.atTime(END_OF_WORKING_DAY);
    }

}
