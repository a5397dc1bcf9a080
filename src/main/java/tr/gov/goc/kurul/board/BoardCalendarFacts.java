package tr.gov.goc.kurul.board;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.calendar.BoardFacts;
import tr.gov.goc.kurul.calendar.BoardProfile;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.InvalidInputException;

/** Tells the calendar what it needs of a board to plan its year; a board the caller may not see is unknown. */
@Component
class BoardCalendarFacts implements BoardFacts {

    private final Boards boards;
    private final CurrentUser currentUser;

    BoardCalendarFacts(Boards boards, CurrentUser currentUser) {
        this.boards = boards;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BoardProfile> profile(long boardId) {
        return boards.find(boardId)
                .filter(board -> currentUser.canSeeProvince(board.getPlateCode()))
                .map(board -> {
                    if (board.getForeignPopulation() == null) {
                        // a plan on a guessed population would be wrong without anyone noticing
                        throw new InvalidInputException("foreignPopulation", board.getName()
                                + " için yabancı nüfus bilgisi girilmemiş; toplantı planı için önce nüfus bilgisini girin.");
                    }
                    return board;
                })
                .map(board -> new BoardProfile(board.getName(),
                        board.isProvincial() ? tr.gov.goc.kurul.calendar.BoardLevel.PROVINCE : tr.gov.goc.kurul.calendar.BoardLevel.DISTRICT,
                        board.getForeignPopulation(),
                        board.isBorderDistrict()));
    }
}
