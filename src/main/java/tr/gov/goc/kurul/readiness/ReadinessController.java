package tr.gov.goc.kurul.readiness;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;

/**
 * The onboarding checklist of a province, for those who get it ready: its secretariat, the chair's office, managers,
 * administrators; and the year's plan started from it (R7.1, R7.2) by the province's İl GİM secretariat or an
 * administrator.
 */
@RestController
class ReadinessController {

    private final Readiness readiness;
    private final CurrentUser currentUser;

    ReadinessController(Readiness readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/provinces/{plateCode}/readiness")
    Readiness.Checklist checklist(@PathVariable int plateCode, @RequestParam(required = false) Integer year) {
        checkYear(year);
        currentUser.requireProvince(plateCode);
        // group ids as in identity.GroupIds (prov-N-secretariat, prov-N-chair, prov-N-managers, managers)
        boolean allowed = currentUser.isAdministrator() || currentUser.isManager()
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-secretariat")
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-chair")
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-managers");
        if (!allowed) {
            throw new ForbiddenException("Hazırlık listesini ilin sekreteryası, başkanlık (valilik) bürosu, yöneticiler ve sistem yöneticisi görür.");
        }
        return readiness.of(plateCode, year, mayPlan(plateCode));
    }

    /**
     * R7.1, R7.2: plans the year's ordinary meetings of the province from its checklist ("<yıl> yılının toplantılarını
     * planla"): the province's İl GİM secretariat or an administrator; a 400 with the field when the checklist is not
     * complete, the year is planned already, or it is neither this year nor the next.
     */
    @PostMapping("/api/provinces/{plateCode}/planning/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    Readiness.Planned plan(@PathVariable int plateCode, @PathVariable int year) {
        if (!mayPlan(plateCode)) {
            throw new ForbiddenException("Yılın toplantılarını yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi planlayabilir.");
        }
        checkYear(year);
        return readiness.plan(plateCode, year);
    }

    // group id as in identity.GroupIds: prov-N-secretariat is the İl GİM's secretariat (R11.1)
    private boolean mayPlan(int plateCode) {
        return currentUser.isAdministrator()
                || (currentUser.canSeeProvince(plateCode) && currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-secretariat"));
    }

    private static void checkYear(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
    }
}
