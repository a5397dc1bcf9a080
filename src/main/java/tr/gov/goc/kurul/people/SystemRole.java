package tr.gov.goc.kurul.people;

/** Roles that are not about one board: administrators keep the registry, managers watch (read only). */
public enum SystemRole {
    ADMINISTRATOR, MANAGER
}
