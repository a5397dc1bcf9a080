package tr.gov.goc.kurul.province;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishOrder;

/** The public face of the province module: provinces and their districts. */
@Service
@Transactional(readOnly = true)
public class Provinces {

    private final ProvinceRepository provinces;
    private final DistrictRepository districts;
    private final ApplicationEventPublisher events;

    Provinces(ProvinceRepository provinces, DistrictRepository districts, ApplicationEventPublisher events) {
        this.provinces = provinces;
        this.districts = districts;
        this.events = events;
    }

    public List<Province> all() {
        return provinces.findAll().stream()
                .sorted((a, b) -> Integer.compare(a.getPlateCode(), b.getPlateCode()))
                .toList();
    }

    public Province province(int plateCode) {
        return provinces.findById(plateCode)
                .orElseThrow(() -> new NotFoundException("Plaka kodu " + plateCode + " olan bir il yok."));
    }

    public boolean exists(int plateCode) {
        return provinces.existsById(plateCode);
    }

    public List<District> districtsOf(int plateCode) {
        province(plateCode);
        return districts.findByPlateCode(plateCode).stream().sorted(TurkishOrder.by(District::getName)).toList();
    }

    public District district(long id) {
        return districts.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir ilçe yok."));
    }

    public Optional<District> findDistrict(int plateCode, String name) {
        return districts.findByPlateCode(plateCode).stream().filter(d -> d.getName().equals(name)).findFirst();
    }

    /** The name used in institution and board names: "Merkez" districts carry their province's name. */
    public String displayName(District district) {
        return "Merkez".equals(district.getName())
                ? province(district.getPlateCode()).getName() + " Merkez"
                : district.getName();
    }

    @Transactional
    public District setMigrationDirectorate(long districtId, boolean present) {
        District district = district(districtId);
        district.setHasMigrationDirectorate(present);
        events.publishEvent(new DistrictChanged(districtId, district.getPlateCode()));
        return district;
    }
}
