package tr.gov.goc.kurul.browser;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import tr.gov.goc.kurul.common.TaskInputException;

/** The spike's server-side check (a complete listener, as Kurul's modules write them): KARAR-1 is taken. */
public class RejectUsedDecisionNumber implements TaskListener {

    static final String MESSAGE = "KARAR-1 numarası bu toplantıda zaten kullanıldı; başka bir karar numarası girin.";

    @Override
    public void notify(DelegateTask task) {
        if ("KARAR-1".equals(task.getVariable("decisionNumber"))) {
            throw new TaskInputException(MESSAGE);
        }
    }
}
