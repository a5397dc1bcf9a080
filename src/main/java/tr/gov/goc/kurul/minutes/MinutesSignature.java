package tr.gov.goc.kurul.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import tr.gov.goc.kurul.meeting.Attendance;

/**
 * One signatory's signature on one minutes version (R12.1, R12.2, R12.4): given in Tasklist by the signatory, a qualified
 * electronic signature (e-İmza, PAdES) on the version's PDF uploaded by the signatory, or a wet signature on the printed
 * Ek-1 recorded by the secretariat; with the signatory's dissent note (muhalefet şerhi), if any.
 */
@Entity
@Table(name = "minutes_signature")
public class MinutesSignature {

    public enum How { IN_SYSTEM, QUALIFIED, WET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long minutesVersionId;
    private long attendanceId;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private How how;
    private Instant signedAt;
    private String recordedBy;
    private String dissentNote;
    private String certificateSubject;
    private String certificateIssuer;

    protected MinutesSignature() {
    }

    MinutesSignature(long minutesVersionId, Attendance signatory, How how, Instant signedAt, String recordedBy, String dissentNote) {
        this.minutesVersionId = minutesVersionId;
        this.attendanceId = signatory.getId();
        this.personId = signatory.getPersonId();
        this.how = how;
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
        this.dissentNote = dissentNote;
    }

    /** A qualified electronic signature: the certificate that signed the version's PDF (R12.2). */
    MinutesSignature qualified(String subject, String issuer) {
        this.certificateSubject = subject;
        this.certificateIssuer = issuer;
        return this;
    }

    public String getCertificateSubject() { return certificateSubject; }
    public String getCertificateIssuer() { return certificateIssuer; }
    public long getMinutesVersionId() { return minutesVersionId; }
    public long getAttendanceId() { return attendanceId; }
    public Long getPersonId() { return personId; }
    public How getHow() { return how; }
    public Instant getSignedAt() { return signedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getDissentNote() { return dissentNote; }
}
