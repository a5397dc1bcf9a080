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
 * gets {@code default-src 'none'}; Kurul's own pages under /kurul/ (the dashboard Cockpit frames) get their own scripts
 * and same-origin framing only.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Kurul's own pages (the compliance dashboard, shown inside Cockpit): own scripts only, framed only by Kurul. */
    static final String PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean ownPage = path.startsWith("/kurul/") || path.startsWith("/webjars/");
        response.setHeader("X-Frame-Options", ownPage ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (ownPage) {
            response.setHeader("Content-Security-Policy", PAGE_CSP);
        } else if (!path.startsWith("/camunda/")) {
            response.setHeader("Content-Security-Policy", DATA_CSP);
        }
        chain.doFilter(request, response);
    }
}
