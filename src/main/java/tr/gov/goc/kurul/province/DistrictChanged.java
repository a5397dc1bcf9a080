package tr.gov.goc.kurul.province;

/** Published when a district's facts change (e.g. it gets its own migration directorate, R11.2). */
public record DistrictChanged(long districtId, int plateCode) {
}
