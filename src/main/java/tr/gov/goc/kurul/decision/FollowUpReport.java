package tr.gov.goc.kurul.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One report of a responsible institution on a decision (R5.6); never changed, the latest one counts (R5.7). */
@Entity
@Table(name = "follow_up_report")
public class FollowUpReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long decisionId;

    private long institutionId;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private String note;

    /** Why it cannot be done; required for {@link FollowUpStatus#CANNOT_BE_DONE}. */
    private String reason;

    /** Evidence: a text or a link (official letter number, document address …). */
    private String evidence;

    private String reportedBy;

    private Instant reportedAt;

    protected FollowUpReport() {
    }

    FollowUpReport(long decisionId, long institutionId, FollowUpStatus status, String note, String reason,
                   String evidence, String reportedBy, Instant reportedAt) {
        this.decisionId = decisionId;
        this.institutionId = institutionId;
        this.status = status;
        this.note = note;
        this.reason = reason;
        this.evidence = evidence;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getReason() {
        return reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
