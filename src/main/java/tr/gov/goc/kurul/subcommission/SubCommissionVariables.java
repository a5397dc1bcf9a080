package tr.gov.goc.kurul.subcommission;

/** The process variables of subCommissionMeeting (docs/processes.md). */
final class SubCommissionVariables {

    // in (from the board cycle)
    static final String PLATE_CODE = "plateCode";
    static final String MEETING_KEY = "meetingKey";
    static final String MINUTES_PDF_URL = "subCommissionMinutesPdfUrl";
    static final String PARTICIPANTS_PDF_URL = "subCommissionParticipantsPdfUrl";
    static final String MEETING_TITLE = "meetingTitle";
    static final String WINDOW_START = "windowStart";
    static final String WINDOW_END = "windowEnd";
    static final String PLANNED_ON = "plannedOn";

    // set by the process
    static final String SECRETARIAT_GROUP = "secretariatGroup";
    static final String PROPOSED_DATE = "proposedDate";
    /** The proposed day as the form shows it (GG.AA.YYYY and weekday), or why there is none. */
    static final String PROPOSED_DATE_TEXT = "proposedDateText";
    static final String SCHEDULE_DUE_DATE = "scheduleDueDate";
    static final String MEETING_DATE = "meetingDate";
    static final String MEETING_TIME = "meetingTime";
    static final String MEETING_PLACE = "meetingPlace";
    static final String MEETING_STARTS_AT = "meetingStartsAt";
    static final String MEETING_SUMMARY = "meetingSummary";
    static final String MEETING_DATE_WARNINGS = "meetingDateWarnings";
    static final String NOTICE_DUE_DATE = "noticeDueDate";
    static final String PLATFORM_ENTRY_DUE_DATE = "platformEntryDueDate";
    static final String NOTICE_COUNT = "noticeCount";
    static final String LIAISON_OPTIONS = "liaisonOptions";
    static final String PARTICIPANT_COUNT = "participantCount";
    static final String PLATFORM_ENTERED_BY = "platformEnteredBy";
    static final String PLATFORM_RECORDED_AT = "platformRecordedAt";

    // form fields
    static final String CHAIRED_BY = "chairedBy";
    static final String ATTENDEES = "attendees";
    static final String TOPICS = "topicsDiscussed";
    static final String NO_FINDINGS = "noFindings";
    static final String PROBLEMS = "problems";
    static final String PROPOSALS = "proposals";
    static final String ACTION_PLAN_MONITORING = "actionPlanMonitoring";
    /** R5.14: progress per item of the plan in force, lines "EP-1 | 40 | açıklama" (optional). */
    static final String ACTION_PLAN_PROGRESS = "actionPlanProgress";
    static final String ACTION_PLAN_ROWS = "actionPlanRows";
    static final String PLATFORM_ENTERED = "platformEntered";
    static final String PLATFORM_ENTERED_ON = "platformEnteredOn";
    static final String PLATFORM_NOTE = "platformNote";

    private SubCommissionVariables() {
    }

    static int plateCode(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return Integer.parseInt(scope.getVariable(PLATE_CODE).toString().trim());
    }

    static String string(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
