package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import tr.gov.goc.kurul.people.LiaisonRole;

/** A slot of the liaison list signed at a meeting (R5.8, R6.5), or a replacement decided at a meeting (R5.11). */
@Entity
@Table(name = "meeting_liaison_list")
public class LiaisonListEntry {

    public enum Kind { SIGNED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private long institutionId;
    @Enumerated(EnumType.STRING)
    private LiaisonRole role;
    private long personId;
    private String decisionRef;
    private String warning;
    private String recordedBy;
    private Instant recordedAt;

    protected LiaisonListEntry() {
    }

    LiaisonListEntry(long meetingId, Kind kind, long institutionId, LiaisonRole role, long personId, String decisionRef,
                     String warning, String recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.institutionId = institutionId;
        this.role = role;
        this.personId = personId;
        this.decisionRef = decisionRef;
        this.warning = warning;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getMeetingId() { return meetingId; }
    public Kind getKind() { return kind; }
    public long getInstitutionId() { return institutionId; }
    public LiaisonRole getRole() { return role; }
    public long getPersonId() { return personId; }
    public String getDecisionRef() { return decisionRef; }
    public String getWarning() { return warning; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
