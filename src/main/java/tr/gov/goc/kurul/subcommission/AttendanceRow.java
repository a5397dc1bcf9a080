package tr.gov.goc.kurul.subcommission;

import jakarta.persistence.Embeddable;

/** One line of the Ek-2 participant list (R12.7): a sub-commission member (liaison officer, R5.8/R6.3), their phone as the registry had it that day, and whether they came. */
@Embeddable
class AttendanceRow {

    private int rowNo;
    private long institutionId;
    private String institutionName;
    private String personName;
    private String personTitle;
    private String liaisonRole;
    private String phone;
    private boolean present;

    protected AttendanceRow() {
    }

    AttendanceRow(int rowNo, RosterEntry entry, boolean present) {
        this.rowNo = rowNo;
        this.institutionId = entry.institutionId();
        this.institutionName = entry.institutionName();
        this.personName = entry.personName();
        this.personTitle = entry.personTitle();
        this.liaisonRole = entry.role() == null ? null : entry.role().name();
        this.phone = entry.phone();
        this.present = present;
    }

    int getRowNo() {
        return rowNo;
    }

    long getInstitutionId() {
        return institutionId;
    }

    String getInstitutionName() {
        return institutionName;
    }

    String getPersonName() {
        return personName;
    }

    String getPersonTitle() {
        return personTitle;
    }

    String getLiaisonRole() {
        return liaisonRole;
    }

    String getPhone() {
        return phone;
    }

    boolean isPresent() {
        return present;
    }
}
