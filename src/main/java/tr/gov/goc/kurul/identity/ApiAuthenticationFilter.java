package tr.gov.goc.kurul.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call with the Camunda identity: HTTP Basic for API clients, and for /api also the webapp
 * session of a logged-in browser. The identity (user, groups, tenants) is set on the engine for the request,
 * so engine queries made for it are authorized like Tasklist's. Unlike Camunda's own REST filter, it leaves
 * no path open (Camunda's lets {@code /engine-rest/engine} through).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Where the Camunda webapps keep the session's CSRF token. */
    private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private final IdentityService identityService;
    private final boolean acceptWebappSession;
    /** Camunda's failed-login lockout: after this many wrong passwords in a row the account stays locked. */
    private final int loginMaxAttempts;

    ApiAuthenticationFilter(IdentityService identityService, boolean acceptWebappSession, int loginMaxAttempts) {
        this.identityService = identityService;
        this.acceptWebappSession = acceptWebappSession;
        this.loginMaxAttempts = loginMaxAttempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<Authentication> authentication;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            authentication = fromBasic(header.substring(6).trim());
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
            String locked = lockedAccountMessage(header);
            if (locked != null) {
                deny(response, HttpServletResponse.SC_UNAUTHORIZED, "Hesap kilitli", locked);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kurul\", charset=\"UTF-8\"");
            deny(response, HttpServletResponse.SC_UNAUTHORIZED, "Kimlik doğrulama gerekli",
                    "Bu adres için oturum açın ya da HTTP Basic ile kullanıcı adı ve parola gönderin.");
            return;
        }
        identityService.setAuthentication(authentication.get());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Optional<Authentication> fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (!identityService.checkPassword(userId, password)) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return Optional.of(new Authentication(userId, groups, tenants));
    }

    /** Camunda locks an account after wrong passwords (growing delay, then for good); say so in Turkish. */
    private String lockedAccountMessage(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        User user = identityService.createUserQuery().userId(decoded.substring(0, colon)).singleResult();
        if (!(user instanceof UserEntity entity)) {
            return null;
        }
        if (entity.getAttempts() >= loginMaxAttempts) {
            return "Hesabınız art arda " + loginMaxAttempts + " hatalı parola denemesi nedeniyle kilitlendi. "
                    + "Kilidi sistem yöneticisi açabilir.";
        }
        Date until = entity.getLockExpirationTime();
        if (until != null && until.after(ClockUtil.getCurrentTime())) {
            return "Hatalı parola denemesi nedeniyle hesabınız kısa bir süre kilitlendi. Birkaç saniye sonra yeniden deneyin.";
        }
        return null;
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
