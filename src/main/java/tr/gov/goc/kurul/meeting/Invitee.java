package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R4.4: an invited participant of one meeting — proposed by the İl GİM with the agenda, invited (or not) by the chair's
 * decision before the notices, or invited by the chair alone ({@code proposed} false).
 */
@Entity
@Table(name = "meeting_invitee")
public class Invitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long membershipId;
    private boolean proposed;
    private String proposedBy;
    private Boolean invited;
    private String decidedBy;
    private Instant decidedAt;

    protected Invitee() {
    }

    Invitee(long meetingId, long membershipId) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
    }

    void propose(String by) {
        this.proposed = true;
        this.proposedBy = by;
    }

    void decide(boolean invite, String by, Instant at) {
        this.invited = invite;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public long getMembershipId() { return membershipId; }
    public boolean isProposed() { return proposed; }
    public String getProposedBy() { return proposedBy; }
    /** Null until the chair decides. */
    public Boolean getInvited() { return invited; }
    public boolean isInvited() { return Boolean.TRUE.equals(invited); }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
