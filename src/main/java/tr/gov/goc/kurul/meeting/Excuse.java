package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R9.1, R9.2: a member's excuse for one meeting, reported before it, with the registered deputy who sits instead (if any). */
@Entity
@Table(name = "meeting_excuse")
public class Excuse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long membershipId;
    private long personId;
    private String reason;
    private Long deputyMembershipId;
    private String reportedBy;
    private Instant reportedAt;
    private String calledInBy;
    private Instant calledInAt;
    private String callInReason;

    protected Excuse() {
    }

    Excuse(long meetingId, long membershipId, long personId) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
        this.personId = personId;
    }

    void report(String reason, Long deputyMembershipId, String by, Instant at) {
        this.reason = reason;
        this.deputyMembershipId = deputyMembershipId;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    /** R9.3: the chair calls the excused member in for an emergency. */
    void callIn(String by, Instant at, String reason) {
        this.calledInBy = by;
        this.calledInAt = at;
        this.callInReason = reason;
    }

    public boolean isCalledIn() { return calledInAt != null; }
    public String getCalledInBy() { return calledInBy; }
    public Instant getCalledInAt() { return calledInAt; }
    public String getCallInReason() { return callInReason; }
    public long getMembershipId() { return membershipId; }
    public long getPersonId() { return personId; }
    public String getReason() { return reason; }
    public Long getDeputyMembershipId() { return deputyMembershipId; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
}
