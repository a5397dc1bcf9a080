package tr.gov.goc.kurul.identity;

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

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String userId, boolean manager, boolean administrator) {
    }

    @GetMapping("/api/me")
    Me me() {
        boolean manager = currentUser.groupIds().stream()
                .anyMatch(g -> g.equals(CurrentUser.MANAGERS_GROUP) || g.endsWith("-" + CurrentUser.MANAGERS_GROUP));
        return new Me(currentUser.userId(), manager, currentUser.isAdministrator());
    }
}
