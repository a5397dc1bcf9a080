package tr.gov.goc.kurul.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the Ek-2 participant list (R12.7). */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {

    public enum AttendedAs { CHAIR, MEMBER, DEPUTY, INVITED, PRESIDENCY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Enumerated(EnumType.STRING)
    private AttendedAs attendedAs;
    private Long personId;
    /** R9.2: the member a deputy stood in for. */
    private Long forMembershipId;
    private String fullName;
    private String title;
    private String institutionName;
    private String phone;

    protected Attendance() {
    }

    Attendance(long meetingId, AttendedAs attendedAs, Long personId, Long forMembershipId, String fullName, String title,
               String institutionName, String phone) {
        this.meetingId = meetingId;
        this.attendedAs = attendedAs;
        this.personId = personId;
        this.forMembershipId = forMembershipId;
        this.fullName = fullName;
        this.title = title;
        this.institutionName = institutionName;
        this.phone = phone;
    }

    public Long getId() { return id; }

    /** R12.2: the chair and the members (or their deputies) who sat sign the minutes; invited guests do not. */
    public boolean isSignatory() {
        return attendedAs == AttendedAs.CHAIR || attendedAs == AttendedAs.MEMBER || attendedAs == AttendedAs.DEPUTY;
    }
    public AttendedAs getAttendedAs() { return attendedAs; }
    public Long getPersonId() { return personId; }
    public Long getForMembershipId() { return forMembershipId; }
    public String getFullName() { return fullName; }
    public String getTitle() { return title; }
    public String getInstitutionName() { return institutionName; }
    public String getPhone() { return phone; }
}
