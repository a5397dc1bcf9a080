package tr.gov.goc.kurul.people;

/**
 * Published when a person is created, changed or removed ({@code removed}); the identity module keeps the
 * Camunda user, its groups and tenants in step. {@code previousUsername} is set when the login changed.
 */
public record PersonChanged(long personId, String username, String previousUsername, boolean removed) {
}
