package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The signed minutes sent to one institution by official letter (R12.2). */
@Entity
@Table(name = "minutes_distribution")
public class Distribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private long institutionId;
    @Column(name = "minutes_version_no")
    private int minutesVersion;
    private String letterNumber;
    private LocalDate sentOn;
    private String recordedBy;
    private Instant recordedAt;

    protected Distribution() {
    }

    Distribution(long meetingId, long institutionId, int minutesVersion, String letterNumber, LocalDate sentOn,
                 String recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.institutionId = institutionId;
        this.minutesVersion = minutesVersion;
        this.letterNumber = letterNumber;
        this.sentOn = sentOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getInstitutionId() { return institutionId; }
    public int getMinutesVersion() { return minutesVersion; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getSentOn() { return sentOn; }
}
