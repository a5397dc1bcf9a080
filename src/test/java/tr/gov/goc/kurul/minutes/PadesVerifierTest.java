package tr.gov.goc.kurul.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.goc.kurul.support.TestSigners;

/**
 * A signatory downloads the minutes, signs them with their own e-İmza tool and uploads the result: Kurul accepts
 * exactly one new intact signature on exactly the version it handed out, by a trusted certificate valid at signing
 * time, and says in Turkish why anything else is refused.
 */
class PadesVerifierTest {

    private static TestSigners signers;
    private static PadesVerifier verifier;
    private static byte[] base;
    private static byte[] signedByAyse;

    @BeforeAll
    static void signOnce() {
        signers = new TestSigners();
        verifier = new PadesVerifier(signers.trusted());
        base = TestSigners.minutesPdf("Gaziantep İl Göç Koordinasyon Kurulu — Toplantı Tutanağı");
        signedByAyse = signers.ayse.sign(base);
    }

    @Test
    void theFirstSignatureIsAcceptedAndNamesItsSigner() {
        SignerIdentity signer = verifier.verifyNewSignature(base, signedByAyse);

        assertThat(signer.commonName()).isEqualTo("AYŞE YILMAZ");
        assertThat(signer.givenName()).isEqualTo("AYŞE");
        assertThat(signer.surname()).isEqualTo("YILMAZ");
        assertThat(signer.serialNumber()).isEqualTo(TestSigners.AYSE_TC);
        assertThat(signer.issuerDn()).contains("Kurul Test e-İmza Kök Sertifikası");
        assertThat(signer.signingTime()).isEqualTo(signers.now());
        // the certificate's capitals are Turkish capitals: YILMAZ is "yılmaz", not "yilmaz"
        assertThat(signer.matches("Ayşe Yılmaz", TestSigners.AYSE_TC)).isTrue();
        assertThat(signer.matches("  ayşe   YILMAZ ", null)).isTrue();
        assertThat(signer.matches("Ayşe Yilmaz", TestSigners.AYSE_TC)).isFalse();
        assertThat(signer.matches("Mehmet Öztürk", TestSigners.MEHMET_TC)).isFalse();
        assertThat(signer.matches("Mehmet Öztürk", TestSigners.AYSE_TC)).isFalse();
        assertThat(signer.matches("Ayşe Yılmaz", "99999999999")).isFalse();
        assertThat(new SignerIdentity("AYŞE YILMAZ", null, null, "TCKN" + TestSigners.AYSE_TC, "", "", null)
                .matches("Ayşe Yılmaz", TestSigners.AYSE_TC)).isTrue();
    }

    @Test
    void aSecondSignerSignsOnTopAndBothSignaturesStayIntact() {
        byte[] both = signers.mehmet.sign(signedByAyse);

        SignerIdentity signer = verifier.verifyNewSignature(signedByAyse, both);

        assertThat(signer.matches("Mehmet Öztürk", TestSigners.MEHMET_TC)).isTrue();
        List<SignatureInfo> signatures = verifier.signatures(both);
        assertThat(signatures).extracting(SignatureInfo::signerName).containsExactly("AYŞE YILMAZ", "MEHMET ÖZTÜRK");
        assertThat(signatures).allMatch(SignatureInfo::intact);
        assertThat(signatures).extracting(SignatureInfo::coversWholeDocument).containsExactly(false, true);
    }

    @Test
    void aByteChangedAfterSigningIsRefused() {
        byte[] tampered = TestSigners.flipByteInPageContent(signedByAyse);

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, tampered))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageStartingWith("İmzalı dosya imzadan sonra değiştirilmiş: AYŞE YILMAZ imzası");
        assertThat(verifier.signatures(tampered)).extracting(SignatureInfo::intact).containsExactly(false);
    }

    @Test
    void aChangeInTheSignatureDictionaryIsRefused() {
        // the signing date written in the signature dictionary (/M) is inside the signed range too
        byte[] tampered = signedByAyse.clone();
        String text = new String(tampered, StandardCharsets.ISO_8859_1);
        int date = text.indexOf("(D:2026", base.length);
        assertThat(date).isPositive();
        tampered[date + "(D:202".length()] = '5';

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, tampered))
                .hasMessageStartingWith("İmzalı dosya imzadan sonra değiştirilmiş");
    }

    @Test
    void aSignatureOnAnOlderVersionIsRefused() {
        // Mehmet signed the unsigned minutes, while Kurul had handed out Ayşe's signed file to him
        byte[] onOriginal = signers.mehmet.sign(base);

        assertThatThrownBy(() -> verifier.verifyNewSignature(signedByAyse, onOriginal))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageStartingWith("Yüklenen dosya, imzalamanız için verilen tutanağın bu sürümü değil");
    }

    @Test
    void anotherDocumentIsRefused() {
        byte[] other = signers.ayse.sign(TestSigners.minutesPdf("Başka bir belge"));

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, other))
                .hasMessageContaining("başka bir belge imzalanmış");
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsRefused() {
        byte[] signed = signers.stranger.sign(base);

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, signed))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessage("İmzacının sertifikası (İSMAİL KAYA; veren: Tanınmayan Test Kök Sertifikası) Kurul'un "
                        + "tanıdığı bir elektronik sertifika hizmet sağlayıcısından değil. Nitelikli elektronik "
                        + "sertifikanızla (e-İmza) yeniden imzalayın.");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        byte[] signed = signers.expired.sign(base);

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, signed))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageStartingWith("İmzacının sertifikasının (HÜSEYİN ÇELİK) süresi imza zamanında dolmuştu");
    }

    @Test
    void somethingElseThanAPdfIsRefused() {
        assertThatThrownBy(() -> verifier.verifyNewSignature(base, "Merhaba".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageStartingWith("Yüklenen dosya bir PDF değil");
        assertThatThrownBy(() -> verifier.verifyNewSignature(base, new byte[0]))
                .hasMessageStartingWith("Yüklenen dosya bir PDF değil");
    }

    @Test
    void aFileWithoutANewSignatureIsRefused() {
        assertThatThrownBy(() -> verifier.verifyNewSignature(base, base))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageStartingWith("Yüklenen PDF'te elektronik imza yok");
        assertThatThrownBy(() -> verifier.verifyNewSignature(signedByAyse, signedByAyse))
                .hasMessageStartingWith("Yüklenen dosyada yeni bir imza yok");
    }

    @Test
    void twoNewSignaturesAtOnceAreRefused() {
        byte[] both = signers.mehmet.sign(signedByAyse);

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, both))
                .hasMessageStartingWith("Yüklenen dosyada 2 yeni imza var");
    }

    @Test
    void somethingAddedAfterTheNewSignatureIsRefused() {
        byte[] withPage = new SignaturePage().append(signedByAyse, "Ek sayfa", List.of("imzasız ekleme"));

        assertThatThrownBy(() -> verifier.verifyNewSignature(base, withPage))
                .hasMessageStartingWith("Yeni imza dosyanın tamamını kapsamıyor");
    }
}
