package tr.gov.goc.kurul.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member institution's opinion on an action plan update (R5.13), or the record that it gave none in time. */
@Entity
@Table(name = "action_plan_opinion")
public class ActionPlanOpinion {

    public enum Status {
        GIVEN("Görüş verildi"), NOT_GIVEN("Görüş verilmedi");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String updateKey;
    private int plateCode;
    private long institutionId;
    private String institutionName;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String opinionText;
    private String recordedBy;
    private Instant recordedAt;

    protected ActionPlanOpinion() {
    }

    ActionPlanOpinion(String updateKey, int plateCode, long institutionId, String institutionName, Status status,
                      String opinionText, String recordedBy, Instant recordedAt) {
        this.updateKey = updateKey;
        this.plateCode = plateCode;
        this.institutionId = institutionId;
        this.institutionName = institutionName;
        this.status = status;
        this.opinionText = opinionText;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getUpdateKey() { return updateKey; }
    public int getPlateCode() { return plateCode; }
    public long getInstitutionId() { return institutionId; }
    public String getInstitutionName() { return institutionName; }
    public Status getStatus() { return status; }
    public String getOpinionText() { return opinionText; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
