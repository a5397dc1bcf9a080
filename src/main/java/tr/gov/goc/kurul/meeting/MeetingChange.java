package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R11.3: one change of a scheduled meeting by the chair's office — postponed to a new day, moved to a new place or
 * time, or cancelled — with who, when and why, what it was and what it became, and the calendar sequence it was
 * announced with (RFC 5546).
 */
@Entity
@Table(name = "meeting_change")
public class MeetingChange {

    /** What the chair changed. */
    public enum Kind {
        POSTPONE("ertelendi"), MOVE("yeri/saati değişti"), CANCEL("iptal edildi");

        private final String turkish;

        Kind(String turkish) {
            this.turkish = turkish;
        }

        public String turkish() {
            return turkish;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate oldDate;
    private String oldTime;
    private String oldPlace;
    private LocalDate newDate;
    private String newTime;
    private String newPlace;
    private String reason;
    private String warnings;
    private boolean outsideWindow;
    private int calendarSequence;
    private String changedBy;
    private Instant changedAt;

    protected MeetingChange() {
    }

    MeetingChange(Meeting meeting, Kind kind, LocalDate newDate, String newTime, String newPlace, String reason,
                  String warnings, boolean outsideWindow, String changedBy, Instant changedAt) {
        this.meetingId = meeting.getId();
        this.kind = kind;
        this.oldDate = meeting.getMeetingDate();
        this.oldTime = meeting.getStartTime();
        this.oldPlace = meeting.getPlace();
        this.newDate = newDate;
        this.newTime = newTime;
        this.newPlace = newPlace;
        this.reason = reason;
        this.warnings = warnings == null || warnings.isBlank() ? null : warnings;
        this.outsideWindow = outsideWindow;
        this.calendarSequence = meeting.getCalendarSequence() + 1;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public Kind getKind() { return kind; }
    public LocalDate getOldDate() { return oldDate; }
    public String getOldTime() { return oldTime; }
    public String getOldPlace() { return oldPlace; }
    public LocalDate getNewDate() { return newDate; }
    public String getNewTime() { return newTime; }
    public String getNewPlace() { return newPlace; }
    public String getReason() { return reason; }
    public String getWarnings() { return warnings; }
    public boolean isOutsideWindow() { return outsideWindow; }
    public int getCalendarSequence() { return calendarSequence; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
