package tr.gov.goc.kurul.board;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.InstitutionKind;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.province.Provinces;

/** Who keeps a board's secretariat: R11.1 the İl GİM; R11.2 the İlçe GİM where it exists, else the Kaymakamlık. */
@Component
class Secretariats {

    private final Institutions institutions;
    private final Provinces provinces;

    Secretariats(Institutions institutions, Provinces provinces) {
        this.institutions = institutions;
        this.provinces = provinces;
    }

    Optional<Institution> of(Board board) {
        if (board.isProvincial()) {
            return institutions.provincial(board.getPlateCode(), InstitutionKind.PROVINCIAL_MIGRATION_DIRECTORATE); // R11.1
        }
        long districtId = board.getDistrictId();
        if (provinces.district(districtId).hasMigrationDirectorate()) { // R11.2
            Optional<Institution> directorate = institutions.inDistrict(districtId, InstitutionKind.DISTRICT_MIGRATION_DIRECTORATE);
            if (directorate.isPresent()) {
                return directorate;
            }
        }
        return institutions.inDistrict(districtId, InstitutionKind.DISTRICT_GOVERNORSHIP);
    }

    /** R4.1: the chair's own institution: the Valilik for a province, the Kaymakamlık for a district. */
    Optional<Institution> chairInstitution(Board board) {
        return board.isProvincial()
                ? institutions.provincial(board.getPlateCode(), InstitutionKind.GOVERNORSHIP)
                : institutions.inDistrict(board.getDistrictId(), InstitutionKind.DISTRICT_GOVERNORSHIP);
    }
}
