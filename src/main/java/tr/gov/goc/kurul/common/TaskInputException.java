package tr.gov.goc.kurul.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown by a task listener when a submitted form breaks a rule: the completion rolls back, the task stays
 * open with everything the user entered, and Tasklist shows this Turkish message — beside the form field it is
 * about when the refusal names one.
 */
public class TaskInputException extends ProcessEngineException {

    /** The last refusal of this thread: lets the REST layer answer 400 with it however Camunda wrapped it. */
    private static final ThreadLocal<TaskInputException> LAST = new ThreadLocal<>();

    private final String field;

    public TaskInputException(String turkishMessage) {
        this(null, turkishMessage);
    }

    /** A refusal about one form field (its key in the Camunda Form), shown beside that field. */
    public TaskInputException(String field, String turkishMessage) {
        super(turkishMessage);
        this.field = field;
        LAST.set(this);
    }

    /** The form field's key this refusal is about, or null. */
    public String field() {
        return field;
    }

    /** The Turkish message of the last refusal in this thread, if any, and forgets it. */
    public static String takeLast() {
        TaskInputException last = takeLastRefusal();
        return last == null ? null : last.getMessage();
    }

    /** The last refusal in this thread (message and field), if any, and forgets it. */
    public static TaskInputException takeLastRefusal() {
        TaskInputException last = LAST.get();
        LAST.remove();
        return last;
    }
}
