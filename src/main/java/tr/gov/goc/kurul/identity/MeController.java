package tr.gov.goc.kurul.identity;

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

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** @param offices the provinces whose secretariat, chair's office or managers the caller belongs to */
    record Me(String userId, boolean manager, boolean administrator, List<Integer> offices) {
    }

    private static final Pattern OFFICE = Pattern.compile("prov-(\\d+)-(secretariat|chair|managers)");

    @GetMapping("/api/me")
    Me me() {
        boolean manager = currentUser.groupIds().stream()
                .anyMatch(g -> g.equals(CurrentUser.MANAGERS_GROUP) || g.endsWith("-" + CurrentUser.MANAGERS_GROUP));
        List<Integer> offices = currentUser.groupIds().stream().map(OFFICE::matcher).filter(Matcher::matches)
                .map(m -> Integer.valueOf(m.group(1))).distinct().sorted().toList();
        return new Me(currentUser.userId(), manager, currentUser.isAdministrator(), offices);
    }
}
