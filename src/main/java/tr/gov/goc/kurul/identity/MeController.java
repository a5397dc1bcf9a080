package tr.gov.goc.kurul.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;

/**
 * Who the caller is, as the webapps' Kurul scripts need it: a manager lands on the compliance dashboard when they
 * open Cockpit (kurul-dashboard.js). Everybody signed in may ask about themselves, nobody about anybody else.
 */
@RestController
class MeController {

    private final CurrentUser currentUser;
    private final Clock clock;

    MeController(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param offices the provinces whose secretariat, chair's office or managers the caller belongs to
     * @param provinces the provinces the caller may see (administrators: all, listed as none)
     * @param today Kurul's today (its clock), for the registry pages' default dates
     */
    record Me(String userId, boolean manager, boolean administrator, List<Integer> offices, List<Integer> provinces,
              LocalDate today) {
    }

    private static final Pattern OFFICE = Pattern.compile("prov-(\\d+)-(secretariat|chair|managers)");

    record Token(String token) {
    }

    /**
     * The webapp session's CSRF token, for Kurul's own pages under /kurul/ (Camunda's XSRF-TOKEN cookie is limited to
     * /camunda, so those pages cannot read it): they send it back as X-XSRF-TOKEN with each change. A same-origin JSON
     * answer: another site can make the browser ask, but cannot read the answer.
     */
    @GetMapping("/api/me/xsrf-token")
    Token xsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ApiAuthenticationFilter.CSRF_SESSION_ATTRIBUTE);
        return new Token(token == null ? null : token.toString());
    }

    @GetMapping("/api/me")
    Me me() {
        boolean manager = currentUser.groupIds().stream()
                .anyMatch(g -> g.equals(CurrentUser.MANAGERS_GROUP) || g.endsWith("-" + CurrentUser.MANAGERS_GROUP));
        List<Integer> offices = currentUser.groupIds().stream().map(OFFICE::matcher).filter(Matcher::matches)
                .map(m -> Integer.valueOf(m.group(1))).distinct().sorted().toList();
        return new Me(currentUser.userId(), manager, currentUser.isAdministrator(), offices,
                currentUser.visibleProvinces().stream().sorted().toList(), LocalDate.now(clock));
    }
}
