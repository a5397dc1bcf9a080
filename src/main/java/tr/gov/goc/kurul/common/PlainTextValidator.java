package tr.gov.goc.kurul.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Text a person types. Refused: 4-byte characters such as emoji (Camunda's utf8mb3 tables on MariaDB answer SQL
 * error 1366), control characters, and HTML/script markup (the text later lands in PDFs and mails).
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    /** A tag, a comment or a declaration: "<b", "</", "<!", "<?" — "a < b", "a<5" and "<5 yıl" stay allowed. */
    private static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z]|/[A-Za-z]|!|\\?)");
    /** Script without tags, e.g. in a link a mail client would follow. */
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)javascript\\s*:");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = value == null ? null : problem(value);
        if (problem != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        }
        return problem == null;
    }

    public static boolean isPlain(String value) {
        return problem(value) == null;
    }

    /** Why the text cannot be kept, in Turkish (without a field label), or null when it is plain text. */
    public static String problem(String value) {
        if (value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            return "Emoji ve benzeri 4 baytlık karakterler kullanılamaz.";
        }
        if (value.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
            return "Denetim karakteri içeremez.";
        }
        if (MARKUP.matcher(value).find() || SCRIPT_URL.matcher(value).find()) {
            return "HTML etiketi veya betik (script) içeremez; düz metin girin.";
        }
        return null;
    }
}
