package tr.gov.goc.kurul.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Camunda's REST answers as a user should read them, on both doors ({@code /engine-rest}, {@code /camunda/api/engine}):
 * a client's mistake is never a 500. Another province's record, an id that exists nowhere (Camunda's
 * {@code NullValueException}, "doesn't exist") and a path Camunda does not know are a Turkish 404; a task completed a
 * moment ago by the other candidate a Turkish 409; a Kurul form check or plate-code refusal, which Camunda wraps as a
 * 500, a Turkish 400; a value of the wrong type a Turkish 400; deleting a task a process still runs a Turkish 409.
 * A real server error stays a 500.
 */
class EngineAnswers extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)$");
    private static final Pattern MISSING = Pattern.compile("(?s).*(doesn't exist|does not exist|Cannot find|cannot be found|"
            + "not found|No deployed|no resource found|is null).*");

    record Answer(int status, String type, String message, String field) {
        Answer(int status, String type, String message) {
            this(status, type, message, null);
        }

        static final Answer NOT_FOUND = new Answer(404, "NotFound", "Kayıt bulunamadı.");
        static final Answer FORBIDDEN = new Answer(403, "AuthorizationException", "Bu işlem için yetkiniz yok.");
        static final Answer LOST_RACE = new Answer(409, "TaskAlreadyCompleted", "Bu görev az önce başka bir kullanıcı "
                + "tarafından tamamlandı ya da değiştirildi. Görev listenizi yenileyin; girdiğiniz bilgiler kaydedilmedi.");
        static final Answer TYPE_MISMATCH = new Answer(400, "InvalidInput", "Gönderilen değerlerden biri türüyle uyuşmuyor "
                + "ya da okunamıyor (tarih YYYY-AA-GG biçiminde, sayılar rakamla yazılmalıdır).");
        static final Answer UNREADABLE = new Answer(400, "InvalidInput", "İstek okunamadı: alan adlarını ve değer türlerini "
                + "Camunda REST belgesindeki gibi gönderin.");
        static final Answer PROCESS_TASK = new Answer(409, "InvalidRequest", "Bu görev bir sürece ait; görev silinemez, "
                + "süreç onu kendisi kapatır.");
        static final Answer NO_ROUTE = new Answer(404, "NotFound", "Bu adreste bir kayıt ya da işlem yok.");
        static final Answer METHOD = new Answer(405, "InvalidRequest", "Bu adres bu HTTP yöntemiyle çağrılamaz.");
        static final Answer MEDIA_TYPE = new Answer(415, "InvalidRequest", "İstek gövdesi JSON olmalıdır (Content-Type: application/json).");
    }

    private final IdentityService identityService;
    private final TaskService taskService;

    EngineAnswers(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        TaskInputException.takeLast();
        try {
            chain.doFilter(request, wrapper);
        } finally {
            TaskInputException last = TaskInputException.takeLastRefusal();
            String refusal = last == null ? null : last.getMessage();
            Answer answer;
            if (wrapper.getStatus() >= 500 && refusal != null) {
                // the other candidate completed the task meanwhile and this transaction's form check failed on the
                // half-gone task: a lost race; otherwise a Kurul check refused the input and Camunda wrapped it
                answer = taskGone(request.getRequestURI()) ? Answer.LOST_RACE
                        : new Answer(400, "FormValidationException", refusal, last.field());
            } else if ((wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN || wrapper.getStatus() >= 500)
                    && taskGone(request.getRequestURI())) {
                // R10.2: the other candidate's commit removed the task while this one ran: Camunda answers a 403 (the
                // grants are gone) or a 500 (e.g. a NullPointerException on the gone execution)
                answer = Answer.LOST_RACE;
            } else {
                answer = rewrite(wrapper.getStatus(), request.getRequestURI(), new String(wrapper.getContentAsByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            if (answer != null) {
                wrapper.resetBuffer();
                EngineAccessGuard.refuse(wrapper, answer.status(), answer.type(), answer.message(), answer.field());
            }
            wrapper.copyBodyToResponse();
        }
    }

    /**
     * The second of two people finishing the same task may meet Camunda's authorization check after the first
     * one's commit removed the task and its grants, or the engine may trip over the half-gone execution: a 403 or a
     * 500 for a task that no longer exists is a lost race.
     */
    private boolean taskGone(String uri) {
        Matcher task = TASK_ACTION.matcher(uri);
        if (!task.find()) {
            return false;
        }
        String id = task.group(1);
        return AsSystem.run(identityService, () -> taskService.createTaskQuery().taskId(id).count() == 0);
    }

    /** The readable answer for an engine answer, or null to keep it. */
    static Answer rewrite(int status, String uri, String body) {
        if (status < 400) {
            return null;
        }
        String type;
        String message;
        try {
            JsonNode node = JSON.readTree(body);
            type = node.path("type").asText("");
            message = node.path("message").asText("");
        } catch (IOException e) {
            // Camunda (Jersey, Jackson) answered in plain text or HTML: a body it could not read, a path it does not know
            return switch (status) {
                case 400 -> Answer.UNREADABLE;
                case 404 -> Answer.NO_ROUTE;
                case 405 -> Answer.METHOD;
                case 415 -> Answer.MEDIA_TYPE;
                default -> null;
            };
        }
        String both = type + " " + message;
        if (status == 403 && type.equals("AuthorizationException") && message.contains("The user with id")) {
            return Answer.FORBIDDEN;
        }
        if (message.contains("ENGINE-13034")) {
            return Answer.NOT_FOUND; // another province's (tenant's) task or instance: for the caller it does not exist
        }
        boolean completion = uri.endsWith("/complete") || uri.endsWith("/submit-form") || uri.endsWith("/resolve");
        if (completion && (both.contains("OptimisticLockingException")
                // ENGINE-03005: the same optimistic-locking loss reported on one of the task's entities
                || message.contains("was updated by another transaction concurrently")
                || message.contains("Cannot find task") || message.contains("task is null")
                // the same answer stored a moment ago by the other candidate (a unique key of Kurul's own table)
                || message.contains("Unique index or primary key violation") || message.contains("Duplicate entry"))) {
            return Answer.LOST_RACE;
        }
        if (status == 400 && message.matches("(?s).*(Cannot convert|Cannot complete task|Cannot submit task form|"
                + "Cannot deserialize|Unsupported value type|Cannot parse).*")) {
            return Answer.TYPE_MISMATCH;
        }
        if (status == 400 && message.isBlank()) {
            return Answer.UNREADABLE; // Camunda's answer to a body it could not map (e.g. "orQueries": "x")
        }
        if (status == 404 && message.startsWith("HTTP 404")) {
            return Answer.NO_ROUTE; // a path Camunda's resources do not match
        }
        if (status == 405) {
            return Answer.METHOD;
        }
        if (status == 415) {
            return Answer.MEDIA_TYPE;
        }
        if (status < 500) {
            return null;
        }
        if (message.contains("cannot be deleted because is part of a running process")) {
            return Answer.PROCESS_TASK;
        }
        boolean missing = MISSING.matcher(message).matches()
                && java.util.Set.of("RestException", "InvalidRequestException", "ProcessEngineException").contains(type);
        // Camunda's GET …/deployed-form of a task that does not exist fails with a NullPointerException
        if (type.equals("NullValueException") || missing || type.equals("NullPointerException") && uri.contains("/deployed-")) {
            return Answer.NOT_FOUND;
        }
        if (type.contains("Json") || type.equals("MismatchedInputException") || type.equals("InvalidFormatException")
                || type.equals("UnrecognizedPropertyException") || message.contains("Cannot deserialize")) {
            return Answer.UNREADABLE;
        }
        return null;
    }
}
