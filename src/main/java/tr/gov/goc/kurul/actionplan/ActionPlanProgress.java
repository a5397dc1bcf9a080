package tr.gov.goc.kurul.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R5.14: the progress of one plan item as the sub-commission reported it at one of its meetings. */
@Entity
@Table(name = "action_plan_progress")
public class ActionPlanProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int plateCode;
    private String itemCode;
    private String meetingKey;
    private int progressPercent;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected ActionPlanProgress() {
    }

    ActionPlanProgress(int plateCode, String itemCode, String meetingKey, int progressPercent, String note,
                       String recordedBy, Instant recordedAt) {
        this.plateCode = plateCode;
        this.itemCode = itemCode;
        this.meetingKey = meetingKey;
        this.progressPercent = progressPercent;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public int getPlateCode() { return plateCode; }
    public String getItemCode() { return itemCode; }
    public String getMeetingKey() { return meetingKey; }
    public int getProgressPercent() { return progressPercent; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
