package tr.gov.goc.kurul.actionplan;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.province.Provinces;

/**
 * The local harmonisation action plan of a province (R5.13, R5.14): the plan in force with its items and progress, and
 * every version. For the province's users, managers and administrators; another province's plan answers 404.
 */
@RestController
@RequestMapping("/api/action-plans")
class ActionPlanController {

    private final ActionPlans plans;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ActionPlanController(ActionPlans plans, Provinces provinces, CurrentUser currentUser) {
        this.plans = plans;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    @GetMapping("/{plateCode}")
    ActionPlanViews.Plan plan(@PathVariable int plateCode) {
        visible(plateCode);
        return plans.plan(plateCode);
    }

    @GetMapping("/{plateCode}/versions/{number}")
    ActionPlanViews.Version version(@PathVariable int plateCode, @PathVariable int number) {
        visible(plateCode);
        if (number < 1) {
            throw new InvalidInputException("number", "Sürüm numarası 1 veya daha büyük olmalıdır.");
        }
        return plans.version(plateCode, number);
    }

    private void visible(int plateCode) {
        if (plateCode < 1 || plateCode > 81) {
            throw new InvalidInputException("plateCode", "Plaka kodu 1–81 olmalıdır.");
        }
        if (!provinces.exists(plateCode) || !currentUser.canSeeProvince(plateCode)) {
            throw new NotFoundException("Bu ilin eylem planı bulunamadı.");
        }
    }
}
