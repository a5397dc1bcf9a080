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
import tr.gov.goc.kurul.common.AsSystem;
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

    private final IdentityService identityService;
    private final TaskService taskService;

    EngineInputGuard(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        String contentType = request.getContentType();
        if (changes(request) && contentType != null && contentType.toLowerCase().startsWith("application/json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "İstek gövdesi çok büyük (en fazla 2 MB).");
                return;
            }
            String problem = problem(body);
            if (problem != null) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
            checked = new CachedBody(request, body);
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        TaskInputException.takeLast();
        try {
            chain.doFilter(checked, wrapper);
        } finally {
            TaskInputException last = TaskInputException.takeLastRefusal();
            String refusal = last == null ? null : last.getMessage();
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
                refuse(wrapper, HttpServletResponse.SC_BAD_REQUEST, refusal, "FormValidationException", last.field());
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
            boolean stringVariable = value != null && value.isTextual()
                    && (type == null || type.isNull() || "string".equalsIgnoreCase(type.asText()));
            if (stringVariable && value.asText().length() > MAX_STRING_VARIABLE) {
                return label(path) + "en fazla " + MAX_STRING_VARIABLE + " karakter olabilir.";
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
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
        refuse(response, status, message, type, null);
    }

    /** With {@code field}: the form field's key the refusal is about (Tasklist shows it beside that field). */
    private static void refuse(HttpServletResponse response, int status, String message, String type, String field)
            throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("type", type);
        answer.put("message", message);
        if (field != null) {
            answer.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(answer));
    }

    /** The request with its body read once and served again to the engine. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
