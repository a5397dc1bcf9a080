package tr.gov.goc.kurul.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown by a task listener when a submitted form breaks a rule: the completion rolls back, the task stays
 * open with everything the user entered, and Tasklist shows this Turkish message.
 */
public class TaskInputException extends ProcessEngineException {

    /** The last refusal of this thread: lets the REST layer answer 400 with it however Camunda wrapped it. */
    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    public TaskInputException(String turkishMessage) {
        super(turkishMessage);
        LAST.set(turkishMessage);
    }

    /** The Turkish message of the last refusal in this thread, if any, and forgets it. */
    public static String takeLast() {
        String last = LAST.get();
        LAST.remove();
        return last;
    }
}
