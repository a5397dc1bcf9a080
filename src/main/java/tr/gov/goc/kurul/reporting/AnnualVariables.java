package tr.gov.goc.kurul.reporting;

/** Process variables of {@code annualEvaluation} (small: keys, dates, flags; the report lives in its tables). */
final class AnnualVariables {

    static final String PLATE_CODE = "plateCode";
    static final String REPORT_YEAR = "reportYear";
    static final String REPORT_TITLE = "reportTitle";
    static final String DRAFT_DUE_DATE = "draftDueDate";
    static final String PLATFORM_ENTRY_DUE_DATE = "platformEntryDueDate";
    static final String MEETING_KEY = "meetingKey";
    static final String MEETING_TITLE = "meetingTitle";
    static final String BOARD_DECIDED = "boardDecided";
    static final String REPORT_APPROVED = "reportApproved";
    static final String RETURN_REASON = "returnReason";
    static final String REVISION_MEETING_OPTIONS = "revisionMeetingOptions";
    static final String EVIDENCE_SUMMARY = "evidenceSummary";
    static final String ANNUAL_REPORT_PDF_URL = "annualReportPdfUrl";
    static final String ANNUAL_REPORT_EXPORT_URL = "annualReportExportUrl";

    private AnnualVariables() {
    }
}
