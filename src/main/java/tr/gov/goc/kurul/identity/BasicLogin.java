package tr.gov.goc.kurul.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * HTTP Basic against the Camunda identity, under the {@link LoginThrottle}: the password is checked only while the
 * user name is not held back for this address; the outcome is the same for a wrong password and an unknown user.
 */
final class BasicLogin {

    enum Outcome { NO_CREDENTIALS, REFUSED, TOO_MANY_ATTEMPTS, AUTHENTICATED }

    record Result(Outcome outcome, Authentication authentication, long retryAfterSeconds) {
    }

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    BasicLogin(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    Result attempt(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new Result(Outcome.NO_CREDENTIALS, null, 0);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Result(Outcome.REFUSED, null, 0);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return new Result(Outcome.REFUSED, null, 0);
        }
        String userId = decoded.substring(0, colon);
        String source = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.before(userId, source);
        if (!verdict.allowed()) {
            return new Result(Outcome.TOO_MANY_ATTEMPTS, null, verdict.retryAfterSeconds());
        }
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            throttle.failed(userId, source);
            return new Result(Outcome.REFUSED, null, 0);
        }
        if (verdict.hasFailures()) {
            throttle.succeeded(userId, source);
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Result(Outcome.AUTHENTICATED, new Authentication(userId, groups, tenants), 0);
    }
}
