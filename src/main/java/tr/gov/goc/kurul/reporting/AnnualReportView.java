package tr.gov.goc.kurul.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An Ek-3 annual evaluation report as a reader (or a PDF renderer) sees it: the evaluated year and province, the
 * current narrative (R13.4), the year's provincial and district meetings and decisions with their final follow-up
 * status (R5.12), the board's decision (R13.2), the approval and the platform entry (R13.3).
 *
 * @param content        the latest submitted version's text; the pre-filled draft while nothing was submitted yet
 * @param currentVersion null while nothing was submitted
 * @param boardDecision  the latest board decision; {@code boardDecisions} every one, oldest first (a rejection, then
 *                       the later meeting that decided on the revised report)
 */
public record AnnualReportView(int plateCode, String provinceName, int year, String businessKey, AnnualReportStatus status,
                               String statusLabel, LocalDate draftDueDate, LocalDate platformEntryDueDate,
                               Integer currentVersion, AnnualReportContent content, List<VersionRow> versions,
                               List<MeetingRow> meetings, List<DecisionRow> decisions, Summary summary,
                               BoardDecisionRow boardDecision, Approval approval, PlatformEntry platformEntry,
                               List<BoardDecisionRow> boardDecisions) {

    public record VersionRow(int number, String preparedBy, Instant preparedAt) {
    }

    /** @param level "İl" or "İlçe" */
    public record MeetingRow(String meetingKey, String title, String level, LocalDate meetingDate, String status) {
    }

    /** @param outcome Uygulandı / Uygulanamadı / Sürüyor (R13.4) */
    public record DecisionRow(String label, String meetingKey, String level, String text, LocalDate deadline,
                              String outcome, List<InstitutionRow> institutions) {

        public boolean notImplemented() {
            return OUTCOME_NOT_IMPLEMENTED.equals(outcome);
        }

        public boolean unsolved() {
            return OUTCOME_ONGOING.equals(outcome);
        }
    }

    /** @param status null while the institution has not reported */
    public record InstitutionRow(String institutionName, String status, String statusLabel, String reason, String note) {
    }

    public record Summary(int provincialMeetings, int districtMeetings, int decisions, int implemented, int notImplemented,
                          int ongoing) {
    }

    /** @param decision APPROVED or REJECTED */
    public record BoardDecisionRow(String meetingKey, String decision, String decisionLabel, LocalDate decidedOn, String note,
                                   String recordedBy) {
    }

    public record Approval(Integer version, String approvedBy, LocalDate approvedOn) {
    }

    public record PlatformEntry(LocalDate dueDate, LocalDate enteredOn, String enteredBy, Integer version, String note) {
    }

    public static final String OUTCOME_IMPLEMENTED = "Uygulandı";
    public static final String OUTCOME_NOT_IMPLEMENTED = "Uygulanamadı";
    public static final String OUTCOME_ONGOING = "Sürüyor";
}
