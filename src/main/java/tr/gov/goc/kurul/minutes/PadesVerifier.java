package tr.gov.goc.kurul.minutes;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.stereotype.Service;

/**
 * Checks a minutes PDF that a signatory signed with their own e-İmza tool and uploaded: it must be exactly the
 * version Kurul handed out plus one new PAdES signature covering the whole file, intact, by a certificate that
 * chains to a trusted anchor ({@link TrustedCertificates}) and was valid at the signing time. Offline: EU DSS
 * checks the cryptography; revocation data is neither fetched nor required.
 */
@Service
public class PadesVerifier {

    static final String NOT_PDF = "Yüklenen dosya bir PDF değil. Lütfen e-İmza aracınızla imzaladığınız tutanak "
            + "PDF'ini yükleyin.";
    static final String UNREADABLE = "Yüklenen PDF okunamadı: dosya bozuk ya da eksik. Lütfen imzalı tutanağı "
            + "yeniden yükleyin.";
    static final String TAMPERED = "İmzalı dosya imzadan sonra değiştirilmiş: %s imzası dosyanın bugünkü "
            + "içeriğiyle uyuşmuyor. Lütfen tutanağı Kurul'dan yeniden indirip imzalayın ve imzalı dosyayı "
            + "değiştirmeden yükleyin.";
    static final String NO_SIGNATURE = "Yüklenen PDF'te elektronik imza yok. Tutanağı e-İmza aracınızla "
            + "imzalayıp imzalı dosyayı yükleyin.";
    static final String NOT_THIS_VERSION = "Yüklenen dosya, imzalamanız için verilen tutanağın bu sürümü değil: "
            + "tutanağın eski bir sürümü ya da başka bir belge imzalanmış. Lütfen tutanağı Kurul'dan yeniden "
            + "indirip imzalayın.";
    static final String NO_NEW_SIGNATURE = "Yüklenen dosyada yeni bir imza yok: dosyadaki imzalar, size "
            + "verilen tutanakta zaten vardı. Tutanağı e-İmza aracınızla imzalayıp imzalı dosyayı yükleyin.";
    static final String MORE_THAN_ONE = "Yüklenen dosyada %d yeni imza var; her yüklemede yalnız bir imza "
            + "(sizinki) eklenmiş olmalı.";
    static final String NOT_WHOLE_FILE = "Yeni imza dosyanın tamamını kapsamıyor: imzadan sonra dosyaya ekleme "
            + "yapılmış. Lütfen imzaladığınız dosyayı değiştirmeden yükleyin.";
    static final String NO_CERTIFICATE = "Yeni imzada imzacının sertifikası bulunamadı; imza doğrulanamadı. "
            + "e-İmza aracınızda sertifikanın imzaya eklenmesini seçip yeniden imzalayın.";
    static final String UNTRUSTED = "İmzacının sertifikası (%s; veren: %s) Kurul'un tanıdığı bir elektronik "
            + "sertifika hizmet sağlayıcısından değil. Nitelikli elektronik sertifikanızla (e-İmza) yeniden "
            + "imzalayın.";
    static final String EXPIRED = "İmzacının sertifikasının (%s) süresi imza zamanında dolmuştu (geçerlilik "
            + "sonu %s, imza zamanı %s). Geçerli bir e-İmza sertifikasıyla yeniden imzalayın.";
    static final String NOT_YET_VALID = "İmzacının sertifikası (%s) imza zamanında henüz geçerli değildi "
            + "(geçerlilik başlangıcı %s, imza zamanı %s).";
    static final String NO_SIGNING_TIME = "Yeni imzada imza zamanı yok; sertifikanın o anda geçerli olduğu "
            + "doğrulanamadı.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Istanbul"));
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final TrustedCertificates trusted;

    public PadesVerifier(TrustedCertificates trusted) {
        this.trusted = trusted;
    }

    /**
     * base = exact bytes Kurul handed out to sign; uploaded = what came back. Returns the new signature's signer,
     * or refuses with a Turkish message (see the class comment for what is checked).
     */
    public SignerIdentity verifyNewSignature(byte[] base, byte[] uploaded) {
        if (!isPdf(uploaded)) {
            throw new SignatureRefusedException(NOT_PDF);
        }
        List<Found> found = analyze(uploaded);
        for (Found f : found) {
            if (!f.intact()) {
                throw new SignatureRefusedException(TAMPERED.formatted(f.signerName()));
            }
        }
        if (found.isEmpty()) {
            throw new SignatureRefusedException(NO_SIGNATURE);
        }
        if (uploaded.length < base.length || !Arrays.equals(uploaded, 0, base.length, base, 0, base.length)) {
            throw new SignatureRefusedException(NOT_THIS_VERSION);
        }
        List<Found> added = found.stream().filter(f -> f.signedUpTo() > base.length).toList();
        if (added.isEmpty()) {
            throw new SignatureRefusedException(NO_NEW_SIGNATURE);
        }
        if (added.size() > 1) {
            throw new SignatureRefusedException(MORE_THAN_ONE.formatted(added.size()));
        }
        Found signature = added.get(0);
        if (!signature.coversWholeDocument()) {
            throw new SignatureRefusedException(NOT_WHOLE_FILE);
        }
        if (signature.signingCertificate() == null) {
            throw new SignatureRefusedException(NO_CERTIFICATE);
        }
        if (signature.signingTime() == null) {
            throw new SignatureRefusedException(NO_SIGNING_TIME);
        }
        checkCertificate(signature);
        return identity(signature.signingCertificate(), signature.signingTime());
    }

    /** All signatures in a PDF (oldest first) with their intact flag, for display and tests. */
    public List<SignatureInfo> signatures(byte[] pdf) {
        if (!isPdf(pdf)) {
            throw new SignatureRefusedException(NOT_PDF);
        }
        return analyze(pdf).stream()
                .map(f -> new SignatureInfo(f.signerName(), f.signingTime(), f.intact(), f.coversWholeDocument()))
                .toList();
    }

    /** The certificate chains to a trust anchor, and every certificate of that chain was valid at signing time. */
    private void checkCertificate(Found signature) {
        X509Certificate certificate = signature.signingCertificate();
        List<X509Certificate> chain = chainToAnchor(certificate, signature.certificates());
        String subject = commonName(certificate);
        if (chain == null) {
            throw new SignatureRefusedException(UNTRUSTED.formatted(subject, issuerName(certificate)));
        }
        Date at = Date.from(signature.signingTime());
        for (X509Certificate c : chain) {
            if (at.after(c.getNotAfter())) {
                throw new SignatureRefusedException(EXPIRED.formatted(commonName(c),
                        DATE.format(c.getNotAfter().toInstant()), DATE.format(signature.signingTime())));
            }
            if (at.before(c.getNotBefore())) {
                throw new SignatureRefusedException(NOT_YET_VALID.formatted(commonName(c),
                        DATE.format(c.getNotBefore().toInstant()), DATE.format(signature.signingTime())));
            }
        }
        if (chain.size() > 1) {
            // the path as PKIX sees it (basic constraints, key usage, names), at signing time, without revocation
            try {
                PKIXParameters parameters = new PKIXParameters(
                        Set.of(new TrustAnchor(chain.get(chain.size() - 1), null)));
                parameters.setRevocationEnabled(false);
                parameters.setDate(at);
                CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                        .generateCertPath(chain.subList(0, chain.size() - 1)), parameters);
            } catch (CertPathValidatorException e) {
                throw new SignatureRefusedException(UNTRUSTED.formatted(subject, issuerName(certificate)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** From the signing certificate up through the signature's own certificates to a trust anchor; null if none. */
    private List<X509Certificate> chainToAnchor(X509Certificate certificate, List<X509Certificate> pool) {
        List<X509Certificate> anchors = trusted.all();
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
        X509Certificate current = certificate;
        for (int depth = 0; depth < 8; depth++) {
            if (anchors.contains(current)) {
                return chain;
            }
            X509Certificate from = current;
            X509Certificate anchor = anchors.stream().filter(a -> issuedBy(from, a)).findFirst().orElse(null);
            if (anchor != null) {
                chain.add(anchor);
                return chain;
            }
            X509Certificate issuer = pool.stream()
                    .filter(c -> !c.equals(from) && !chain.contains(c) && issuedBy(from, c))
                    .findFirst().orElse(null);
            if (issuer == null) {
                return null;
            }
            chain.add(issuer);
            current = issuer;
        }
        return null;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** One signature as DSS sees it. */
    private record Found(String signerName, X509Certificate signingCertificate, List<X509Certificate> certificates,
            Instant signingTime, boolean intact, long signedUpTo, boolean coversWholeDocument) {
    }

    private List<Found> analyze(byte[] pdf) {
        List<Found> result = new ArrayList<>();
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(PadesSigning.offlineVerifier());
            validator.setTokenExtractionStrategy(TokenExtractionStrategy.NONE);
            DiagnosticData diagnostic = new DiagnosticData(validator.getDiagnosticData());
            for (AdvancedSignature signature : validator.getSignatures()) {
                SignatureWrapper wrapper = diagnostic.getSignatureById(signature.getId());
                PDFRevisionWrapper revision = wrapper == null ? null : wrapper.getPDFRevision();
                if (revision == null) {
                    continue;
                }
                List<BigInteger> range = revision.getSignatureByteRange();
                long end = range.size() == 4 ? range.get(2).longValue() + range.get(3).longValue() : -1;
                boolean intact = wrapper.isSignatureIntact() && wrapper.isSignatureValid()
                        && revision.isSignatureByteRangeValid() && !wrapper.getDigestMatchers().isEmpty()
                        && wrapper.getDigestMatchers().stream()
                                .allMatch(m -> m.isDataFound() && m.isDataIntact());
                CertificateToken signingToken = signature.getSigningCertificateToken();
                X509Certificate signing = signingToken == null ? null : signingToken.getCertificate();
                List<X509Certificate> certificates = signature.getCertificates().stream()
                        .map(CertificateToken::getCertificate).toList();
                Date time = signature.getSigningTime();
                result.add(new Found(signing == null ? "?" : displayName(signing), signing, certificates,
                        time == null ? null : time.toInstant(), intact, end, end == pdf.length));
            }
        } catch (RuntimeException e) {
            throw new SignatureRefusedException(UNREADABLE);
        }
        result.sort(Comparator.comparingLong(Found::signedUpTo));
        return result;
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes != null && bytes.length > PDF_MAGIC.length
                && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    static SignerIdentity identity(X509Certificate certificate, Instant signingTime) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        return new SignerIdentity(value(subject, BCStyle.CN), value(subject, BCStyle.GIVENNAME),
                value(subject, BCStyle.SURNAME), value(subject, BCStyle.SERIALNUMBER),
                BCStyle.INSTANCE.toString(subject), BCStyle.INSTANCE.toString(issuer), signingTime);
    }

    private static String displayName(X509Certificate certificate) {
        SignerIdentity id = identity(certificate, null);
        if (id.commonName() != null) {
            return id.commonName();
        }
        if (id.givenName() != null && id.surname() != null) {
            return id.givenName() + " " + id.surname();
        }
        return id.subjectDn();
    }

    private static String commonName(X509Certificate certificate) {
        return displayName(certificate);
    }

    private static String issuerName(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        String cn = value(issuer, BCStyle.CN);
        return cn != null ? cn : BCStyle.INSTANCE.toString(issuer);
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        var value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }
}
