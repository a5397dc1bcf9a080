package tr.gov.goc.kurul.institution;

/** A member institution of the board (Art 4(2), 4(3)) or one invited per agenda (R4.4). */
public enum InstitutionCategory {
    MEMBER, INVITED
}
