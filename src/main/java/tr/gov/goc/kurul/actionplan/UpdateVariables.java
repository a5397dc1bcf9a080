package tr.gov.goc.kurul.actionplan;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Variable names of actionPlanUpdate (docs/processes.md). Dates are ISO strings. */
final class UpdateVariables {

    static final String DECISION_ID = "decisionId";
    static final String DECISION_LABEL = "decisionLabel";
    static final String DECISION_TEXT = "decisionText";
    static final String UPDATE_TITLE = "updateTitle";
    static final String STARTED_ON = "startedOn";
    static final String UPDATE_DUE_DATE = "updateDueDate";
    static final String REMINDER_AT = "reminderAt";
    static final String OPINION_DUE_DATE = "opinionDueDate";
    static final String INSTITUTION_IDS = "opinionInstitutionIds";
    static final String INSTITUTION_ID = "institutionId";
    static final String INSTITUTION_NAME = "institutionName";
    static final String LIAISON_GROUP = "liaisonGroup";
    static final String SECRETARIAT_GROUP = "secretariatGroup";
    static final String CHAIR_GROUP = "chairGroup";
    static final String PLAN_ROWS = "planRows";
    static final String VERSION_SUBMITTED = "versionSubmitted";
    static final String VERSION_APPROVED = "versionApproved";
    static final String VERSION_NUMBER = "versionNumber";
    /** R5.13: the first meeting of the year approves the plan (true); an update is approved by the chair (false). */
    static final String APPROVED_BY_BOARD = "approvedByBoard";
    static final String PREPARATION_FOR = "preparationFor";

    private UpdateVariables() {
    }

    static int plateCode(VariableScope scope) {
        return ((Number) scope.getVariable("plateCode")).intValue();
    }
}
