package tr.gov.goc.kurul.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What {@code GET /api/action-plans/...} answers: the plan in force with its items, and every version. */
public final class ActionPlanViews {

    private ActionPlanViews() {
    }

    public record Plan(int plateCode, String provinceName, Version current, List<VersionSummary> versions) {
    }

    public record Version(VersionSummary version, List<Item> items) {
    }

    /** One version: number, status (with its Turkish label), who made, submitted and decided it, when and why. */
    public record VersionSummary(int number, VersionStatus status, String statusLabel, boolean inForce, String createdBy,
                                 Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy,
                                 Instant decidedAt, String decisionReason, String changeNote, String updateKey) {

        static VersionSummary of(ActionPlanVersion v, boolean inForce) {
            return new VersionSummary(v.getNumber(), v.getStatus(), v.getStatus().label(), inForce, v.getCreatedBy(),
                    v.getCreatedAt(), v.getSubmittedBy(), v.getSubmittedAt(), v.getDecidedBy(), v.getDecidedAt(),
                    v.getDecisionReason(), v.getChangeNote(), v.getUpdateKey());
        }
    }

    /** An item with the latest progress the sub-commission reported for it (R5.14), if any. */
    public record Item(String code, int position, String thematicArea, String action, String responsible,
                       LocalDate targetDate, String indicator, Integer progressPercent, String progressNote,
                       String progressMeetingKey, Instant progressRecordedAt) {
    }
}
