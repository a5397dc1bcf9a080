package tr.gov.goc.kurul.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.province.Provinces;

/**
 * {@code GET /api/reports/compliance[?year=]} — nationally and per province; {@code GET
 * /api/reports/compliance/{plateCode}[?year=]} — one province's meetings and institutions. Managers read it:
 * national managers and administrators every province, a province's managers (and its secretariat) their own.
 */
@RestController
@RequestMapping("/api/reports/compliance")
class DashboardController {

    private static final Pattern PROVINCE_GROUP = Pattern.compile("prov-(\\d+)-(managers|secretariat)");

    private final ComplianceDashboard dashboard;
    private final CurrentUser currentUser;
    private final Provinces provinces;
    private final Clock clock;

    DashboardController(ComplianceDashboard dashboard, CurrentUser currentUser, Provinces provinces, Clock clock) {
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping
    Compliance.Report national(@RequestParam(required = false) Integer year) {
        return dashboard.national(year(year), visibleProvinces());
    }

    @GetMapping("/{plateCode}")
    Compliance.ProvinceReport province(@PathVariable int plateCode, @RequestParam(required = false) Integer year) {
        if (!provinces.exists(plateCode)) {
            throw new InvalidInputException("plateCode", "Böyle bir il yok: " + plateCode + ".");
        }
        Set<Integer> visible = visibleProvinces();
        if (visible != null && !visible.contains(plateCode)) {
            throw new ForbiddenException("Bu ilin uyum panosunu görme yetkiniz yok.");
        }
        return dashboard.province(year(year), plateCode);
    }

    /** null: every province. */
    private Set<Integer> visibleProvinces() {
        if (currentUser.isAdministrator() || currentUser.isManager()) {
            return null;
        }
        Set<Integer> plates = new TreeSet<>();
        for (String group : currentUser.groupIds()) {
            Matcher m = PROVINCE_GROUP.matcher(group);
            if (m.matches()) {
                plates.add(Integer.valueOf(m.group(1)));
            }
        }
        if (plates.isEmpty()) {
            throw new ForbiddenException("Uyum panosunu yöneticiler ve il sekreteryaları görebilir.");
        }
        return plates;
    }

    private int year(Integer year) {
        int value = year == null ? LocalDate.now(clock).getYear() : year;
        if (value < 2020 || value > 2100) {
            throw new InvalidInputException("year", "Yıl 2020 ile 2100 arasında olmalı.");
        }
        return value;
    }
}
