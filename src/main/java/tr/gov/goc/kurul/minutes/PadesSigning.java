package tr.gov.goc.kurul.minutes;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KeyStoreSignatureTokenConnection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A PAdES baseline B signature as an incremental update covering the whole file (EU DSS with PDFBox), made with
 * a key from a PKCS#12 keystore token — how an e-İmza tool signs, and how Kurul seals. Offline: no time-stamp,
 * no revocation data, no AIA fetching.
 */
final class PadesSigning {

    private PadesSigning() {
    }

    /** Appearance of the signature dictionary: who signs, why and where (all optional). */
    record Details(String signerName, String reason, String location) {
    }

    static byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, String alias, Instant signingTime, Details details) {
        try (KeyStoreSignatureTokenConnection token = new KeyStoreSignatureTokenConnection(pkcs12, "PKCS12",
                new KeyStore.PasswordProtection(password))) {
            DSSPrivateKeyEntry key = alias == null || alias.isBlank() ? token.getKeys().get(0) : token.getKey(alias);
            if (key == null) {
                throw new IllegalStateException("no private key '" + alias + "' in the keystore");
            }
            PAdESSignatureParameters parameters = new PAdESSignatureParameters();
            parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
            parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
            parameters.setSigningCertificate(key.getCertificate());
            parameters.setCertificateChain(List.of(key.getCertificateChain()));
            parameters.bLevel().setSigningDate(Date.from(signingTime));
            if (details != null) {
                parameters.setSignerName(details.signerName());
                parameters.setReason(details.reason());
                parameters.setLocation(details.location());
            }
            CommonCertificateVerifier verifier = offlineVerifier();
            // the signing tool signs what it is given; refusing expired certificates is the verifier's job
            verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
            verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
            PAdESService service = new PAdESService(verifier);
            DSSDocument document = new InMemoryDocument(pdf);
            ToBeSigned dataToSign = service.getDataToSign(document, parameters);
            SignatureValue value = token.sign(dataToSign, parameters.getDigestAlgorithm(), key);
            return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
        }
    }

    /** A CertificateVerifier that never goes online and never needs revocation data. */
    static CommonCertificateVerifier offlineVerifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        verifier.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
        verifier.setCheckRevocationForUntrustedChains(false);
        return verifier;
    }

    /** A PKCS#12 keystore in memory holding one key with its chain. */
    static byte[] pkcs12(String alias, PrivateKey key, X509Certificate[] chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
