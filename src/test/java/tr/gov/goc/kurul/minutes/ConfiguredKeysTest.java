package tr.gov.goc.kurul.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tr.gov.goc.kurul.support.TestSigners;

/** Production configuration: trust anchors from PEM files, the seal key from a PKCS#12 keystore. */
class ConfiguredKeysTest {

    @TempDir
    Path dir;

    @Test
    void trustAnchorsComeFromTheConfiguredPemFilesAndTheSealFromTheConfiguredKeystore() throws Exception {
        TestSigners signers = new TestSigners();
        Path ca = dir.resolve("kok.pem");
        Files.writeString(ca, pem(signers.trustedCa.caCertificate()), StandardCharsets.US_ASCII);
        TrustedCertificates trusted = new TrustedCertificates(" " + ca + " , ");
        assertThat(trusted.all()).containsExactly(signers.trustedCa.caCertificate());

        KeyPair keys = Certificates.rsaKeyPair();
        X509Certificate sealCertificate = Certificates.selfSigned(new X500Name("CN=Göç İdaresi Mühür,C=TR"), keys,
                signers.now().minusSeconds(86_400), signers.now().plusSeconds(86_400 * 365), false);
        Path keystore = dir.resolve("muhur.p12");
        Files.write(keystore, PadesSigning.pkcs12("kurum", keys.getPrivate(),
                new X509Certificate[] {sealCertificate}, "gizli".toCharArray()));
        InstitutionalSeal seal = new InstitutionalSeal(keystore.toString(), "gizli", "kurum", signers.clock, trusted);
        assertThat(seal.certificate()).isEqualTo(sealCertificate);
        // a configured seal is not trusted by itself: its CA belongs in kurul.signatures.trusted-certificates
        assertThat(trusted.isTrusted(sealCertificate)).isFalse();

        byte[] base = TestSigners.minutesPdf("Tutanak");
        byte[] signed = signers.ayse.sign(base);
        PadesVerifier verifier = new PadesVerifier(trusted);
        assertThat(verifier.verifyNewSignature(base, signed).matches("Ayşe Yılmaz", TestSigners.AYSE_TC)).isTrue();
        byte[] sealed = seal.seal(signed, "Mühür");
        assertThat(verifier.signatures(sealed)).extracting(SignatureInfo::signerName)
                .containsExactly("AYŞE YILMAZ", "Göç İdaresi Mühür");
        assertThat(verifier.signatures(sealed)).allMatch(SignatureInfo::intact);

        assertThatThrownBy(() -> new InstitutionalSeal(keystore.toString(), "yanlış", "", signers.clock, trusted))
                .hasMessageContaining("kurul.seal.keystore");
        assertThatThrownBy(() -> new InstitutionalSeal(keystore.toString(), "gizli", "yok", signers.clock, trusted))
                .hasMessageContaining("kurul.seal.alias");
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
