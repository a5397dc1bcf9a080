package tr.gov.goc.kurul.identity;

/** A group a person should be in: its id, Turkish name, kind and the province (tenant) it belongs to, if any. */
record GroupSpec(String id, String name, GroupKind kind, Integer plateCode) {
}
