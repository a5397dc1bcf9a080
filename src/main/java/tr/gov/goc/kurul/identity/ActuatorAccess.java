package tr.gov.goc.kurul.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator}: anyone (a load balancer, the container's health check) reads the health status alone; an
 * administrator signed in with HTTP Basic also reads its details — database, disk, the holiday data's coverage
 * ({@code management.endpoint.health.show-details: when-authorized}, role {@code camunda-admin}).
 */
class ActuatorAccess extends OncePerRequestFilter {

    private final BasicLogin basicLogin;

    ActuatorAccess(BasicLogin basicLogin) {
        this.basicLogin = basicLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BasicLogin.Result basic = basicLogin.attempt(request);
        switch (basic.outcome()) {
            case NO_CREDENTIALS -> chain.doFilter(request, response);
            case TOO_MANY_ATTEMPTS -> ApiAuthenticationFilter.tooManyAttempts(response, basic.retryAfterSeconds());
            case REFUSED -> ApiAuthenticationFilter.unauthorized(response);
            case AUTHENTICATED -> chain.doFilter(new SignedIn(request, basic.authentication()), response);
        }
    }

    /** The request as seen by Spring Boot's actuator: its principal and roles are the caller's user and groups. */
    private static final class SignedIn extends HttpServletRequestWrapper {
        private final Authentication caller;

        SignedIn(HttpServletRequest request, Authentication caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller::getUserId;
        }

        @Override
        public String getRemoteUser() {
            return caller.getUserId();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.getGroupIds() != null && caller.getGroupIds().contains(role);
        }
    }
}
