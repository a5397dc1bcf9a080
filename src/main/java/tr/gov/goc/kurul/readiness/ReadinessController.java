package tr.gov.goc.kurul.readiness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;

/** The onboarding checklist of a province, for those who get it ready: its secretariat, the chair's office, managers, administrators. */
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
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        currentUser.requireProvince(plateCode);
        // group ids as in identity.GroupIds (prov-N-secretariat, prov-N-chair, prov-N-managers, managers)
        boolean allowed = currentUser.isAdministrator() || currentUser.isManager()
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-secretariat")
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-chair")
                || currentUser.belongsTo(CurrentUser.tenantOf(plateCode) + "-managers");
        if (!allowed) {
            throw new ForbiddenException("Hazırlık listesini ilin sekreteryası, başkanlık (valilik) bürosu, yöneticiler ve sistem yöneticisi görür.");
        }
        return readiness.of(plateCode, year);
    }
}
