package tr.gov.goc.kurul.subcommission;

import jakarta.persistence.Embeddable;

/**
 * One line of the sub-commission's Ek-2 for a person who is not a liaison officer (R12.7, R6.3): the harmonisation
 * group's staff, a community representative, an expert invited for a topic. Kept as the secretariat typed it.
 */
@Embeddable
class OtherParticipant {

    private int rowNo;
    private String personName;
    private String personTitle;
    private String institutionName;
    private String phone;

    protected OtherParticipant() {
    }

    OtherParticipant(int rowNo, String personName, String personTitle, String institutionName, String phone) {
        this.rowNo = rowNo;
        this.personName = personName;
        this.personTitle = personTitle;
        this.institutionName = institutionName;
        this.phone = phone;
    }

    int getRowNo() {
        return rowNo;
    }

    String getPersonName() {
        return personName;
    }

    String getPersonTitle() {
        return personTitle;
    }

    String getInstitutionName() {
        return institutionName;
    }

    String getPhone() {
        return phone;
    }
}
