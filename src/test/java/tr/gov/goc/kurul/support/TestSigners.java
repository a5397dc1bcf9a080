package tr.gov.goc.kurul.support;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import tr.gov.goc.kurul.minutes.DemoPki;
import tr.gov.goc.kurul.minutes.TrustedCertificates;

/**
 * The tests' own e-İmza world, independent of the demo's: a trusted test CA with two people (Ayşe Yılmaz, Mehmet
 * Öztürk) and one whose certificate had expired, an untrusted CA with one person, and a minutes-like PDF to sign.
 * Keys are RSA 2048, made once per instance (make one per test class).
 */
public final class TestSigners {

    public static final String AYSE_TC = "12345678901";
    public static final String MEHMET_TC = "23456789012";

    public final Clock clock = Clock.fixed(
            LocalDateTime.parse(TestClock.START).atZone(ZoneId.of("Europe/Istanbul")).toInstant(),
            ZoneId.of("Europe/Istanbul"));
    public final DemoPki trustedCa = new DemoPki("Kurul Test e-İmza Kök Sertifikası", clock);
    public final DemoPki untrustedCa = new DemoPki("Tanınmayan Test Kök Sertifikası", clock);
    public final DemoPki.Signer ayse = trustedCa.issue("Ayşe", "Yılmaz", AYSE_TC);
    public final DemoPki.Signer mehmet = trustedCa.issue("Mehmet", "Öztürk", MEHMET_TC);
    /** Certificate valid for a year, ended a year before the clock's now. */
    public final DemoPki.Signer expired = trustedCa.issue("Hüseyin", "Çelik", "34567890123",
            clock.instant().minus(Duration.ofDays(730)), clock.instant().minus(Duration.ofDays(365)));
    /** Certificate from the CA nobody trusts. */
    public final DemoPki.Signer stranger = untrustedCa.issue("İsmail", "Kaya", "45678901234");

    /** Trust anchors holding the trusted test CA only. */
    public TrustedCertificates trusted() {
        TrustedCertificates trusted = new TrustedCertificates();
        trustedCa.trustIn(trusted);
        return trusted;
    }

    public Instant now() {
        return clock.instant();
    }

    /** A minutes-like PDF rendered the way Kurul renders the Ek-1 (HTML → PDF, DejaVu Sans). */
    public static byte[] minutesPdf(String title) {
        String html = """
                <html><head><style>body { font-family: 'DejaVu Sans'; font-size: 11pt; }</style></head><body>
                <h1>%s</h1>
                <p>Gaziantep İl Göç Koordinasyon Kurulu toplantı tutanağı (Ek-1). Gündem, görüşmeler ve kararlar:
                KARAR-1 — Şahinbey ilçesinde uyum eğitimleri sürdürülecektir; ığdış, çağrı, öğüt, İZMİR, ĞÜŞİÖÇ.</p>
                </body></html>""".formatted(title);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> TestSigners.class.getResourceAsStream("/documents/fonts/DejaVuSans.ttf"),
                    "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> TestSigners.class.getResourceAsStream("/documents/fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the PDF with one byte of the first page's content stream (the text a reader sees) flipped — a
     * change inside every signature's signed range.
     */
    public static byte[] flipByteInPageContent(byte[] pdf) {
        int number;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSBase contents = document.getPage(0).getCOSObject().getItem(COSName.CONTENTS);
            if (contents instanceof COSArray array) {
                contents = array.get(0);
            }
            number = (int) ((COSObject) contents).getKey().getNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher object = Pattern.compile("(?<![0-9])" + number + " 0 obj").matcher(text);
        if (!object.find()) {
            throw new IllegalStateException("content stream object " + number + " not found");
        }
        int stream = text.indexOf("stream", object.end());
        byte[] copy = pdf.clone();
        copy[stream + "stream".length() + 12] ^= 0x01;
        return copy;
    }
}

