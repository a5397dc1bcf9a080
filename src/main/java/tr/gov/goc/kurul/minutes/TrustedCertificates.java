package tr.gov.goc.kurul.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The trust anchors for e-İmza signatures on the minutes: root (or issuing) certificates of the certification
 * authorities whose certificates Kurul accepts. Read from {@code kurul.signatures.trusted-certificates}
 * (comma-separated paths of PEM or DER files, each may hold several certificates; empty by default); more can be
 * added at run time (the demo's CA, the generated demo seal).
 */
@Service
public class TrustedCertificates {

    private static final Logger log = LoggerFactory.getLogger(TrustedCertificates.class);

    private final List<X509Certificate> anchors = new CopyOnWriteArrayList<>();

    @Autowired
    public TrustedCertificates(@Value("${kurul.signatures.trusted-certificates:}") String paths) {
        Arrays.stream(paths.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .forEach(p -> read(Path.of(p)).forEach(this::add));
        log.info("e-İmza güven çapaları / trust anchors: {}", anchors.size());
    }

    /** No anchors: nothing is trusted until {@link #add(X509Certificate)}. */
    public TrustedCertificates() {
        this("");
    }

    public void add(X509Certificate anchor) {
        if (!anchors.contains(anchor)) {
            anchors.add(anchor);
        }
    }

    public boolean remove(X509Certificate anchor) {
        return anchors.remove(anchor);
    }

    public List<X509Certificate> all() {
        return List.copyOf(anchors);
    }

    public boolean isTrusted(X509Certificate certificate) {
        return anchors.contains(certificate);
    }

    private static List<X509Certificate> read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            List<X509Certificate> result = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new IllegalStateException("kurul.signatures.trusted-certificates: no certificate in " + path);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("kurul.signatures.trusted-certificates: cannot read " + path, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("kurul.signatures.trusted-certificates: not a certificate: " + path, e);
        }
    }
}
