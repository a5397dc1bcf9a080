package tr.gov.goc.kurul.board;

/** A person's active role on a board, as other modules (identity) need it. */
public record BoardRole(long boardId, BoardLevel level, int plateCode, Long districtId, MembershipRole role) {
}
