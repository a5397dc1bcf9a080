package tr.gov.goc.kurul.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting: the logged-in user of Tasklist or the API, or "sistem" for timers and jobs. */
public final class Actors {

    public static final String SYSTEM = "sistem";

    /** Request attribute with the API caller's user id, kept while Kurul acts on their behalf ({@link AsSystem}). */
    public static final String REQUEST_USER = "tr.gov.goc.kurul.caller";

    private Actors() {
    }

    public static String current(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
