package tr.gov.goc.kurul.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import tr.gov.goc.kurul.common.Actors;

/**
 * Authenticates every call with the Camunda identity: HTTP Basic for API clients, and for /api also the webapp
 * session of a logged-in browser. The identity (user, groups, tenants) is set on the engine for the request,
 * so engine queries made for it are authorized like Tasklist's. Unlike Camunda's own REST filter, it leaves
 * no path open (Camunda's lets {@code /engine-rest/engine} through). Wrong passwords are slowed down per user name
 * and client address ({@link LoginThrottle}); the answer never tells whether the user name exists.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /**
     * The only calls of /api anyone may make without signing in (account.PasswordController): setting a password with a
     * one-time link's token, and "Parolamı unuttum". POST with exactly this path (no suffix, no encoding); they run with
     * no identity at all, even when the caller sends credentials or a session.
     */
    static final Set<String> ANONYMOUS_POSTS = Set.of("/api/password/set", "/api/password/forgot");
    /** Where the Camunda webapps keep the session's CSRF token. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private final IdentityService identityService;
    private final boolean acceptWebappSession;
    private final BasicLogin basicLogin;

    ApiAuthenticationFilter(IdentityService identityService, boolean acceptWebappSession, LoginThrottle throttle) {
        this.identityService = identityService;
        this.acceptWebappSession = acceptWebappSession;
        this.basicLogin = new BasicLogin(identityService, throttle);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (acceptWebappSession && isAnonymousCall(request)) {
            identityService.clearAuthentication();
            chain.doFilter(request, response);
            return;
        }
        BasicLogin.Result basic = basicLogin.attempt(request);
        Optional<Authentication> authentication;
        if (basic.outcome() == BasicLogin.Outcome.TOO_MANY_ATTEMPTS) {
            tooManyAttempts(response, basic.retryAfterSeconds());
            return;
        } else if (basic.outcome() != BasicLogin.Outcome.NO_CREDENTIALS) {
            authentication = Optional.ofNullable(basic.authentication());
        } else if (!acceptWebappSession) {
            authentication = Optional.empty();
        } else {
            authentication = fromSession(request.getSession(false));
            if (authentication.isPresent() && !SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
                deny(response, HttpServletResponse.SC_FORBIDDEN, "Güvenlik doğrulaması başarısız",
                        "Oturumla yapılan değişiklik isteklerinde X-XSRF-TOKEN başlığı gönderilmelidir.");
                return;
            }
        }
        if (authentication.isEmpty()) {
            unauthorized(response);
            return;
        }
        identityService.setAuthentication(authentication.get());
        request.setAttribute(Actors.REQUEST_USER, authentication.get().getUserId());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean isAnonymousCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && ANONYMOUS_POSTS.contains(path);
    }

    /** The same answer whether the user name exists or not, and whatever was wrong with the credentials. */
    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kurul\", charset=\"UTF-8\"");
        deny(response, HttpServletResponse.SC_UNAUTHORIZED, "Kimlik doğrulama gerekli",
                "Kullanıcı adı ya da parola hatalı ya da oturum açılmamış: bu adres için oturum açın ya da HTTP Basic ile "
                        + "kullanıcı adı ve parola gönderin.");
    }

    static void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        deny(response, 429, "Çok sayıda hatalı deneme",
                "Bu kullanıcı adıyla bu adresten çok sayıda hatalı parola denendi. " + retryAfterSeconds
                        + " saniye sonra yeniden deneyin.");
    }

    private static Optional<Authentication> fromSession(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CSRF_SESSION_ATTRIBUTE);
        return expected != null && Objects.equals(expected, request.getHeader("X-XSRF-TOKEN"));
    }

    private static void deny(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
