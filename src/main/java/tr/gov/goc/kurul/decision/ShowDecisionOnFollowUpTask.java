package tr.gov.goc.kurul.decision;

import static tr.gov.goc.kurul.decision.FollowUpVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the decision's text, justification, aim and deadline, and the institution's previous report, on the
 * follow-up task as task-local variables: the form shows them, the process keeps only ids (R5.6).
 */
@Component("showDecisionOnFollowUpTask")
class ShowDecisionOnFollowUpTask implements TaskListener {

    private final Decisions decisions;

    ShowDecisionOnFollowUpTask(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        long decisionId = longOf(task, DECISION_ID);
        long institutionId = longOf(task, INSTITUTION_ID);
        Decision decision = decisions.decision(decisionId);
        task.setVariableLocal(DECISION_TEXT, decision.getText());
        task.setVariableLocal(DECISION_JUSTIFICATION, decision.getJustification());
        task.setVariableLocal(DECISION_AIM, decision.getAim());
        task.setVariableLocal(DECISION_DEADLINE, decision.getDeadline().toString());
        task.setVariableLocal(PREVIOUS_REPORT, decisions.latestReport(decisionId, institutionId)
                .map(r -> r.getReportedAt().atZone(ISTANBUL).toLocalDate() + ": " + r.getStatus().turkish()
                        + (r.getNote() == null ? "" : " — " + r.getNote()))
                .orElse("Henüz rapor verilmedi."));
    }
}
