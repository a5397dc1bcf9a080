package tr.gov.goc.kurul.institution;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    List<Institution> findByPlateCode(int plateCode);

    List<Institution> findByPlateCodeAndDistrictIdIsNull(int plateCode);

    List<Institution> findByDistrictId(long districtId);

    Optional<Institution> findByPlateCodeAndKindCodeAndDistrictIdIsNull(int plateCode, String kindCode);

    Optional<Institution> findByDistrictIdAndKindCode(long districtId, String kindCode);

    boolean existsByPlateCodeAndCode(int plateCode, String code);
}
