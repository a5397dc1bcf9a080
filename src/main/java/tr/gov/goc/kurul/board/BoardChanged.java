package tr.gov.goc.kurul.board;

/** Published when a board's population or border flag changes: plans and R4.2 membership follow. */
public record BoardChanged(long boardId, int plateCode) {
}
