package tr.gov.goc.kurul.minutes;

import java.time.Instant;
import java.util.Locale;

/** Who signed, read from the signer's certificate. */
public record SignerIdentity(String commonName, String givenName, String surname,
        String serialNumber /* e.g. TC identity no, may be null */, String subjectDn, String issuerDn,
        Instant signingTime) {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    /**
     * Turkish-locale, case- and space-insensitive: the certificate names this person (CN, or given name + surname);
     * if the certificate carries a serialNumber and tcNo is non-null they must be equal (a "TCKN"/"TR" prefix of
     * the serialNumber is ignored).
     */
    public boolean matches(String fullName, String tcNo) {
        if (fullName == null || normalize(fullName).isEmpty()) {
            return false;
        }
        String wanted = normalize(fullName);
        boolean named = wanted.equals(normalize(commonName))
                || (givenName != null && surname != null && wanted.equals(normalize(givenName + surname)));
        if (!named) {
            return false;
        }
        if (serialNumber != null && tcNo != null) {
            return identityNumber(serialNumber).equals(identityNumber(tcNo));
        }
        return true;
    }

    /** The serialNumber without a "TCKN"/"TR" prefix (and separators such as "TCKN-"), as the TC number. */
    public String identityNumber() {
        return serialNumber == null ? null : identityNumber(serialNumber);
    }

    private static String identityNumber(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.startsWith("TCKN")) {
            v = v.substring(4);
        } else if (v.startsWith("TR")) {
            v = v.substring(2);
        }
        return v.replaceAll("[\\s:\\-]", "");
    }

    private static String normalize(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toLowerCase(TURKISH);
    }
}
