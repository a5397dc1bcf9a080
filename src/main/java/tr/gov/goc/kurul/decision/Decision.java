package tr.gov.goc.kurul.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A board decision as it stands in the minutes (R12.1, Ek-1): KARAR-n of a meeting with its text, justification, aim and deadline. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String meetingKey;

    private int plateCode;

    @Column(name = "decision_number")
    private int number;

    @Column(name = "decision_text")
    private String text;

    private String justification;

    private String aim;

    private LocalDate deadline;

    /** R10.9: taken on a negative event / social tension item where a risk was found. */
    private boolean riskItem;

    /** "Eylem planı güncellensin": the decision asks for an update of the action plan (R5.13). */
    private boolean actionPlanUpdate;

    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(String meetingKey, int plateCode, int number, String text, String justification, String aim,
             LocalDate deadline, boolean riskItem, boolean actionPlanUpdate, Instant createdAt) {
        this.meetingKey = meetingKey;
        this.plateCode = plateCode;
        this.number = number;
        this.text = text;
        this.justification = justification;
        this.aim = aim;
        this.deadline = deadline;
        this.riskItem = riskItem;
        this.actionPlanUpdate = actionPlanUpdate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getMeetingKey() {
        return meetingKey;
    }

    public int getPlateCode() {
        return plateCode;
    }

    public int getNumber() {
        return number;
    }

    /** "KARAR-3", as in the minutes (Ek-1). */
    public String getLabel() {
        return "KARAR-" + number;
    }

    public String getText() {
        return text;
    }

    public String getJustification() {
        return justification;
    }

    public String getAim() {
        return aim;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isRiskItem() {
        return riskItem;
    }

    public boolean isActionPlanUpdate() {
        return actionPlanUpdate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
