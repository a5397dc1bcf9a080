package tr.gov.goc.kurul.meeting;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * R5.13: "Yerel Uyum Eylem Planı … yılın ilk kurul toplantısında onaylanır" — at the first board of the year the
 * secretariat records the board's decision on the plan the İl GİM prepared with the institutions.
 */
final class BoardApprovesActionPlan {

    private BoardApprovesActionPlan() {
    }

    /** Create: the version submitted for this meeting, or why there is none. */
    @Component("prepareActionPlanBoardDecision")
    static class Prepare implements TaskListener {

        private final ActionPlans actionPlans;

        Prepare(ActionPlans actionPlans) {
            this.actionPlans = actionPlans;
        }

        @Override
        public void notify(DelegateTask task) {
            String key = (String) task.getVariable(CycleVariables.MEETING_KEY);
            var submitted = actionPlans.submittedFor(key);
            task.setVariable("actionPlanSummary", submitted.map(ActionPlans.SubmittedPlan::summary)
                    .orElse("İl Göç İdaresi Müdürlüğü bu toplantı için planı henüz sunmadı."));
            task.setVariable("actionPlanRows", FormValues.json(submitted.map(ActionPlans.SubmittedPlan::rows).orElse(List.of())));
        }
    }

    /** Complete: approved (the plan in force) or not, with the board's reason. */
    @Component("recordActionPlanBoardDecision")
    static class Record implements TaskListener {

        private final ActionPlans actionPlans;
        private final IdentityService identityService;

        Record(ActionPlans actionPlans, IdentityService identityService) {
            this.actionPlans = actionPlans;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            String decision = FormValues.text(task.getVariable("actionPlanDecision"));
            if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
                throw new TaskInputException("actionPlanDecision", "Kurulun eylem planı kararını seçin.");
            }
            String reason = FormValues.optionalText(task.getVariable("actionPlanReason"), "Gerekçe", 2000);
            try {
                actionPlans.recordBoardDecision((String) task.getVariable(CycleVariables.MEETING_KEY), "APPROVE".equals(decision),
                        reason, Actors.current(identityService));
            } catch (InvalidInputException e) {
                throw new TaskInputException(e.field(), e.getMessage());
            }
            task.getExecution().removeVariables(List.of("actionPlanRows", "actionPlanSummary"));
        }
    }
}
