package tr.gov.goc.kurul.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When a form's server-side check refuses a task completion, the engine wraps the Turkish message in English
 * ("ENGINE-03051 There was an exception while invoking the TaskListener…") and answers 500. For the person in
 * Tasklist (and for API clients) this filter answers 400 with the Turkish message alone; the task stays open.
 */
class FormErrorMessages extends OncePerRequestFilter {

    private static final Pattern WRAPPED = Pattern.compile(
            "ENGINE-03051.*?Exception while invoking TaskListener: (.*?)'?$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(path.endsWith("/complete") || path.endsWith("/submit-form"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 500) {
            String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            String rewritten = rewrite(body);
            if (rewritten != null) {
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                wrapper.setContentType("application/json;charset=UTF-8");
                wrapper.getOutputStream().write(rewritten.getBytes(StandardCharsets.UTF_8));
            }
        }
        wrapper.copyBodyToResponse();
    }

    static String rewrite(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String message = node.path("message").asText("");
            Matcher matcher = WRAPPED.matcher(message);
            if (!matcher.find()) {
                return null;
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("type", "FormValidationException");
            answer.put("message", matcher.group(1).trim());
            return JSON.writeValueAsString(answer);
        } catch (IOException e) {
            return null;
        }
    }
}
