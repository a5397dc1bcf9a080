package tr.gov.goc.kurul.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What any PDF reader says of a PDF's signatures: Debian poppler-utils' {@code pdfsig}, one report per signature
 * ("Signature #n: …"). Missing pdfsig fails the run with {@code CI=true} (bash .ci/run installs it), else skips.
 */
public final class PdfSig {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private PdfSig() {
    }

    /** One entry per signature, in the document's order; certificates not checked (-nocert): the signatures' integrity. */
    public static List<String> signatures(byte[] pdf) {
        if (!Files.isExecutable(PDFSIG)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("pdfsig (Debian poppler-utils) is missing: install it (bash .ci/run does)");
            }
            assumeTrue(false, "pdfsig (poppler-utils) is not installed");
        }
        try {
            Path file = Files.createTempFile("tutanak", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder(PDFSIG.toString(), "-nocert", file.toString()).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                List<String> signatures = new ArrayList<>();
                String[] parts = out.split("Signature #\\d+:");
                for (int i = 1; i < parts.length; i++) {
                    signatures.add(parts[i]);
                }
                assertThat(signatures).as("pdfsig output:%n%s", out).isNotEmpty();
                return signatures;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
