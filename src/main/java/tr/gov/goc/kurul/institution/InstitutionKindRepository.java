package tr.gov.goc.kurul.institution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionKindRepository extends JpaRepository<InstitutionKind, String> {

    List<InstitutionKind> findAllByOrderBySortOrder();
}
