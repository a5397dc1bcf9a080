package tr.gov.goc.kurul.decision;

import java.util.List;

/**
 * A decision with the latest follow-up report of each responsible institution: what the next meeting evaluates (R5.7).
 *
 * @param label e.g. "KARAR-3 (Gaziantep 2026/2)"
 */
public record DecisionStatus(Decision decision, String label, List<InstitutionStatus> institutions) {

    /** Open while some responsible institution has not reported it done or impossible. */
    public boolean isOpen() {
        return institutions.stream().anyMatch(i -> i.status() == null || !i.status().isFinal());
    }

    /**
     * @param latestReport null until the institution reported
     */
    public record InstitutionStatus(long institutionId, String institutionCode, String institutionName, FollowUpReport latestReport) {

        /** The latest reported status; null while nothing was reported. */
        public FollowUpStatus status() {
            return latestReport == null ? null : latestReport.getStatus();
        }
    }
}
