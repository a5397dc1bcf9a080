package tr.gov.goc.kurul.province;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;

@RestController
@RequestMapping("/api")
class ProvinceController {

    private final Provinces provinces;
    private final CurrentUser currentUser;

    ProvinceController(Provinces provinces, CurrentUser currentUser) {
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    @GetMapping("/provinces")
    List<ProvinceView> all() {
        return provinces.all().stream().map(ProvinceView::of).toList();
    }

    @GetMapping("/provinces/{plateCode}")
    ProvinceView one(@PathVariable int plateCode) {
        return ProvinceView.of(provinces.province(plateCode));
    }

    @GetMapping("/provinces/{plateCode}/districts")
    List<DistrictView> districts(@PathVariable int plateCode) {
        return provinces.districtsOf(plateCode).stream().map(DistrictView::of).toList();
    }

    @GetMapping("/districts/{id}")
    DistrictView district(@PathVariable long id) {
        return DistrictView.of(provinces.district(id));
    }

    /** R11.2: whether the district has its own migration directorate decides who is its board's secretariat. */
    @PutMapping("/districts/{id}")
    DistrictView updateDistrict(@PathVariable long id, @Valid @RequestBody DistrictChange change) {
        currentUser.requireAdministrator();
        return DistrictView.of(provinces.setMigrationDirectorate(id, change.hasMigrationDirectorate()));
    }

    record ProvinceView(int plateCode, String name) {
        static ProvinceView of(Province p) {
            return new ProvinceView(p.getPlateCode(), p.getName());
        }
    }

    record DistrictView(long id, int plateCode, String name, boolean hasMigrationDirectorate) {
        static DistrictView of(District d) {
            return new DistrictView(d.getId(), d.getPlateCode(), d.getName(), d.hasMigrationDirectorate());
        }
    }

    record DistrictChange(@NotNull(message = "hasMigrationDirectorate zorunludur (true/false).") Boolean hasMigrationDirectorate) {
    }
}
