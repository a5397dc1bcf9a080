package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.decision.FollowUps;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * The decisions of a meeting, one per form: KARAR-n with decision, justification, aim, responsible institutions and
 * a deadline (R12.1, Ek-1). R10.9: where the agenda raised a risk, the meeting must take a decision on it.
 */
final class MeetingDecisions {

    static final List<String> FORM_FIELDS = List.of("decisionAction", "decisionText", "decisionJustification", "decisionAim",
            "decisionDeadline", "responsibleInstitutions", "decisionRiskItem", "decisionActionPlanUpdate");

    private MeetingDecisions() {
    }

    @Component("prepareDecisionForm")
    static class Prepare implements TaskListener {

        private final MeetingRecords records;
        private final Institutions institutions;
        private final Decisions decisions;

        Prepare(MeetingRecords records, Institutions institutions, Decisions decisions) {
            this.records = records;
            this.institutions = institutions;
            this.decisions = decisions;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            // a district board assigns its decisions to the district's institutions (R4.3, R5.5)
            List<Map<String, String>> options = (meeting.isDistrict() ? institutions.ofDistrict(meeting.getDistrictId())
                    : institutions.ofProvince(meeting.getPlateCode())).stream()
                    .map(i -> Map.of("label", i.getName(), "value", String.valueOf(i.getId()))).toList();
            task.setVariable("institutionOptions", FormValues.json(options));
            int next = decisions.ofMeeting(meeting.getMeetingKey()).size() + 1;
            task.setVariable("decisionsSoFar", next - 1);
            task.setVariable("nextDecisionLabel", "KARAR-" + next);
        }
    }

    @Component("recordMeetingDecision")
    static class Record implements TaskListener {

        private final MeetingRecords records;
        private final Decisions decisions;
        private final ActionPlans actionPlans;
        private final Clock clock;

        Record(MeetingRecords records, Decisions decisions, ActionPlans actionPlans, Clock clock) {
            this.records = records;
            this.decisions = decisions;
            this.actionPlans = actionPlans;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            boolean record = !"none".equals(FormValues.text(task.getVariable("decisionAction")));
            boolean more = record && FormValues.flag(task.getVariable("moreDecisions"));
            if (record) {
                Set<Long> responsible = Set.copyOf(FormValues.ids(task.getVariable("responsibleInstitutions"), "kurum"));
                LocalDate deadline = FormValues.date(task.getVariable("decisionDeadline"), "Süre");
                try {
                    decisions.record(meeting.getMeetingKey(), meeting.getPlateCode(),
                            FormValues.optionalText(task.getVariable("decisionText"), "Karar", 4000),
                            FormValues.optionalText(task.getVariable("decisionJustification"), "Gerekçe", 4000),
                            FormValues.optionalText(task.getVariable("decisionAim"), "Amaç", 4000),
                            deadline, responsible, FormValues.flag(task.getVariable("decisionRiskItem")),
                            FormValues.flag(task.getVariable("decisionActionPlanUpdate")),
                            meeting.getMeetingDate() != null ? meeting.getMeetingDate() : LocalDate.now(clock));
                } catch (InvalidInputException e) {
                    throw new TaskInputException(e.getMessage());
                }
            }
            if (!more && FormValues.flag(task.getVariable("agendaHasRisk"))
                    && decisions.ofMeeting(meeting.getMeetingKey()).stream().noneMatch(d -> d.decision().isRiskItem())) {
                // R10.9: a risk found on the agenda needs a decision
                throw new TaskInputException("Gündemde risk tespit edilen bir olay var: kurul bu konuda karar almalıdır (R10.9). "
                        + "Kararı kaydederken \"Risk tespit edilen olaya ilişkin karar\" kutusunu işaretleyin.");
            }
            // R5.13: "15 gün süre verilir" — the İl GİM's fifteen days run from the board's decision, not from the minutes
            actionPlans.startUpdatesFor(meeting.getMeetingKey());
            task.getExecution().removeVariables(FORM_FIELDS);
            task.setVariable("moreDecisions", more);
        }
    }

    /**
     * R5.5, R5.6: each decision is followed up with each responsible institution until it is done; R5.13: a decision
     * marked "eylem planı güncellensin" starts the province's action plan update.
     */
    @Component("startDecisionFollowUps")
    static class StartFollowUps implements JavaDelegate {

        private final Decisions decisions;
        private final FollowUps followUps;
        private final ActionPlans actionPlans;

        StartFollowUps(Decisions decisions, FollowUps followUps, ActionPlans actionPlans) {
            this.decisions = decisions;
            this.followUps = followUps;
            this.actionPlans = actionPlans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = (String) execution.getVariable(CycleVariables.MEETING_KEY);
            int started = 0;
            for (DecisionStatus status : decisions.ofMeeting(key)) {
                started += followUps.start(status.decision().getId()).size();
            }
            execution.setVariable("followUpsStarted", started);
            execution.setVariable("actionPlanUpdatesStarted", actionPlans.startUpdatesFor(key).size()); // R5.13
        }
    }

}
