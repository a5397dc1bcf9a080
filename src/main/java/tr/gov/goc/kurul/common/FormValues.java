package tr.gov.goc.kurul.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Values to and from Camunda Forms: lists go to the form as JSON variables (tables, checklist options) and come
 * back as JSON arrays or Java lists; dates come back as ISO strings.
 */
public final class FormValues {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private FormValues() {
    }

    /** A JSON process variable (Spin), readable by form-js in Tasklist. */
    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A submitted list (checklist, taglist): a Spin JSON array, a Java collection, a JSON string or nothing. */
    public static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof SpinJsonNode node) {
            if (node.isArray()) {
                node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
            } else if (!node.isNull()) {
                result.add(node.isString() ? node.stringValue() : node.toString());
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(e -> result.add(String.valueOf(e)));
        } else {
            String text = value.toString().trim();
            if (text.startsWith("[")) {
                try {
                    JSON.readTree(text).forEach(e -> result.add(e.isTextual() ? e.asText() : e.toString()));
                } catch (JsonProcessingException e) {
                    throw new TaskInputException("Seçim listesi okunamadı.");
                }
            } else if (!text.isEmpty()) {
                result.add(text);
            }
        }
        return result;
    }

    /** Submitted record ids (checklist values): each must be a number, else the form is refused. */
    public static List<Long> ids(Object value, String label) {
        List<Long> ids = new ArrayList<>();
        for (String raw : strings(value)) {
            try {
                ids.add(Long.valueOf(raw.trim()));
            } catch (NumberFormatException e) {
                throw new TaskInputException("Geçersiz " + label + " seçimi: " + raw);
            }
        }
        return ids;
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /** A date field (form-js datetime, date only) or an ISO string; a date-time keeps its date part. */
    public static LocalDate date(Object value, String label) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new TaskInputException(label + ": tarih YYYY-AA-GG biçiminde olmalıdır.");
        }
    }

    /** A required text, checked for length and for characters the database cannot keep. */
    public static String requiredText(Object value, String label, int maxLength) {
        String text = text(value);
        if (text == null) {
            throw new TaskInputException(label + " zorunludur.");
        }
        return checkedText(text, label, maxLength);
    }

    public static String optionalText(Object value, String label, int maxLength) {
        String text = text(value);
        return text == null ? null : checkedText(text, label, maxLength);
    }

    private static String checkedText(String text, String label, int maxLength) {
        if (text.length() > maxLength) {
            throw new TaskInputException(label + " en fazla " + maxLength + " karakter olabilir.");
        }
        String problem = PlainTextValidator.problem(text);
        if (problem != null) {
            throw new TaskInputException(label + ": " + problem);
        }
        return text;
    }
}
