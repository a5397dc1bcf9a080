package tr.gov.goc.kurul.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanVersionRepository extends JpaRepository<ActionPlanVersion, Long> {
    List<ActionPlanVersion> findByPlateCodeOrderByNumberAsc(int plateCode);

    Optional<ActionPlanVersion> findByPlateCodeAndNumber(int plateCode, int number);

    Optional<ActionPlanVersion> findFirstByPlateCodeOrderByNumberDesc(int plateCode);

    Optional<ActionPlanVersion> findFirstByPlateCodeAndStatusOrderByNumberDesc(int plateCode, VersionStatus status);

    Optional<ActionPlanVersion> findFirstByUpdateKeyOrderByNumberDesc(String updateKey);
}

interface ActionPlanItemRepository extends JpaRepository<ActionPlanItem, Long> {
    List<ActionPlanItem> findByVersionIdOrderByPositionAsc(long versionId);

    void deleteByVersionId(long versionId);
}

interface ActionPlanOpinionRepository extends JpaRepository<ActionPlanOpinion, Long> {
    List<ActionPlanOpinion> findByUpdateKeyOrderByIdAsc(String updateKey);

    boolean existsByUpdateKeyAndInstitutionId(String updateKey, long institutionId);
}

interface ActionPlanProgressRepository extends JpaRepository<ActionPlanProgress, Long> {
    List<ActionPlanProgress> findByPlateCodeOrderByIdAsc(int plateCode);
}
