package tr.gov.goc.kurul.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The names of decisionFollowUp's process variables (docs/processes.md) and how they are read. */
final class FollowUpVariables {

    static final String PROCESS_KEY = "decisionFollowUp";

    static final String PLATE_CODE = "plateCode";
    static final String DECISION_ID = "decisionId";
    static final String INSTITUTION_ID = "institutionId";
    static final String INSTITUTION_NAME = "institutionName";
    static final String CANDIDATE_GROUP = "candidateGroup";
    static final String DECISION_LABEL = "decisionLabel";
    static final String REPORT_DUE_DATE = "reportDueDate";
    static final String ESCALATION_DATE = "escalationDate";
    /** R15.3: the day the follow-up started; its policy numbers apply for the whole follow-up. */
    static final String PLANNED_ON = "plannedOn";

    // the form's fields (forms/decision-follow-up.form)
    static final String STATUS = "followUpStatus";
    static final String NOTE = "followUpNote";
    static final String REASON = "followUpReason";
    static final String EVIDENCE = "followUpEvidence";

    // shown on the task, task-local (not kept in the process)
    static final String DECISION_TEXT = "decisionText";
    static final String DECISION_JUSTIFICATION = "decisionJustification";
    static final String DECISION_AIM = "decisionAim";
    static final String DECISION_DEADLINE = "decisionDeadline";
    static final String PREVIOUS_REPORT = "previousReport";

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private FollowUpVariables() {
    }

    static long longOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Süreç değişkeni '" + name + "' eksik.");
        }
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
    }

    static LocalDate dateOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim().substring(0, 10));
    }

    static String textOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
