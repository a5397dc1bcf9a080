package tr.gov.goc.kurul.minutes;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.Sha256;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;

/**
 * The Ek-1 PDF of a minutes version through its signatures (R12.1, R12.2, R12.4): rendered once when the signing
 * starts, signed on those bytes by each signatory who uses a qualified electronic signature (e-İmza, PAdES, one
 * incremental update each, checked before it is kept), and — when the last signatory has signed — completed with the
 * signature page (every signature as it was given) and Kurul's institutional seal.
 */
@Service
@Transactional
public class MinutesForSigning {

    /** How far a signing time may stray from Kurul's clock (a signer's computer clock is not exact). */
    static final java.time.Duration SIGNING_TIME_SLACK = java.time.Duration.ofMinutes(10);

    private final MinutesPdfRepository pdfs;
    private final MinutesDocuments documents;
    private final MinutesSigning signing;
    private final PadesVerifier verifier;
    private final SignaturePage signaturePage;
    private final InstitutionalSeal seal;
    private final SignaturePageLines lines;
    private final Clock clock;

    MinutesForSigning(MinutesPdfRepository pdfs, MinutesDocuments documents, MinutesSigning signing, PadesVerifier verifier,
                      SignaturePage signaturePage, InstitutionalSeal seal, SignaturePageLines lines, Clock clock) {
        this.pdfs = pdfs;
        this.documents = documents;
        this.signing = signing;
        this.verifier = verifier;
        this.signaturePage = signaturePage;
        this.seal = seal;
        this.lines = lines;
        this.clock = clock;
    }

    /** The PDF handed out to sign and how many qualified signatures it carries so far. */
    public record ToSign(byte[] content, int versionNo, String fileName, int qualifiedSignatures) {
    }

    /** An accepted qualified signature: whose certificate signed, as the certificate names them. */
    public record Accepted(String signatory, String certificateName, String certificateSubject) {
    }

    /** When the signing of a version starts: its Ek-1 is rendered once and kept — everyone signs these bytes. */
    public void prepare(Meeting meeting) {
        MinutesVersion draft = signing.openDraft(meeting);
        if (pdfs.findByMeetingIdAndVersionNo(meeting.getId(), draft.getNumber()).isEmpty()) {
            byte[] pdf = documents.minutesToSign(meeting, draft);
            pdfs.save(new MinutesPdf(meeting.getId(), draft.getNumber(), pdf, Sha256.hex(pdf), clock.instant()));
        }
    }

    /** The PDF of the version being signed, with the qualified signatures given so far: the one to sign next. */
    @Transactional(readOnly = true)
    public ToSign toSign(Meeting meeting) {
        MinutesVersion draft;
        try {
            draft = signing.openDraft(meeting);
        } catch (TaskInputException e) {
            throw new NotFoundException("Bu toplantının imzaya sunulmuş bir tutanağı yok.");
        }
        MinutesPdf pdf = pdfs.findByMeetingIdAndVersionNo(meeting.getId(), draft.getNumber())
                .orElseThrow(() -> new NotFoundException("Bu toplantının imzaya sunulmuş bir tutanağı yok."));
        return new ToSign(pdf.getCurrentPdf(), draft.getNumber(),
                "Ek-1_Tutanak_" + meeting.getMeetingKey() + "_s" + draft.getNumber() + "_imza.pdf", pdf.getQualifiedSignatures());
    }

    /**
     * R12.2: a signatory's upload of the version's PDF signed with their qualified electronic signature. Kept only when
     * the file is the version handed out (with every signature before it, unchanged) plus exactly one new intact
     * signature, by a trusted certificate that names this signatory; otherwise refused in Turkish and nothing changes.
     */
    public Accepted acceptQualified(Meeting meeting, String username, byte[] uploaded, String dissentNote) {
        List<Attendance> rows = signing.signatoryRowsOf(meeting, username);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "Bu tutanağı imzalayacaklar arasında değilsiniz.");
        }
        if (uploaded == null || uploaded.length == 0) {
            throw new InvalidInputException("file", "E-imzalı PDF dosyasını seçin.");
        }
        MinutesVersion draft = signing.openDraft(meeting);
        MinutesPdf pdf = pdfs.findByMeetingIdAndVersionNo(meeting.getId(), draft.getNumber())
                .orElseThrow(() -> new NotFoundException("Bu toplantının imzaya sunulmuş bir tutanağı yok."));
        SignerIdentity signer;
        try {
            signer = verifier.verifyNewSignature(pdf.getCurrentPdf(), uploaded);
        } catch (SignatureRefusedException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        // a signer's tool states the signing time itself: a signature dated before Kurul handed this version out, or in
        // the future, is not a signature of this version (an expired certificate cannot be back-dated past the check)
        if (signer.signingTime() == null || signer.signingTime().isBefore(pdf.getCreatedAt().minus(SIGNING_TIME_SLACK))
                || signer.signingTime().isAfter(clock.instant().plus(SIGNING_TIME_SLACK))) {
            throw new InvalidInputException("file", "Dosyadaki imza zamanı bu tutanak sürümünün imzaya sunulduğu zamandan önce "
                    + "ya da ileri bir tarihte görünüyor. Bilgisayarınızın saatini denetleyip imzaya sunulan PDF'i yeniden imzalayın.");
        }
        String name = rows.get(0).getFullName();
        if (!signer.matches(name, null)) {
            throw new InvalidInputException("file", "Dosyadaki e-imza " + signer.commonName() + " adına düzenlenmiş bir sertifikayla "
                    + "atılmış. Bu tutanağı " + name + " olarak kendi e-imzanızla imzalamanız gerekir; başkasının sertifikasıyla "
                    + "imzalanmış dosya kabul edilmez.");
        }
        try {
            signing.signQualified(meeting, username, signer.subjectDn(), signer.issuerDn(), dissentNote);
        } catch (TaskInputException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        pdf.signedOnce(uploaded, clock.instant());
        return new Accepted(name, signer.commonName(), signer.subjectDn());
    }

    /**
     * R12.2, R12.8: the approved minutes — the signed PDF of the version, then (as incremental updates that leave every
     * signature intact) the signature page and Kurul's institutional seal over the whole. Empty for a version signed
     * before Kurul kept its PDF.
     */
    public java.util.Optional<byte[]> approved(Meeting meeting, MinutesVersion version) {
        return pdfs.findByMeetingIdAndVersionNo(meeting.getId(), version.getNumber()).map(pdf -> {
            byte[] withPage = signaturePage.append(pdf.getCurrentPdf(), lines.title(meeting, version), lines.of(meeting, version));
            return seal.seal(withPage, "Kurul: " + meeting.getTitle() + " tutanağı (sürüm " + version.getNumber()
                    + ") toplantıya katılan başkan ve üyelerce imzalanarak onaylanmıştır (Genelge md. 12/2).");
        });
    }
}
