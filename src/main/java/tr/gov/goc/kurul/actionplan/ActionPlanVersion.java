package tr.gov.goc.kurul.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One numbered version of a province's local harmonisation action plan (R5.13). Versions are never deleted: a
 * rejected version stays with the chair's reasons, the latest approved one is the plan in force.
 */
@Entity
@Table(name = "action_plan_version")
public class ActionPlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int plateCode;
    @Column(name = "version_no")
    private int number;
    @Enumerated(EnumType.STRING)
    private VersionStatus status;
    /** Business key of the actionPlanUpdate that made it; null for a plan entered directly (first version). */
    private String updateKey;
    private Long decisionId;
    private String changeNote;
    private String createdBy;
    private Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    @Version
    private long version;

    protected ActionPlanVersion() {
    }

    ActionPlanVersion(int plateCode, int number, String updateKey, Long decisionId, String createdBy, Instant createdAt) {
        this.plateCode = plateCode;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.updateKey = updateKey;
        this.decisionId = decisionId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void note(String changeNote) {
        this.changeNote = changeNote;
    }

    void submit(String by, Instant at) {
        this.status = VersionStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void decide(boolean approved, String by, Instant at, String reason) {
        if (status != VersionStatus.SUBMITTED) {
            throw new IllegalStateException("Yalnızca onaya sunulmuş bir sürüm onaylanabilir ya da reddedilebilir.");
        }
        this.status = approved ? VersionStatus.APPROVED : VersionStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Long getId() { return id; }
    public int getPlateCode() { return plateCode; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public String getUpdateKey() { return updateKey; }
    public Long getDecisionId() { return decisionId; }
    public String getChangeNote() { return changeNote; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
}
