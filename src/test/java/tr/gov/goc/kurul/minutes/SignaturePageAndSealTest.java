package tr.gov.goc.kurul.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.goc.kurul.support.PdfSig;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.TestSigners;

/**
 * After the signatories, Kurul appends a signature page and seals: every signature stays valid for anyone who
 * checks the file with an independent tool (poppler's pdfsig), and a single changed byte breaks them.
 */
class SignaturePageAndSealTest {


    private static TestSigners signers;
    private static TrustedCertificates trusted;
    private static InstitutionalSeal seal;
    private static byte[] both;
    private static byte[] withPage;
    private static byte[] sealed;


    @BeforeAll
    static void signPageAndSeal() {
        signers = new TestSigners();
        trusted = signers.trusted();
        seal = new InstitutionalSeal("", "", "", signers.clock, trusted);
        byte[] base = TestSigners.minutesPdf("Gaziantep İl Göç Koordinasyon Kurulu — Toplantı Tutanağı");
        both = signers.mehmet.sign(signers.ayse.sign(base));
        withPage = new SignaturePage().append(both, "İmza sayfası — Ek-1 toplantı tutanağı",
                List.of("1. AYŞE YILMAZ (Başkan) — nitelikli elektronik imza, 26.11.2026 10:00",
                        "2. MEHMET ÖZTÜRK (Üye) — nitelikli elektronik imza, 26.11.2026 10:00",
                        "Bu sayfa imzalardan sonra eklenmiştir; kurumsal elektronik mühürle mühürlenmiştir. "
                                + "Çok uzun bir satır sayfanın genişliğini aşarsa bir sonraki satıra kayar: ğüşıöç "
                                + "ĞÜŞİÖÇ ığdır ılıca İzmir."));
        sealed = seal.seal(withPage, "Kurul tutanağı kurumsal elektronik mühürle mühürlenmiştir");
    }

    @Test
    void theSignaturePageIsAReadablePageAddedAfterTheSignatures() throws IOException {
        // an incremental update: the signed file's bytes come first, unchanged
        assertThat(java.util.Arrays.copyOf(withPage, both.length)).isEqualTo(both);
        assertThat(pages(withPage)).isEqualTo(pages(both) + 1);
        String text = PdfText.of(withPage);
        assertThat(text).contains("İmza sayfası — Ek-1 toplantı tutanağı", "1. AYŞE YILMAZ (Başkan)",
                "ğüşıöç ĞÜŞİÖÇ ığdır ılıca İzmir");
        assertThat(new PadesVerifier(trusted).signatures(withPage))
                .extracting(SignatureInfo::intact).containsExactly(true, true);
    }

    @Test
    void pdfsigFindsTheTwoSignaturesAndTheSealValid() throws Exception {
        List<String> signatures = PdfSig.signatures(sealed);

        assertThat(signatures).hasSize(3);
        assertThat(signatures).allSatisfy(s -> assertThat(s).contains("Signature Validation: Signature is Valid."));
        assertThat(signatures.get(0)).contains("AYŞE YILMAZ");
        assertThat(signatures.get(1)).contains("MEHMET ÖZTÜRK");
        assertThat(signatures.get(2)).contains("Kurul Kurumsal Mühür (demo)").contains("Total document signed")
                .doesNotContain("Not total document signed");

        List<SignatureInfo> infos = new PadesVerifier(trusted).signatures(sealed);
        assertThat(infos).extracting(SignatureInfo::signerName)
                .containsExactly("AYŞE YILMAZ", "MEHMET ÖZTÜRK", "Kurul Kurumsal Mühür (demo)");
        assertThat(infos).allMatch(SignatureInfo::intact);
        assertThat(infos).extracting(SignatureInfo::coversWholeDocument).containsExactly(false, false, true);
    }

    @Test
    void theSealIsAnAcceptedSignatureByTheTrustedDemoSealCertificate() {
        SignerIdentity sealer = new PadesVerifier(trusted).verifyNewSignature(withPage, sealed);

        assertThat(sealer.commonName()).isEqualTo("Kurul Kurumsal Mühür (demo)");
        assertThat(trusted.isTrusted(seal.certificate())).isTrue();
        assertThat(sealer.signingTime()).isEqualTo(signers.now());
    }

    @Test
    void oneChangedByteMakesPdfsigAndKurulReportTheSignaturesBroken() throws Exception {
        byte[] tampered = TestSigners.flipByteInPageContent(sealed);

        List<String> signatures = PdfSig.signatures(tampered);

        assertThat(signatures).hasSize(3);
        assertThat(signatures).allSatisfy(s -> assertThat(s).doesNotContain("Signature is Valid.")
                .containsAnyOf("Digest Mismatch", "Signature is Invalid"));
        assertThat(new PadesVerifier(trusted).signatures(tampered)).noneMatch(SignatureInfo::intact);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
