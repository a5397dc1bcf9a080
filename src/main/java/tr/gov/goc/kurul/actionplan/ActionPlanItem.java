package tr.gov.goc.kurul.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An item of one version of the action plan: thematic area, action, responsible institutions, target date and
 * indicator. The item code ({@code EP-3}) stays the same across versions, so progress follows the item (R5.14).
 */
@Entity
@Table(name = "action_plan_item")
public class ActionPlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long versionId;
    @Column(name = "position_no")
    private int position;
    private String itemCode;
    private String thematicArea;
    private String actionText;
    private String responsible;
    private LocalDate targetDate;
    private String indicator;

    protected ActionPlanItem() {
    }

    ActionPlanItem(long versionId, int position, PlanLine line) {
        this.versionId = versionId;
        this.position = position;
        this.itemCode = line.code();
        this.thematicArea = line.thematicArea();
        this.actionText = line.action();
        this.responsible = line.responsible();
        this.targetDate = line.targetDate();
        this.indicator = line.indicator();
    }

    PlanLine line() {
        return new PlanLine(itemCode, thematicArea, actionText, responsible, targetDate, indicator);
    }

    public long getVersionId() { return versionId; }
    public int getPosition() { return position; }
    public String getItemCode() { return itemCode; }
    public String getThematicArea() { return thematicArea; }
    public String getActionText() { return actionText; }
    public String getResponsible() { return responsible; }
    public LocalDate getTargetDate() { return targetDate; }
    public String getIndicator() { return indicator; }
}
