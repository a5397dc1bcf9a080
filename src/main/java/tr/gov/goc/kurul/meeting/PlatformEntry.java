package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Who entered the minutes into the presidency's platform, and when (R12.3). */
@Entity
@Table(name = "platform_entry")
public class PlatformEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private LocalDate enteredOn;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected PlatformEntry() {
    }

    PlatformEntry(long meetingId, LocalDate enteredOn, String note, String recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.enteredOn = enteredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getEnteredOn() { return enteredOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getNote() { return note; }
}
