package tr.gov.goc.kurul.people;

import java.util.Set;

/** Published when a liaison slot changes hands; the people named lose or gain their liaison group. */
public record LiaisonChanged(long institutionId, Set<Long> personIds) {
}
