package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R4.5: a member of the presidency's staff who will attend, as the presidency announced it to the İl GİM. */
@Entity
@Table(name = "meeting_presidency_attendee")
public class PresidencyAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private String fullName;
    private String title;
    @Column(name = "unit_name")
    private String unit;
    private String announcedBy;
    private Instant announcedAt;

    protected PresidencyAttendee() {
    }

    PresidencyAttendee(long meetingId, String fullName, String title, String unit, String announcedBy, Instant announcedAt) {
        this.meetingId = meetingId;
        this.fullName = fullName;
        this.title = title;
        this.unit = unit;
        this.announcedBy = announcedBy;
        this.announcedAt = announcedAt;
    }

    public String getFullName() { return fullName; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public String getAnnouncedBy() { return announcedBy; }
    public Instant getAnnouncedAt() { return announcedAt; }
}
