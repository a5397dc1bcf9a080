package tr.gov.goc.kurul.province;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, Integer> {
}
