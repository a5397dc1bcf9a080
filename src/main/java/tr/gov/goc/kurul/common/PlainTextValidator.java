package tr.gov.goc.kurul.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isPlain(value);
    }

    public static boolean isPlain(String value) {
        return value.codePoints().noneMatch(cp -> Character.isSupplementaryCodePoint(cp)
                || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t'));
    }
}
