package tr.gov.goc.kurul.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person types: no control characters and no 4-byte characters (emoji). Camunda's own tables on
 * MariaDB are utf8mb3 and reject those with SQL error 1366, so they are refused up front with a Turkish message.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default "Emoji, denetim karakteri veya desteklenmeyen karakter içeremez.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
