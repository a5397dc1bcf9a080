package tr.gov.goc.kurul.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PDF kept with a signed minutes version (R12.8: archived); it never changes, a correction is a new version. */
@Entity
@Table(name = "meeting_document")
class MeetingDocument {

    enum Kind { EK1_MINUTES, EK2_PARTICIPANTS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    private String meetingKey;
    @Column(name = "minutes_version_no")
    private int minutesVersion;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String sha256;
    private Instant createdAt;

    protected MeetingDocument() {
    }

    MeetingDocument(long meetingId, String meetingKey, int minutesVersion, Kind kind, byte[] content, String sha256, Instant createdAt) {
        this.meetingId = meetingId;
        this.meetingKey = meetingKey;
        this.minutesVersion = minutesVersion;
        this.kind = kind;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    int getMinutesVersion() { return minutesVersion; }
    Kind getKind() { return kind; }
    byte[] getContent() { return content; }
    String getSha256() { return sha256; }
    Instant getCreatedAt() { return createdAt; }
}
