package tr.gov.goc.kurul.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person of the registry: board member, deputy, liaison officer, secretary, chair, manager … */
@Entity
@Table(name = "person")
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String firstName;

    private String lastName;

    private String title;

    private Long institutionId;

    private String phone;

    private String email;

    /** The Camunda login; null for people who do not use Kurul themselves. */
    private String username;

    /** R6.4: sub-commission members should be at branch-manager level. */
    private boolean branchManagerLevel;

    private String systemRoles = "";

    @Version
    private long version;

    protected Person() {
    }

    Person(PersonData data) {
        apply(data);
    }

    void apply(PersonData data) {
        this.firstName = data.firstName().trim();
        this.lastName = data.lastName().trim();
        this.title = blankToNull(data.title());
        this.institutionId = data.institutionId();
        this.phone = blankToNull(data.phone());
        this.email = blankToNull(data.email());
        this.username = blankToNull(data.username());
        this.branchManagerLevel = data.branchManagerLevel();
        this.systemRoles = data.systemRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getTitle() {
        return title;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public boolean isBranchManagerLevel() {
        return branchManagerLevel;
    }

    public Set<SystemRole> getSystemRoles() {
        if (systemRoles == null || systemRoles.isBlank()) {
            return EnumSet.noneOf(SystemRole.class);
        }
        return Arrays.stream(systemRoles.split(",")).map(SystemRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SystemRole.class)));
    }

    public long getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
