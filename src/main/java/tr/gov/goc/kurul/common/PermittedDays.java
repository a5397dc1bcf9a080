package tr.gov.goc.kurul.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The days a date field of a task's form accepts, so that Tasklist offers only those (the listener that checks the
 * completion stays the authority; this only spares the user a refusal). Each module answers for its own tasks.
 */
public interface PermittedDays {

    /**
     * Form field key → the permitted days in ascending order, for this task; empty when the task is not this
     * module's or has no restricted date field.
     */
    Map<String, List<LocalDate>> of(String processDefinitionKey, String taskDefinitionKey, Map<String, Object> variables);
}
