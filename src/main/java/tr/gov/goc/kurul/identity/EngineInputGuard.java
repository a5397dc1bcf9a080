package tr.gov.goc.kurul.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import java.util.Set;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.worklist.FormSubmissions;
import tr.gov.goc.kurul.common.PlainTextValidator;

/**
 * What a call to Camunda's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}, i.e. every
 * Tasklist form) may send, checked before the engine sees it; a refusal is a Turkish 400 and nothing is stored:
 * <ul>
 * <li>every text in a JSON body that would change something — emoji (Camunda's utf8mb3 tables on MariaDB answer SQL
 * error 1366), control characters, HTML/script, String values longer than Camunda's 4,000 character column;</li>
 * <li>no variable typed Object, File, Bytes or Xml, no {@code objectTypeName} (a JSON variable naming
 * {@code java.lang.ProcessBuilder}), no query {@code …Expression} in a body or a parameter, paging as whole numbers
 * from 0;</li>
 * <li>a task completion ({@code complete}, {@code submit-form}, {@code resolve}) only with the fields of the task's
 * form, with the form's types and limits ({@link FormSubmissions}).</li>
 * </ul>
 * The engine's answers are made readable by {@link EngineAnswers}.
 */
class EngineInputGuard extends OncePerRequestFilter {

    /** ACT_RU_VARIABLE.TEXT_ and its history twin are varchar(4000). */
    static final int MAX_STRING_VARIABLE = 4000;
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean changes(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** Variable types no form of Kurul submits: Java/JSON objects naming any class, files, bytes, XML. */
    private static final java.util.Set<String> FORBIDDEN_TYPES = java.util.Set.of("object", "file", "bytes", "xml");
    private static final java.util.Set<String> PAGING = java.util.Set.of("firstResult", "maxResults");

    private final IdentityService identityService;
    private final TaskService taskService;
    private final FormSubmissions formSubmissions;

    EngineInputGuard(IdentityService identityService, TaskService taskService, FormSubmissions formSubmissions) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.formSubmissions = formSubmissions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        String parameterProblem = parameterProblem(request);
        if (parameterProblem != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, parameterProblem);
            return;
        }
        String contentType = request.getContentType();
        boolean json = contentType != null && contentType.toLowerCase().startsWith("application/json");
        String completedTask = completedTask(request);
        if (completedTask != null && !json && request.getContentLengthLong() > 0) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Görev yalnız JSON gövdeyle tamamlanır (Content-Type: application/json).");
            return;
        }
        if (changes(request) && json) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "İstek gövdesi çok büyük (en fazla 2 MB).");
                return;
            }
            String problem = problem(body);
            if (problem == null && completedTask != null) {
                problem = formProblem(request, completedTask, body);
            }
            if (problem != null) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
            checked = new CachedBodyRequest(request, body);
        }
        chain.doFilter(checked, response);
    }

    /**
     * Query parameters a list call may take: paging as whole numbers from 0 (Camunda answered a negative
     * {@code firstResult} with 500), and no {@code …Expression} (an expression would run in the engine).
     */
    static String parameterProblem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "Sorgu parametreleri okunamadı (geçersiz % kodlaması).";
            }
            if (name.endsWith("Expression")) {
                return "'" + name + "': sorgularda ifade (expression) kullanılamaz.";
            }
            if (PAGING.contains(name) && !value.matches("\\d{1,9}")) {
                return "'" + name + "' 0 ya da daha büyük bir tam sayı olmalıdır.";
            }
        }
        return null;
    }

    /** The id of the task a call completes ({@code POST /task/{id}/complete|submit-form|resolve}), or null. */
    private static String completedTask(HttpServletRequest request) {
        Object path = request.getAttribute(EngineAccessGuard.ENGINE_PATH);
        if (!"POST".equals(request.getMethod()) || !(path instanceof java.util.List<?> segments) || segments.size() != 3
                || !"task".equals(segments.get(0)) || !Set.of("complete", "submit-form", "resolve").contains(String.valueOf(segments.get(2)))) {
            return null;
        }
        return String.valueOf(segments.get(1));
    }

    /**
     * A completion may set only the fields of the task's form ({@link FormSubmissions}); checked when the caller can
     * see the task — a task they cannot see is refused by the engine as before (404), with nothing run.
     */
    private String formProblem(HttpServletRequest request, String taskId, byte[] body) throws IOException {
        Object caller = request.getAttribute(EngineAccessGuard.CALLER);
        if (!(caller instanceof org.camunda.bpm.engine.impl.identity.Authentication authentication)
                || !asCaller(authentication, () -> taskService.createTaskQuery().taskId(taskId).count() == 1)) {
            return null;
        }
        JsonNode root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        JsonNode variables = root.path("variables");
        Map<String, FormSubmissions.Submitted> submitted = new java.util.LinkedHashMap<>();
        if (!variables.isMissingNode() && !variables.isNull()) {
            if (!variables.isObject()) {
                return "'variables' bir nesne olmalıdır: {\"alan\": {\"value\": …}}.";
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = it.next();
                JsonNode v = variable.getValue();
                if (!v.isObject()) {
                    return "'" + variable.getKey() + "' değişkeni {\"value\": …, \"type\": …} biçiminde gönderilmelidir.";
                }
                submitted.put(variable.getKey(), new FormSubmissions.Submitted(v.path("value"),
                        v.hasNonNull("type") ? v.get("type").asText() : null, v.get("valueInfo"), true));
            }
        }
        try {
            formSubmissions.check(taskId, submitted);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        } catch (NotFoundException e) {
            return null; // gone meanwhile: the engine answers (a lost race, 409)
        }
    }

    private <T> T asCaller(org.camunda.bpm.engine.impl.identity.Authentication caller, java.util.function.Supplier<T> call) {
        org.camunda.bpm.engine.impl.identity.Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller);
        try {
            return call.get();
        } finally {
            if (before != null) {
                identityService.setAuthentication(before);
            } else {
                identityService.clearAuthentication();
            }
        }
    }

    /** The Turkish reason a JSON body is refused, or null. */
    static String problem(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return "İstek gövdesi geçerli bir JSON değil.";
        }
        return problem(root, "");
    }

    private static String problem(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String problem = PlainTextValidator.problem(node.asText());
            return problem == null ? null : label(path) + problem;
        }
        if (node.isObject()) {
            JsonNode value = node.get("value");
            JsonNode type = node.get("type");
            if (node.has("value") && type != null && type.isTextual() && FORBIDDEN_TYPES.contains(type.asText().toLowerCase())) {
                return label(path) + "'" + type.asText() + "' türünde değişken kabul edilmez (Kurul'un formları "
                        + "yalnız metin, sayı, evet/hayır, tarih ve seçim listesi gönderir).";
            }
            JsonNode valueInfo = node.get("valueInfo");
            if (valueInfo != null && valueInfo.hasNonNull("objectTypeName")) {
                return label(path) + "nesne türü (objectTypeName) gönderilemez.";
            }
            boolean stringVariable = value != null && value.isTextual()
                    && (type == null || type.isNull() || "string".equalsIgnoreCase(type.asText()));
            if (stringVariable && value.asText().length() > MAX_STRING_VARIABLE) {
                return label(path) + "en fazla " + MAX_STRING_VARIABLE + " karakter olabilir.";
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.endsWith("Expression") && !field.getValue().isNull()) {
                    return "'" + name + "': sorgularda ve süzgeçlerde ifade (expression) kullanılamaz.";
                }
                String nameProblem = PlainTextValidator.problem(name);
                if (nameProblem != null || name.length() > 255) {
                    return "Değişken adı geçersiz: " + (nameProblem != null ? nameProblem : "en fazla 255 karakter olabilir.");
                }
                String problem = problem(field.getValue(), path.isEmpty() ? name : path + "." + name);
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String problem = problem(element, path);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** "variables.topic.value" → "'topic' alanı: ". */
    private static String label(String path) {
        String[] parts = path.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            if (!part.isEmpty() && !part.equals("value") && !part.equals("variables") && !part.equals("modifications")) {
                return "'" + part + "' alanı: ";
            }
        }
        return "";
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        EngineAccessGuard.refuse(response, status, "InvalidInput", message);
    }
}
