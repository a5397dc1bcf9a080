package tr.gov.goc.kurul.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A liaison officer of an institution for a year (R6.3, R6.5); the year's list is signed at the first board. */
@Entity
@Table(name = "liaison_assignment")
@Audited
public class LiaisonAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;

    @Column(name = "assignment_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private LiaisonRole role;

    private long personId;

    @Version
    private long version;

    protected LiaisonAssignment() {
    }

    LiaisonAssignment(long institutionId, int year, LiaisonRole role, long personId) {
        this.institutionId = institutionId;
        this.year = year;
        this.role = role;
        this.personId = personId;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public int getYear() {
        return year;
    }

    public LiaisonRole getRole() {
        return role;
    }

    public long getPersonId() {
        return personId;
    }

    void reassign(long personId) {
        this.personId = personId;
    }
}
