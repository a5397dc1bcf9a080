package tr.gov.goc.kurul.agenda;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One institution's answer for a meeting, as the board cycle and the secretariat read it (immutable).
 * {@code specialRequest} is the text of a special agenda request (R10.2, R10.10), null when none was asked;
 * {@code activities} the institution's activities for foreigners (R5.3, R10.8); {@code negativeEvents} and
 * {@code riskFlag} feed the separate negative-events item, where a risk needs a decision (R10.9).
 * {@code submittedBy}/{@code submittedAt} are empty for LATE; {@code lateAt} is when the due date closed the task.
 * {@code proposalTaken}/{@code specialRequestTaken}: whether the secretariat took them onto the agenda (null: not
 * decided yet, or nothing to decide), {@code setAsideReason} why it did not.
 */
public record AgendaProposalView(String meetingKey, int plateCode, long institutionId, String institutionName,
                                 ProposalStatus status, boolean hasProposal, String topic, AgendaCategory category,
                                 String description, boolean specialRequested, String specialRequest,
                                 String activities, String negativeEvents, boolean riskFlag, String submittedBy,
                                 Instant submittedAt, Instant lateAt, Boolean proposalTaken, Boolean specialRequestTaken,
                                 String setAsideReason) {

    /** The Turkish label of the category (R10.5), or null. */
    @JsonProperty("categoryLabel")
    public String categoryLabel() {
        return category == null ? null : category.label();
    }
}
