package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads and writes dates and meeting types in process variables. Dates are written as ISO strings
 * ({@code YYYY-MM-DD}, what Camunda Forms' date fields use); they are read from such strings, {@link LocalDate}
 * or {@link Date} values.
 */
final class ProcessDates {

    private ProcessDates() {
    }

    static LocalDate required(DelegateExecution execution, String name) {
        LocalDate value = optional(execution, name);
        if (value == null) {
            throw new IllegalArgumentException("Süreç değişkeni '" + name + "' eksik (YYYY-AA-GG tarih bekleniyor).");
        }
        return value;
    }

    static LocalDate optional(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(Today.ISTANBUL).toLocalDate();
        }
        try {
            String text = value.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Süreç değişkeni '" + name + "' tarih değil: " + value);
        }
    }

    static MeetingType meetingType(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalArgumentException("Süreç değişkeni '" + name + "' eksik.");
        }
        try {
            return MeetingType.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Süreç değişkeni '" + name + "' geçersiz: " + value
                    + " (SUB_COMMISSION, PROVINCIAL_BOARD, DISTRICT_BOARD bekleniyor).");
        }
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The date whose policy values apply (R15.3): the process's {@code plannedOn}, pinned to today on first use. */
    static LocalDate plannedOn(DelegateExecution execution, LocalDate today) {
        LocalDate plannedOn = optional(execution, ValidateMeetingDateDelegate.PLANNED_ON);
        if (plannedOn == null) {
            plannedOn = today;
            execution.setVariable(ValidateMeetingDateDelegate.PLANNED_ON, iso(plannedOn));
        }
        return plannedOn;
    }
}
