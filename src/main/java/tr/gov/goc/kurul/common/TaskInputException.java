package tr.gov.goc.kurul.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown by a task listener when a submitted form breaks a rule: the completion rolls back, the task stays
 * open with everything the user entered, and Tasklist shows this Turkish message.
 */
public class TaskInputException extends ProcessEngineException {

    public TaskInputException(String turkishMessage) {
        super(turkishMessage);
    }
}
