package tr.gov.goc.kurul.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Least privilege at Camunda's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}): each
 * call is matched to its route ({@link EngineRoutes}) and let through only when the allow-list
 * ({@link EngineAccessPolicy}) grants that route to one of the caller's roles. Everything else is a Turkish 403
 * before the engine runs anything — a refused call cannot take a job's retry, store a variable or send a mail.
 * Who acts is the rule: a liaison officer answers their institution's tasks (R10.2, R5.6), the secretariat and the
 * chair's office run their board's steps (R11.1–R11.3), managers read; nobody starts a process or calls an
 * extraordinary meeting (R7.3, R8.4) through the engine — Kurul's /api checks who asks.
 * The caller found here is handed on (request attribute {@value #CALLER}) to the input checks that follow.
 */
class EngineAccessGuard extends OncePerRequestFilter {

    /** The request attribute holding the caller's {@link Authentication}. */
    static final String CALLER = "kurul.engine.caller";
    /** The request attribute holding the engine-relative path segments ({@code [task, 123, complete]}). */
    static final String ENGINE_PATH = "kurul.engine.path";

    private static final Logger log = LoggerFactory.getLogger(EngineAccessGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/engine-rest";
    private static final String WEBAPP = "/camunda/api/engine";
    private static final Set<String> OVERRIDE_HEADERS = Set.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final EngineAccessPolicy policy;
    private final IdentityService identityService;

    EngineAccessGuard(EngineAccessPolicy policy, IdentityService identityService) {
        this.policy = policy;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean webapp = path.startsWith(WEBAPP + "/") || path.equals(WEBAPP);
        Optional<Target> target = target(path, webapp);
        if (target.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequest",
                    "Adres geçersiz: kodlanmış eğik çizgi ya da harf, noktalı virgül ya da '..' içeremez.");
            return;
        }
        for (String header : OVERRIDE_HEADERS) {
            if (request.getHeader(header) != null) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequest",
                        "HTTP yöntemi başlıkla değiştirilemez (" + header + ").");
                return;
            }
        }
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        List<EngineRoute> routes = target.get().enginesList() ? List.of(EngineRoutes.ENGINES)
                : EngineRoutes.decisive(method, target.get().segments());
        Authentication caller = webapp ? fromSession(request.getSession(false), target.get().engine())
                : identityService.getCurrentAuthentication();
        if (caller == null) {
            if (webapp && routes.contains(EngineRoutes.ENGINES)) {
                chain.doFilter(request, response); // the webapps ask which engines exist before the login
                return;
            }
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationRequired", "Bu adres için oturum açmanız gerekir.");
            return;
        }
        Set<GroupKind> kinds = GroupKind.of(caller.getGroupIds());
        if (routes.isEmpty()) {
            log.info("Motor API: tanımsız adres reddedildi: {} {} ({})", method, path, caller.getUserId());
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                    "Bu adres Kurul'da kullanılmıyor ya da izin verilmiyor: " + method + " " + String.join("/", target.get().segments()) + ".");
            return;
        }
        for (EngineRoute route : routes) {
            Map<String, String> variables = route.match(target.get().segments());
            boolean ownUser = variables != null && caller.getUserId().equals(variables.get("id"))
                    && route.template().startsWith("/user/");
            if (!policy.allows(route, kinds, ownUser)) {
                log.info("Motor API: {} {} reddedildi ({}, {})", route.method(), route.template(), caller.getUserId(), kinds);
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                        "Bu işlem için yetkiniz yok (" + route.method() + " " + route.template() + ").");
                return;
            }
        }
        log.debug("Motor API: {} {} izin verildi ({}, {})", method, routes.get(0).template(), caller.getUserId(), kinds);
        request.setAttribute(CALLER, caller);
        request.setAttribute(ENGINE_PATH, target.get().segments());
        chain.doFilter(request, response);
    }

    /** The engine and the engine-relative path of a call, or empty for a path Kurul does not accept. */
    static Optional<Target> target(String path, boolean webapp) {
        String raw = path.substring(webapp ? WEBAPP.length() : REST.length());
        String lower = raw.toLowerCase();
        if (raw.contains(";") || lower.contains("%2f") || lower.contains("%5c") || raw.contains("\\") || lower.contains("%25")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String part : EngineRoute.split(raw)) {
            String decoded;
            try {
                decoded = UriUtils.decode(part, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (decoded.equals(".") || decoded.equals("..") || decoded.isEmpty()
                    // letters and digits need no encoding: "/t%61sk" only hides a route from a reader
                    || (!decoded.equals(part) && decoded.matches("[A-Za-z0-9._~-]+"))) {
                return Optional.empty();
            }
            segments.add(decoded);
        }
        boolean named = !segments.isEmpty() && segments.get(0).equals("engine");
        if (webapp && !named) {
            return Optional.of(new Target("default", segments, false)); // no such route: refused as undecided
        }
        if (named && segments.size() == 1) {
            return Optional.of(new Target(null, List.of(), true));
        }
        if (named) {
            return Optional.of(new Target(segments.get(1), List.copyOf(segments.subList(2, segments.size())), false));
        }
        return Optional.of(new Target("default", List.copyOf(segments), false));
    }

    record Target(String engine, List<String> segments, boolean enginesList) {
    }

    private static Authentication fromSession(HttpSession session, String engine) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !(authentications.getAuthenticationForProcessEngine(engine == null ? "default" : engine)
                instanceof UserAuthentication user)) {
            return null;
        }
        return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }

    static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
        refuse(response, status, type, message, null);
    }

    /** With {@code field}: the form field's key the refusal is about (Tasklist shows it beside that field). */
    static void refuse(HttpServletResponse response, int status, String type, String message, String field) throws IOException {
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
}
