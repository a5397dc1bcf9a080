package tr.gov.goc.kurul.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import java.util.Set;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.worklist.FormSubmissions;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Hostile input at Camunda's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}, i.e. every
 * Tasklist form): every text in a JSON body that would change something — variables of a completed task or a
 * submitted form, a start, a message — is checked before the engine sees it. Emoji (Camunda's utf8mb3 tables on
 * MariaDB answer SQL error 1366), control characters, HTML/script and String values longer than Camunda's 4,000
 * character column get a Turkish 400; nothing is stored. Afterwards two engine answers are made readable: a task
 * completed a moment ago by someone else (optimistic locking, or gone) answers 409 in Turkish, not 500.
 */
class EngineInputGuard extends OncePerRequestFilter {

    /** ACT_RU_VARIABLE.TEXT_ and its history twin are varchar(4000). */
    static final int MAX_STRING_VARIABLE = 4000;
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_MISMATCH = "{\"type\":\"InvalidInput\",\"message\":\"Gönderilen değerlerden biri "
            + "türüyle uyuşmuyor ya da okunamıyor (tarih YYYY-AA-GG biçiminde, sayılar rakamla yazılmalıdır).\"}";
    private static final String LOST_RACE = "{\"type\":\"TaskAlreadyCompleted\",\"message\":\"Bu görev az önce başka bir "
            + "kullanıcı tarafından tamamlandı ya da değiştirildi. Görev listenizi yenileyin; girdiğiniz bilgiler kaydedilmedi.\"}";
    private static final String FORBIDDEN = "{\"type\":\"AuthorizationException\",\"message\":\"Bu işlem için yetkiniz yok.\"}";
    private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)$");
    private static final String NOT_FOUND = "{\"type\":\"NotFound\",\"message\":\"Kayıt bulunamadı.\"}";

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
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        TaskInputException.takeLast();
        try {
            chain.doFilter(checked, wrapper);
        } finally {
            String refusal = TaskInputException.takeLast();
            if (wrapper.getStatus() >= 500 && refusal != null && taskGone(request.getRequestURI())) {
                // the other candidate completed the task meanwhile; this transaction saw a half-gone task and its
                // form check failed on that: the user lost a race, the input was not wrong
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_CONFLICT);
                wrapper.setContentType("application/json;charset=UTF-8");
                wrapper.getOutputStream().write(LOST_RACE.getBytes(StandardCharsets.UTF_8));
            } else if (wrapper.getStatus() >= 500 && refusal != null) {
                // a Kurul check (form listener, plate code) refused the input; Camunda wrapped it as a 500
                wrapper.resetBuffer();
                refuse(wrapper, HttpServletResponse.SC_BAD_REQUEST, refusal, "FormValidationException");
            } else {
                String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                String rewritten = wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN && taskGone(request.getRequestURI())
                        ? LOST_RACE : rewrite(wrapper.getStatus(), request.getRequestURI(), body);
                if (rewritten != null) {
                    wrapper.resetBuffer();
                    wrapper.setStatus(rewritten == NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                            : rewritten == TYPE_MISMATCH ? HttpServletResponse.SC_BAD_REQUEST
                            : rewritten == FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_CONFLICT);
                    wrapper.setContentType("application/json;charset=UTF-8");
                    wrapper.getOutputStream().write(rewritten.getBytes(StandardCharsets.UTF_8));
                }
            }
            wrapper.copyBodyToResponse();
        }
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

    /**
     * The second of two people finishing the same task may meet Camunda's authorization check after the first
     * one's commit removed the task and its grants: a 403 for a task that no longer exists is a lost race.
     */
    private boolean taskGone(String uri) {
        Matcher task = TASK_ACTION.matcher(uri);
        if (!task.find()) {
            return false;
        }
        String id = task.group(1);
        return AsSystem.run(identityService, () -> taskService.createTaskQuery().taskId(id).count() == 0);
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

    /**
     * Two people finished the same task at the same moment: the loser gets Camunda's OptimisticLockingException
     * (500) or "task is null"/"Cannot find task" — answered as 409 with a Turkish message instead.
     */
    static String rewrite(int status, String uri, String body) {
        if (status < 400) {
            return null;
        }
        String message;
        try {
            JsonNode node = JSON.readTree(body);
            message = node.path("type").asText("") + " " + node.path("message").asText("");
        } catch (IOException e) {
            return null;
        }
        if (status == 403 && message.startsWith("AuthorizationException") && message.contains("The user with id")) {
            return FORBIDDEN;
        }
        if (message.contains("ENGINE-13034")) {
            // another province's (tenant's) task or instance: for the caller it does not exist
            return NOT_FOUND;
        }
        if (!(uri.endsWith("/complete") || uri.endsWith("/submit-form") || uri.endsWith("/resolve"))) {
            return null;
        }
        boolean lostRace = message.contains("OptimisticLockingException")
                // ENGINE-03005: the same optimistic-locking loss reported on one of the task's entities
                || message.contains("was updated by another transaction concurrently")
                || message.contains("Cannot find task") || message.contains("task is null")
                // the same answer stored a moment ago by the other candidate (a unique key of Kurul's own table)
                || message.contains("Unique index or primary key violation") || message.contains("Duplicate entry");
        if (!lostRace) {
            return status == 400 && message.matches("(?s).*(Cannot convert|Cannot complete task|Cannot submit task form|"
                    + "Cannot deserialize|Unsupported value type|Cannot parse).*") ? TYPE_MISMATCH : null;
        }
        return LOST_RACE;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        refuse(response, status, message, "InvalidInput");
    }

    private static void refuse(HttpServletResponse response, int status, String message, String type) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("type", type);
        answer.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(answer));
    }
}
