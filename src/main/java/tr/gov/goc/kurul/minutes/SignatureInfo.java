package tr.gov.goc.kurul.minutes;

import java.time.Instant;

/**
 * One signature in a PDF: who (the certificate's name), when (claimed signing time), whether its bytes are
 * unchanged since signing, and whether its ByteRange reaches the end of the file.
 */
public record SignatureInfo(String signerName, Instant signingTime, boolean intact, boolean coversWholeDocument) {
}
