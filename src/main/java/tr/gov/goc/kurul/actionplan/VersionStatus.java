package tr.gov.goc.kurul.actionplan;

/** Where a version of the action plan stands (R5.13): the İl GİM drafts and submits it, the chair approves or rejects it. */
public enum VersionStatus {
    DRAFT("Taslak"), SUBMITTED("Onaya sunuldu"), APPROVED("Onaylandı"), REJECTED("Reddedildi");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
