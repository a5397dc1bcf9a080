package tr.gov.goc.kurul.institution;

/** Published when an institution is created or changed; identity renames its liaison group. */
public record InstitutionChanged(long institutionId, int plateCode) {
}
