package tr.gov.goc.kurul.calendar;

import java.util.Optional;

/**
 * Port to the board registry: implemented by the board module, used by {@code GET /api/boards/{id}/plan} and
 * {@code GET /api/boards/{id}/calendar.ics}. An unknown board (or one the caller may not see) is empty → 404.
 */
public interface BoardFacts {

    Optional<BoardProfile> profile(long boardId);
}
