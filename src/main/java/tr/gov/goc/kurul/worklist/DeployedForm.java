package tr.gov.goc.kurul.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input fields of a Camunda Form (form-js JSON, {@code forms/*.form}): what a completion of its task may set.
 * Display components (text, table, image …) declare nothing; a field marked {@code disabled} is not submitted by
 * form-js and so is not accepted either. Components this reading does not know (dynamic lists, groups with a path,
 * file pickers) declare a field that refuses every value, so a new kind of field fails closed until it is handled.
 */
record DeployedForm(String id, Map<String, Field> fields) {

    /** form-js components that show something and submit nothing. */
    private static final Set<String> DISPLAY = Set.of("text", "table", "image", "spacer", "separator", "html",
            "iframe", "button", "expression-display");
    /** Containers whose children submit at the top level (no {@code path}). */
    private static final Set<String> CONTAINERS = Set.of("group", "columns");

    enum Kind { TEXT, NUMBER, CHECKBOX, CHOICE, MULTI_CHOICE, DATE, TIME, DATE_TIME, COMPUTED, UNSUPPORTED }

    /**
     * One input field: its kind and the limits form-js enforces in Tasklist ({@code validate.maxLength}, {@code min},
     * {@code max}, {@code pattern}), its static options ({@code values}) or the variable holding them
     * ({@code valuesKey}), and whether it is read-only (shown, sent back unchanged).
     */
    record Field(String key, String label, Kind kind, String componentType, Integer minLength, Integer maxLength,
                 Double min, Double max, String pattern, List<String> options, String optionsVariable, boolean readonly) {
    }

    static DeployedForm parse(JsonNode schema) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(schema.path("components"), fields);
        return new DeployedForm(schema.path("id").asText(""), Collections.unmodifiableMap(fields));
    }

    static DeployedForm none() {
        return new DeployedForm("", Map.of());
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (CONTAINERS.contains(type) && !component.hasNonNull("path")) {
                collect(component.path("components"), fields);
                continue;
            }
            String key = component.path("key").asText(component.path("path").asText(""));
            if (DISPLAY.contains(type) || key.isEmpty() || component.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> options = new ArrayList<>();
            component.path("values").forEach(v -> options.add(v.path("value").asText()));
            fields.put(key, new Field(key, label(component, key), kind(type, component.path("subtype").asText("")), type,
                    integer(validate, "minLength"), integer(validate, "maxLength"), number(validate, "min"),
                    number(validate, "max"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                    List.copyOf(options), component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null,
                    component.path("readonly").asBoolean(false)));
        }
    }

    private static Kind kind(String type, String subtype) {
        return switch (type) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.CHECKBOX;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.MULTI_CHOICE;
            case "expression" -> Kind.COMPUTED; // form-js computes it in the browser (FEEL): a plain value, no more
            case "datetime" -> switch (subtype) {
                case "date" -> Kind.DATE;
                case "time" -> Kind.TIME;
                default -> Kind.DATE_TIME;
            };
            default -> Kind.UNSUPPORTED; // filepicker, dynamiclist, a group with a path …
        };
    }

    private static String label(JsonNode component, String key) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            String label = component.path(name).asText("");
            if (!label.isBlank()) {
                return label.replaceAll("\\s+", " ").trim();
            }
        }
        return key;
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asInt() : null;
    }

    private static Double number(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asDouble() : null;
    }
}
