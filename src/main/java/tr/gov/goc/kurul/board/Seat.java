package tr.gov.goc.kurul.board;

/**
 * Someone called to a board's meetings: the chair, a member, a deputy (R9.2) or an invited participant (R4.4). A
 * provincial board's member seat may be derived: the Kaymakam of a district over the R4.2 threshold sits on it through
 * their district board's chair role ({@code districtBoardId} names that board, {@code membershipId} that role).
 */
public record Seat(long membershipId, long personId, MembershipRole role, Long institutionId, Long deputyOfId,
                   Long districtBoardId) {

    static Seat of(BoardMembership m) {
        return new Seat(m.getId(), m.getPersonId(), m.getRole(), m.getInstitutionId(), m.getDeputyOfId(), null);
    }

    static Seat kaymakam(BoardMembership districtChair) {
        return new Seat(districtChair.getId(), districtChair.getPersonId(), MembershipRole.MEMBER,
                districtChair.getInstitutionId(), null, districtChair.getBoardId());
    }

    /** R4.2: a Kaymakam's seat on the provincial board, present while their district is over the threshold. */
    public boolean isKaymakamSeat() {
        return districtBoardId != null;
    }

    /** Chair and members sign the minutes and vote; deputies sit for them (R9.2, R12.2). */
    public boolean isMember() {
        return role == MembershipRole.CHAIR || role == MembershipRole.MEMBER;
    }
}
