package tr.gov.goc.kurul.minutes;

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

/** One version of a meeting's Ek-1 minutes. A signed version never changes (R12.2); a correction is a new version. */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    /** RETURNED: a signatory sent the draft back (R12.2); the redraft is a new version and every signature starts again. */
    public enum Status { DRAFT, SIGNED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Column(name = "version_no")
    private int number;
    private String topics;
    private String problems;
    private String solutions;
    private String otherMatters;
    private String correctionReason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String draftedBy;
    private Instant draftedAt;
    private String signedBy;
    private Instant signedAt;
    /** R12.4: the members who approved this version of district minutes, with the chair's signature. */
    private String membersApproval;
    private String returnReason;
    private String returnedBy;
    @Version
    private long version;

    protected MinutesVersion() {
    }

    MinutesVersion(long meetingId, int number, String correctionReason, String draftedBy, Instant draftedAt) {
        this.meetingId = meetingId;
        this.number = number;
        this.correctionReason = correctionReason;
        this.status = Status.DRAFT;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    void write(String topics, String problems, String solutions, String otherMatters, String by, Instant at) {
        if (status == Status.SIGNED) {
            throw new IllegalStateException("İmzalanmış tutanak değiştirilemez; düzeltme yeni bir sürümdür (R12.2).");
        }
        this.topics = topics;
        this.problems = problems;
        this.solutions = solutions;
        this.otherMatters = otherMatters;
        this.draftedBy = by;
        this.draftedAt = at;
    }

    void sign(String by, Instant at) {
        if (status == Status.SIGNED) {
            throw new IllegalStateException("Tutanak zaten imzalanmış.");
        }
        this.status = Status.SIGNED;
        this.signedBy = by;
        this.signedAt = at;
    }

    void returned(String by, String reason) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Yalnız taslak iade edilebilir.");
        }
        this.status = Status.RETURNED;
        this.returnedBy = by;
        this.returnReason = reason;
    }

    void approvedByMembers(String names) {
        if (status == Status.SIGNED) {
            throw new IllegalStateException("İmzalanmış tutanak değiştirilemez; düzeltme yeni bir sürümdür (R12.2).");
        }
        this.membersApproval = names;
    }

    public String getMembersApproval() { return membersApproval; }
    public String getReturnReason() { return returnReason; }
    public String getReturnedBy() { return returnedBy; }
    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getTopics() { return topics; }
    public String getProblems() { return problems; }
    public String getSolutions() { return solutions; }
    public String getOtherMatters() { return otherMatters; }
    public String getCorrectionReason() { return correctionReason; }
    public Status getStatus() { return status; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public long getMeetingId() { return meetingId; }
}
