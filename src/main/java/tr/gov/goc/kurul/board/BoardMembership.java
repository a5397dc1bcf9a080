package tr.gov.goc.kurul.board;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

/** A person's role on a board from a date, until it ends. Ended memberships are kept as history. */
@Entity
@Table(name = "board_membership")
@Audited
public class BoardMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long boardId;

    private long personId;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    /** The institution the person represents (members, deputies, invited participants). */
    private Long institutionId;

    /** R9.2: for a deputy, the membership of the member they stand in for. */
    private Long deputyOfId;

    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected BoardMembership() {
    }

    BoardMembership(long boardId, long personId, MembershipRole role, Long institutionId, Long deputyOfId, LocalDate validFrom) {
        this.boardId = boardId;
        this.personId = personId;
        this.role = role;
        this.institutionId = institutionId;
        this.deputyOfId = deputyOfId;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public long getBoardId() {
        return boardId;
    }

    public long getPersonId() {
        return personId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getDeputyOfId() {
        return deputyOfId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    void end(LocalDate day) {
        this.validTo = day;
    }
}
