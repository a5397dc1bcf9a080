package tr.gov.goc.kurul.minutes;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The demo's stand-in for a certification authority and for a board member's e-İmza tool: an in-memory CA
 * ("Kurul Demo e-İmza Kök Sertifikası") that issues person certificates (given name, surname, TC identity number
 * as serialNumber), and a signer that adds a PAdES B-B signature to a PDF as an incremental update with a keystore
 * token, as the member's own tool would. Nothing here is trusted until {@link #trustIn(TrustedCertificates)}.
 * Not for production: the keys live in memory only.
 */
public class DemoPki {

    public static final String DEMO_CA_NAME = "Kurul Demo e-İmza Kök Sertifikası";

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final Duration YEAR = Duration.ofDays(366);

    private final Clock clock;
    private final X500Name caName;
    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    /** The demo CA, valid from ten years before the clock's now to twenty years after. */
    public DemoPki(Clock clock) {
        this(DEMO_CA_NAME, clock);
    }

    /** A CA with its own new key under the given common name (tests make several, trusted or not). */
    public DemoPki(String caCommonName, Clock clock) {
        this.clock = clock;
        this.caName = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "TR")
                .addRDN(BCStyle.O, "Kurul Demo")
                .addRDN(BCStyle.CN, caCommonName)
                .build();
        this.caKeys = Certificates.rsaKeyPair();
        Instant now = clock.instant();
        this.caCertificate = Certificates.selfSigned(caName, caKeys, now.minus(YEAR.multipliedBy(10)),
                now.plus(YEAR.multipliedBy(20)), true);
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** Adds this CA to the trust anchors (the demo calls it; nothing else does). */
    public void trustIn(TrustedCertificates trusted) {
        trusted.add(caCertificate);
    }

    /** A person's signing certificate, valid from three years before now to five years after. */
    public Signer issue(String givenName, String surname, String tcNo) {
        Instant now = clock.instant();
        return issue(givenName, surname, tcNo, now.minus(YEAR.multipliedBy(3)), now.plus(YEAR.multipliedBy(5)));
    }

    public Signer issue(String givenName, String surname, String tcNo, Instant notBefore, Instant notAfter) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "TR")
                .addRDN(BCStyle.CN, (givenName + " " + surname).toUpperCase(TURKISH))
                .addRDN(BCStyle.GIVENNAME, givenName.toUpperCase(TURKISH))
                .addRDN(BCStyle.SURNAME, surname.toUpperCase(TURKISH));
        if (tcNo != null) {
            subject.addRDN(BCStyle.SERIALNUMBER, tcNo);
        }
        KeyPair keys = Certificates.rsaKeyPair();
        X509Certificate certificate = Certificates.issue(subject.build(), keys.getPublic(), caName,
                caKeys.getPublic(), caKeys.getPrivate(), notBefore, notAfter, false);
        return new Signer(givenName + " " + surname, keys.getPrivate(),
                new X509Certificate[] {certificate, caCertificate});
    }

    /** A person with a key and certificate: signs PDFs as an e-İmza tool would. */
    public final class Signer {

        private static final char[] TOKEN_PIN = "demo".toCharArray();

        private final String fullName;
        private final byte[] token;
        private final X509Certificate[] chain;

        private Signer(String fullName, PrivateKey key, X509Certificate[] chain) {
            this.fullName = fullName;
            this.chain = chain.clone();
            this.token = PadesSigning.pkcs12("imza", key, chain, TOKEN_PIN);
        }

        public String fullName() {
            return fullName;
        }

        public X509Certificate certificate() {
            return chain[0];
        }

        /** Signs now (the clock's instant). */
        public byte[] sign(byte[] pdf) {
            return sign(pdf, clock.instant());
        }

        /** A PAdES B-B signature claiming the given signing time, appended as an incremental update. */
        public byte[] sign(byte[] pdf, Instant signingTime) {
            return PadesSigning.sign(pdf, token, TOKEN_PIN, "imza", signingTime,
                    new PadesSigning.Details(fullName, "Tutanağı imzalıyorum", "Türkiye"));
        }
    }
}
