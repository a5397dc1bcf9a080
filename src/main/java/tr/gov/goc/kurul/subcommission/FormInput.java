package tr.gov.goc.kurul.subcommission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Reads the variables a Camunda Form submitted and collects every problem as a Turkish sentence, so the user sees
 * all of them at once; {@link #throwIfInvalid()} then keeps the task open (TaskInputException).
 */
final class FormInput {

    private static final java.time.ZoneId ISTANBUL = java.time.ZoneId.of("Europe/Istanbul");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;
    private final List<String> errors = new ArrayList<>();

    FormInput(VariableScope scope) {
        this.scope = scope;
    }

    /** Trimmed text or null when blank; checked for length and emoji / control characters. */
    String text(String name, String label, int maxLength, boolean required) {
        Object value = scope.getVariable(name);
        String text = value == null ? null : value.toString().trim();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(label + " zorunludur.");
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(label + " en fazla " + maxLength + " karakter olabilir (şu an " + text.length() + ").");
        }
        if (!PlainTextValidator.isPlain(text)) {
            errors.add(label + " emoji, denetim karakteri veya desteklenmeyen karakter içeremez.");
        }
        return text;
    }

    boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /** A date as Camunda Forms submit it (YYYY-MM-DD), or a Date / LocalDate set through the Java API. */
    LocalDate date(String name, String label, boolean required) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                errors.add(label + " zorunludur.");
            }
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ISTANBUL).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            errors.add(label + " geçerli bir tarih değil: " + text + " (YYYY-AA-GG bekleniyor).");
            return null;
        }
    }

    /**
     * The values of a checklist. Tasklist submits it as a JSON variable (Spin {@code SpinJsonNode}, or an Object
     * variable in JSON that arrives as a {@link java.util.List}); a JSON text is accepted too.
     */
    List<String> list(String name, String label) {
        Object value = scope.getVariable(name);
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                errors.add(label + " bir liste olmalıdır.");
                return values;
            }
            for (SpinJsonNode element : node.elements()) {
                values.add(element.isString() ? element.stringValue() : element.toString());
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                values.add(element instanceof Map<?, ?> map ? String.valueOf(map.get("value")) : String.valueOf(element));
            }
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                values.add(String.valueOf(element));
            }
        } else {
            try {
                JsonNode node = JSON.readTree(value.toString());
                if (!node.isArray()) {
                    errors.add(label + " bir liste olmalıdır.");
                    return values;
                }
                node.forEach(element -> values.add(element.isTextual() ? element.asText() : element.toString()));
            } catch (JsonProcessingException e) {
                errors.add(label + " bir liste olmalıdır.");
            }
        }
        return values;
    }

    void error(String message) {
        errors.add(message);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new TaskInputException(String.join(" ", errors));
        }
    }
}
