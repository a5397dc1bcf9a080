package tr.gov.goc.kurul.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Kurul's institutional electronic seal (kurumsal elektronik mühür): a PAdES B-B signature with the institution's
 * key, added as an incremental update that covers the whole document. The key comes from a PKCS#12 keystore
 * ({@code kurul.seal.keystore}, {@code kurul.seal.password}, optional {@code kurul.seal.alias}); without one, a
 * demo seal key and self-signed certificate are generated at start-up (and trusted), with a warning.
 */
@Service
public class InstitutionalSeal {

    private static final Logger log = LoggerFactory.getLogger(InstitutionalSeal.class);
    private static final String LOCATION = "Türkiye";
    private static final String DEMO_ALIAS = "muhur";
    private static final Duration YEAR = Duration.ofDays(366);

    private final Clock clock;
    private final byte[] keystore;
    private final char[] password;
    private final String alias;
    private final X509Certificate certificate;
    private final String sealName;

    @Autowired
    public InstitutionalSeal(@Value("${kurul.seal.keystore:}") String keystorePath,
            @Value("${kurul.seal.password:}") String password, @Value("${kurul.seal.alias:}") String alias,
            Clock clock, TrustedCertificates trusted) {
        this.clock = clock;
        if (keystorePath == null || keystorePath.isBlank()) {
            log.warn("Kurumsal elektronik mühür için anahtar deposu (kurul.seal.keystore) ayarlanmamış: DEMO mühür "
                    + "kullanılıyor, üretimde kullanmayın. / No seal keystore configured (kurul.seal.keystore): "
                    + "using a generated DEMO seal key and self-signed certificate — not for production.");
            KeyPair keys = Certificates.rsaKeyPair();
            Instant now = clock.instant();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "TR")
                    .addRDN(BCStyle.O, "Göç İdaresi Başkanlığı (demo)")
                    .addRDN(BCStyle.CN, "Kurul Kurumsal Mühür (demo)")
                    .build();
            X509Certificate demo = Certificates.selfSigned(name, keys, now.minus(YEAR.multipliedBy(5)),
                    now.plus(YEAR.multipliedBy(10)), false);
            this.password = "demo".toCharArray();
            this.alias = DEMO_ALIAS;
            this.keystore = PadesSigning.pkcs12(DEMO_ALIAS, keys.getPrivate(), new X509Certificate[] {demo},
                    this.password);
            this.certificate = demo;
            trusted.add(demo);
        } else {
            this.password = password.toCharArray();
            try {
                this.keystore = Files.readAllBytes(Path.of(keystorePath));
            } catch (IOException e) {
                throw new UncheckedIOException("kurul.seal.keystore: cannot read " + keystorePath, e);
            }
            String[] found = sealKey(keystore, this.password, alias);
            this.alias = found[0];
            this.certificate = certificateOf(keystore, this.password, this.alias);
            log.info("Kurumsal elektronik mühür / institutional seal: {} ({})",
                    certificate.getSubjectX500Principal().getName(), keystorePath);
        }
        this.sealName = PadesVerifier.identity(certificate, null).commonName();
    }

    /** Seals the PDF now: a PAdES signature covering the whole document, with a Turkish reason. */
    public byte[] seal(byte[] pdf, String reason) {
        return PadesSigning.sign(pdf, keystore, password, alias, clock.instant(),
                new PadesSigning.Details(sealName, reason, LOCATION));
    }

    /** The seal's certificate (for display, or to trust it elsewhere). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The alias of the key to use: the configured one, or the only/first key entry. */
    private static String[] sealKey(byte[] keystore, char[] password, String alias) {
        KeyStore store = load(keystore, password);
        try {
            if (alias != null && !alias.isBlank()) {
                if (!store.isKeyEntry(alias)) {
                    throw new IllegalStateException("kurul.seal.alias: no private key '" + alias + "' in the keystore");
                }
                return new String[] {alias};
            }
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    return new String[] {a};
                }
            }
            throw new IllegalStateException("kurul.seal.keystore: no private key in the keystore");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("kurul.seal.keystore: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificateOf(byte[] keystore, char[] password, String alias) {
        KeyStore store = load(keystore, password);
        try {
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0 || !(store.getKey(alias, password) instanceof PrivateKey)) {
                throw new IllegalStateException("kurul.seal.keystore: no key with a certificate chain under '"
                        + alias + "' (" + Arrays.toString(chain) + ")");
            }
            return (X509Certificate) chain[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("kurul.seal.keystore: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(byte[] keystore, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(keystore), password);
            return store;
        } catch (IOException e) {
            throw new IllegalStateException("kurul.seal.keystore: cannot open (wrong password?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("kurul.seal.keystore: " + e.getMessage(), e);
        }
    }
}
