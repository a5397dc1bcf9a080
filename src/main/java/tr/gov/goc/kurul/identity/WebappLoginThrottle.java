package tr.gov.goc.kurul.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) under the same
 * {@link LoginThrottle} as HTTP Basic: while a user name is held back for this address the password is not even
 * checked; Camunda's answer 401 counts as a failure, any other answer (200, or 403 for an app the user may not open)
 * means the password was right.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    private static final int MAX_FORM = 16 * 1024;

    private final LoginThrottle throttle;

    WebappLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().matches(".*/auth/user/[^/]+/login/[^/]+/?$");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
        if (body.length > MAX_FORM) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        CachedBodyRequest login = new CachedBodyRequest(request, body);
        String username = login.getParameter("username");
        String source = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.before(username, source);
        if (!verdict.allowed()) {
            ApiAuthenticationFilter.tooManyAttempts(response, verdict.retryAfterSeconds());
            return;
        }
        chain.doFilter(login, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(username, source);
        } else if (response.getStatus() < 500 && verdict.hasFailures()) {
            throttle.succeeded(username, source);
        }
    }
}
