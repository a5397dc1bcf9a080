package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R9.1, R9.2: what a board member's calendar answered to the meeting's invitation (the latest answer counts). A
 * decline is an excuse still to be confirmed, by the member or the secretariat; it is not an {@link Excuse} itself.
 */
@Entity
@Table(name = "meeting_calendar_reply")
public class MemberCalendarReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long membershipId;
    private long personId;
    private String partStat;
    private int calendarSequence;
    private Instant receivedAt;

    protected MemberCalendarReply() {
    }

    MemberCalendarReply(long meetingId, long membershipId, long personId) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
        this.personId = personId;
    }

    /** False if it is the same answer to the same version of the invitation (nothing new to tell). */
    boolean answer(String partStat, int sequence, Instant at) {
        boolean changed = !partStat.equals(this.partStat) || sequence != calendarSequence;
        this.partStat = partStat;
        this.calendarSequence = sequence;
        this.receivedAt = at;
        return changed;
    }

    public long getMembershipId() { return membershipId; }
    public long getPersonId() { return personId; }
    /** ACCEPTED, DECLINED or TENTATIVE (RFC 5545 PARTSTAT). */
    public String getPartStat() { return partStat; }
    public int getCalendarSequence() { return calendarSequence; }
    public Instant getReceivedAt() { return receivedAt; }
    public boolean isDeclined() { return "DECLINED".equals(partStat); }
}
