package tr.gov.goc.kurul.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer. The Camunda webapps ({@code /camunda/**}) keep Camunda's own
 * Content-Security-Policy (a per-request script nonce, {@code frame-ancestors 'none'}) — a stricter one would stop
 * Cockpit and Tasklist from loading; everything else (/api, /engine-rest, /actuator) is data, never a page, and
 * gets {@code default-src 'none'}.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            response.setHeader("Content-Security-Policy", DATA_CSP);
        }
        chain.doFilter(request, response);
    }
}
