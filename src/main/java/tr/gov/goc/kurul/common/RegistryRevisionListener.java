package tr.gov.goc.kurul.common;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps each registry revision with Kurul's clock and the user who made the change. The user is the engine's
 * current authentication; while Kurul acts on the caller's behalf ({@link AsSystem}, e.g. the identity sync of the
 * same change) that is empty, so the caller of the API request is taken instead. Only timers and jobs without a
 * request are recorded as {@value Actors#SYSTEM}.
 */
@Component
public class RegistryRevisionListener implements RevisionListener {

    // looked up when a revision is made: the engine (and its clock) is built after the persistence unit that uses this
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<IdentityService> identityService;

    public RegistryRevisionListener(ObjectProvider<Clock> clock, ObjectProvider<IdentityService> identityService) {
        this.clock = clock;
        this.identityService = identityService;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        ((RegistryRevision) revisionEntity).stamp(clock.getObject().millis(), actor());
    }

    private String actor() {
        String current = Actors.current(identityService.getObject());
        if (!Actors.SYSTEM.equals(current)) {
            return current;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            if (request.getAttribute(Actors.REQUEST_USER) instanceof String caller) {
                return caller;
            }
        }
        return Actors.SYSTEM;
    }
}
