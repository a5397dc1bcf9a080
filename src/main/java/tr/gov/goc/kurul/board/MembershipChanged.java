package tr.gov.goc.kurul.board;

/** Published when a person's role on a board starts or ends; identity updates their groups. */
public record MembershipChanged(long boardId, long personId) {
}
