package tr.gov.goc.kurul.province;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {

    List<District> findByPlateCode(int plateCode);
}
