package tr.gov.goc.kurul.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An institution the board made responsible for a decision (R5.5); it reports on it (R5.6). */
@Entity
@Table(name = "decision_responsibility")
public class DecisionResponsibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long decisionId;

    private long institutionId;

    protected DecisionResponsibility() {
    }

    DecisionResponsibility(long decisionId, long institutionId) {
        this.decisionId = decisionId;
        this.institutionId = institutionId;
    }

    public Long getId() {
        return id;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getInstitutionId() {
        return institutionId;
    }
}
