package tr.gov.goc.kurul.board;

/**
 * What a person is on a board: its composition (chair R4.1, member R4.2/R4.3, deputy of a member R9.2,
 * invited participant R4.4) or its staff (secretary R11.1/R11.2, the chair's office acting for the chair).
 */
public enum MembershipRole {
    CHAIR, MEMBER, DEPUTY, INVITED, SECRETARY, CHAIR_OFFICE
}
