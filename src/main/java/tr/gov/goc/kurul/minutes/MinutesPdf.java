package tr.gov.goc.kurul.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The Ek-1 PDF of one minutes version as it was handed out to sign (base, never changes) and as it grows with each
 * accepted qualified electronic signature (current: base plus one incremental update per e-İmza signature, R12.2).
 */
@Entity
@Table(name = "minutes_pdf")
class MinutesPdf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long meetingId;
    @Column(name = "minutes_version_no")
    private int versionNo;
    @Lob
    private byte[] basePdf;
    @Lob
    private byte[] currentPdf;
    private String baseSha256;
    private int qualifiedSignatures;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected MinutesPdf() {
    }

    MinutesPdf(long meetingId, int versionNo, byte[] basePdf, String baseSha256, Instant at) {
        this.meetingId = meetingId;
        this.versionNo = versionNo;
        this.basePdf = basePdf;
        this.currentPdf = basePdf;
        this.baseSha256 = baseSha256;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** An accepted upload: the PDF with one more qualified signature becomes the one the next signatory signs. */
    void signedOnce(byte[] signed, Instant at) {
        this.currentPdf = signed;
        this.qualifiedSignatures++;
        this.updatedAt = at;
    }

    int getVersionNo() { return versionNo; }
    Instant getCreatedAt() { return createdAt; }
    byte[] getCurrentPdf() { return currentPdf; }
    int getQualifiedSignatures() { return qualifiedSignatures; }
    String getBaseSha256() { return baseSha256; }
}
