package tr.gov.goc.kurul.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call on Kurul's behalf after Kurul's own API has checked who may do it (e.g. the province's
 * secretariat correlating a minutes correction), so the engine does not ask for a broader standing permission.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T run(IdentityService identityService, Supplier<T> call) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
