package tr.gov.goc.kurul.people;

import java.util.Set;

/** What is known of a person when it is created or changed. */
public record PersonData(String firstName, String lastName, String title, Long institutionId, String phone,
                         String email, String username, boolean branchManagerLevel, Set<SystemRole> systemRoles) {

    public PersonData {
        systemRoles = systemRoles == null ? Set.of() : Set.copyOf(systemRoles);
    }
}
