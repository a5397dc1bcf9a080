package tr.gov.goc.kurul.identity;

import java.time.Instant;
import java.util.List;

/**
 * Published when wrong passwords for one user name keep coming (from any address): the administrators are told.
 * The user name is as it was typed — it may not exist, which is worth knowing too.
 */
public record RepeatedLoginFailures(String username, int failures, List<String> sources, Instant lastFailure) {
}
