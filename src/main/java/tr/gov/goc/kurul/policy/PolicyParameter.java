package tr.gov.goc.kurul.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One value of a policy number from a date on (R15.3): the presidency may change it without a code change. */
@Entity
@Table(name = "policy_parameter")
public class PolicyParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "param_value")
    private String value;

    private LocalDate effectiveFrom;

    private String description;

    protected PolicyParameter() {
    }

    public PolicyParameter(String name, String value, LocalDate effectiveFrom, String description) {
        this.name = name;
        this.value = value;
        this.effectiveFrom = effectiveFrom;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getDescription() {
        return description;
    }

    void change(String value, String description) {
        this.value = value;
        if (description != null) {
            this.description = description;
        }
    }
}
