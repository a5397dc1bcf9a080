package tr.gov.goc.kurul.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainTextValidator;

/**
 * What completing a task may set: only the input fields its deployed Camunda Form declares ({@code forms/*.form},
 * {@code camunda:formRef}), each with the form's type and limits — the same whether the task is completed in
 * Tasklist, through {@code /engine-rest} or through Kurul's {@code /api/tasks}. Anything else (another institution's
 * id, the meeting's key, a file, a Java or JSON object, a value outside the options) is refused with a Turkish 400
 * before the engine runs, so nothing is stored. A task without a form is completed without values. The form's own
 * rules (required fields, the circular's checks) stay with its task listeners.
 *
 * <p>R10.2: "… irtibat görevlileri … görev alanına ilişkin gündem önerilerini … kurumu adına İl Göç İdaresi
 * Müdürlüğüne iletir" — a liaison officer answers for their own institution, in their own task (R5.6 likewise for
 * a decision's follow-up); an institution id, a meeting key or a province sent along would record it for another.
 */
@Service
public class FormSubmissions {

    /** Camunda's String columns (ACT_RU_VARIABLE.TEXT_) hold 4,000 characters. */
    static final int MAX_TEXT = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "double", "short");
    private static final Set<String> FORBIDDEN_VALUE_INFO = Set.of("objectTypeName", "serializationDataFormat",
            "filename", "mimeType", "mimetype", "encoding");

    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final Map<String, DeployedForm> forms = new ConcurrentHashMap<>();

    FormSubmissions(TaskService taskService, FormService formService, IdentityService identityService) {
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
    }

    /**
     * A submitted value: its JSON value, the Camunda type the client named (null: none) and its valueInfo.
     * {@code typed}: sent as Camunda's REST API variable ({@code {"value":…,"type":…}}); otherwise a plain JSON value
     * of {@code /api/tasks/{id}/complete}, where a list is a checklist's choice.
     */
    public record Submitted(JsonNode value, String type, JsonNode valueInfo, boolean typed) {

        public static Submitted plain(JsonNode value) {
            return new Submitted(value, null, null, false);
        }
    }

    /**
     * Checks a completion of a task the caller can see and returns its values as the engine should store them
     * (a checklist's choice as a JSON variable). Throws {@link InvalidInputException} (400) naming the field.
     */
    public Map<String, Object> check(String taskId, Map<String, Submitted> submitted) {
        if (submitted.isEmpty()) {
            return Map.of();
        }
        DeployedForm form = formOf(taskId);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Submitted> entry : submitted.entrySet()) {
            String name = entry.getKey();
            DeployedForm.Field field = form.fields().get(name);
            if (field == null) {
                throw new InvalidInputException(name, form.fields().isEmpty()
                        ? "Bu görevin formu yok; görev değer gönderilmeden tamamlanır ('" + name + "' kabul edilmez)."
                        : "'" + name + "' bu görevin formunda bir alan değil; görev yalnız formundaki alanlarla tamamlanır.");
            }
            values.put(name, value(taskId, field, entry.getValue()));
        }
        return values;
    }

    private DeployedForm formOf(String taskId) {
        Task task = AsSystem.run(identityService, () -> taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        if (task == null) {
            throw new NotFoundException("Görev bulunamadı: " + taskId);
        }
        if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
            return DeployedForm.none();
        }
        if (task.getProcessDefinitionId() == null) {
            return load(taskId);
        }
        // every formRef of Kurul is bound to its deployment: one form per definition and task, for good
        return forms.computeIfAbsent(task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey(), key -> load(taskId));
    }

    private DeployedForm load(String taskId) {
        try (InputStream in = AsSystem.run(identityService, () -> formService.getDeployedTaskForm(taskId))) {
            return DeployedForm.parse(JSON.readTree(in));
        } catch (IOException | RuntimeException e) {
            // an embedded or external form Kurul cannot read: nothing it could set is known, so nothing is accepted
            return DeployedForm.none();
        }
    }

    private Object value(String taskId, DeployedForm.Field field, Submitted submitted) {
        String label = "'" + field.label() + "' alanı";
        String type = submitted.type() == null ? null : submitted.type().trim().toLowerCase();
        JsonNode info = submitted.valueInfo();
        if (info != null && info.isObject()) {
            info.fieldNames().forEachRemaining(name -> {
                if (FORBIDDEN_VALUE_INFO.contains(name) && !isJsonFormat(type, name, info.get(name))) {
                    throw new InvalidInputException(field.key(), label + " için nesne, dosya ya da serileştirme bilgisi gönderilemez.");
                }
            });
        }
        if (type != null && Set.of("object", "file", "bytes", "xml").contains(type)) {
            throw new InvalidInputException(field.key(), label + " için '" + submitted.type() + "' türünde değer gönderilemez.");
        }
        JsonNode value = submitted.value();
        if (value == null || value.isNull() || "null".equals(type)) {
            return null;
        }
        if (field.readonly()) {
            return readonly(taskId, field, value, label);
        }
        return switch (field.kind()) {
            case TEXT -> text(field, value, type, label);
            case NUMBER -> number(field, value, type, label);
            case CHECKBOX -> {
                if (!(type == null || type.equals("boolean")) || !value.isBoolean()) {
                    throw new InvalidInputException(field.key(), label + " evet/hayır (true/false) olmalıdır.");
                }
                yield value.booleanValue();
            }
            case CHOICE -> choice(taskId, field, value, type, label);
            case MULTI_CHOICE -> multiChoice(taskId, field, value, type, submitted.typed(), label);
            case DATE -> dateText(field, value, type, label, "YYYY-AA-GG biçiminde bir tarih", LocalDate::parse);
            case TIME -> dateText(field, value, type, label, "SS:DD biçiminde bir saat", text -> {
                if (!TIME.matcher(text).matches()) {
                    throw new DateTimeParseException("saat", text, 0);
                }
                return text;
            });
            case DATE_TIME -> dateText(field, value, type, label, "tarih ve saat (YYYY-AA-GGTSS:DD)", text -> {
                try {
                    return OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(text);
                }
            });
            case COMPUTED -> {
                if (!value.isValueNode() || (type != null && !Set.of("string", "boolean", "integer", "long", "double", "short").contains(type))) {
                    throw new InvalidInputException(field.key(), label + " hesaplanan bir değerdir: yalnız metin, sayı ya da evet/hayır olabilir.");
                }
                yield value.isTextual() ? text(field, value, type, label) : value.isBoolean() ? value.booleanValue() : value.numberValue();
            }
            case UNSUPPORTED -> throw new InvalidInputException(field.key(), label + " (" + field.componentType()
                    + ") bu sürümde desteklenmeyen bir form bileşeni; değer kabul edilmez.");
        };
    }

    private static boolean isJsonFormat(String type, String name, JsonNode value) {
        return "json".equals(type) && name.equals("serializationDataFormat") && "application/json".equals(value.asText());
    }

    private static String text(DeployedForm.Field field, JsonNode value, String type, String label) {
        if (!(type == null || type.equals("string")) || !value.isTextual()) {
            throw new InvalidInputException(field.key(), label + " metin olmalıdır.");
        }
        String text = value.textValue();
        int max = field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
        if (text.length() > max) {
            throw new InvalidInputException(field.key(), label + " en fazla " + max + " karakter olabilir.");
        }
        if (field.minLength() != null && !text.isEmpty() && text.length() < field.minLength()) {
            throw new InvalidInputException(field.key(), label + " en az " + field.minLength() + " karakter olmalıdır.");
        }
        String problem = PlainTextValidator.problem(text);
        if (problem != null) {
            throw new InvalidInputException(field.key(), label + ": " + problem);
        }
        if (field.pattern() != null && !text.isEmpty() && !matches(field.pattern(), text)) {
            throw new InvalidInputException(field.key(), label + " istenen biçimde değil.");
        }
        return text;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Number number(DeployedForm.Field field, JsonNode value, String type, String label) {
        if (!(type == null || NUMBER_TYPES.contains(type)) || !value.isNumber()) {
            throw new InvalidInputException(field.key(), label + " bir sayı olmalıdır.");
        }
        double number = value.doubleValue();
        if (field.min() != null && number < field.min()) {
            throw new InvalidInputException(field.key(), label + " en az " + plain(field.min()) + " olmalıdır.");
        }
        if (field.max() != null && number > field.max()) {
            throw new InvalidInputException(field.key(), label + " en çok " + plain(field.max()) + " olabilir.");
        }
        return value.numberValue();
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

    private Object choice(String taskId, DeployedForm.Field field, JsonNode value, String type, String label) {
        if (!value.isValueNode() || (type != null && !Set.of("string", "boolean", "integer", "long", "double", "short").contains(type))) {
            throw new InvalidInputException(field.key(), label + " listedeki seçeneklerden biri olmalıdır.");
        }
        String chosen = value.asText();
        if (!options(taskId, field).contains(chosen)) {
            throw new InvalidInputException(field.key(), label + " için seçilen değer listede yok: " + abbreviate(chosen) + ".");
        }
        return value.isTextual() ? value.textValue() : value.isBoolean() ? value.booleanValue() : value.numberValue();
    }

    private Object multiChoice(String taskId, DeployedForm.Field field, JsonNode value, String type, boolean typed, String label) {
        JsonNode array = value;
        if (typed) {
            if (!"json".equals(type) || !value.isTextual()) {
                throw new InvalidInputException(field.key(), label + " bir seçim listesidir: JSON dizisi olarak (type \"Json\") gönderilmelidir.");
            }
            try {
                array = JSON.readTree(value.textValue());
            } catch (IOException e) {
                throw new InvalidInputException(field.key(), label + " okunamadı: geçerli bir JSON dizisi gönderin.");
            }
        }
        if (array == null || !array.isArray()) {
            throw new InvalidInputException(field.key(), label + " bir seçim listesi (dizi) olmalıdır.");
        }
        List<String> allowed = options(taskId, field);
        List<Object> chosen = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isValueNode() || element.isNull()) {
                throw new InvalidInputException(field.key(), label + " yalnız listedeki seçenekleri içerebilir.");
            }
            if (!allowed.contains(element.asText())) {
                throw new InvalidInputException(field.key(), label + " için seçilen değer listede yok: " + abbreviate(element.asText()) + ".");
            }
            chosen.add(element.isTextual() ? element.textValue() : element.numberValue());
        }
        return typed ? value.textValue() : FormValues.json(chosen);
    }

    private static Object dateText(DeployedForm.Field field, JsonNode value, String type, String label, String expected,
                                   java.util.function.Function<String, Object> parse) {
        if (!(type == null || type.equals("string")) || !value.isTextual()) {
            throw new InvalidInputException(field.key(), label + " " + expected + " olarak metinle gönderilmelidir.");
        }
        String text = value.textValue().trim();
        if (text.isEmpty()) {
            return value.textValue();
        }
        try {
            parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field.key(), label + " " + expected + " olmalıdır.");
        }
        return value.textValue();
    }

    /** A read-only field may come back only as the form showed it. */
    private Object readonly(String taskId, DeployedForm.Field field, JsonNode value, String label) {
        Object current = AsSystem.run(identityService, () -> taskService.getVariable(taskId, field.key()));
        String shown = current == null ? "" : current.toString();
        String sent = value.isTextual() ? value.textValue() : value.toString();
        if (!shown.equals(sent)) {
            throw new InvalidInputException(field.key(), label + " salt okunurdur; değiştirilemez.");
        }
        return current;
    }

    /** The values a choice may take: the form's own, or those of the variable it names ({@code valuesKey}). */
    private List<String> options(String taskId, DeployedForm.Field field) {
        if (field.optionsVariable() == null) {
            return field.options();
        }
        Object variable = AsSystem.run(identityService, () -> taskService.getVariable(taskId, field.optionsVariable()));
        List<String> options = new ArrayList<>();
        if (variable == null) {
            return options;
        }
        JsonNode list;
        try {
            list = variable instanceof java.util.Collection<?> collection ? JSON.valueToTree(collection) : JSON.readTree(variable.toString());
        } catch (IOException | IllegalArgumentException e) {
            return options;
        }
        for (JsonNode option : list) {
            options.add(option.isObject() ? option.path("value").asText() : option.asText());
        }
        return options;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    static Map<String, Submitted> plain(Map<String, Object> values) {
        Map<String, Submitted> submitted = new HashMap<>();
        values.forEach((name, value) -> submitted.put(name, Submitted.plain(JSON.valueToTree(value))));
        return submitted;
    }
}
