package tr.gov.goc.kurul.meeting;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.Seat;

/**
 * R12.2: the signed minutes go to every member institution of the board, and to the invited institutions that a
 * decision names as responsible. R12.4, R12.5: district minutes likewise, and to the İl GİM within the same 15 days.
 */
@Component
public class DistributionList {

    private final Memberships memberships;
    private final ResponsibleInstitutions responsible;
    private final Boards boards;

    DistributionList(Memberships memberships, ResponsibleInstitutions responsible, Boards boards) {
        this.memberships = memberships;
        this.responsible = responsible;
        this.boards = boards;
    }

    /** The institutions (ids) the signed minutes of this meeting go to (R12.2). */
    public Set<Long> of(Meeting meeting) {
        Set<Long> institutions = new LinkedHashSet<>();
        for (Seat seat : memberships.seats(meeting.getBoardId())) { // R4.2: a Kaymakam member's Kaymakamlık too
            if (seat.isMember() && seat.institutionId() != null) {
                institutions.add(seat.institutionId());
            }
        }
        institutions.addAll(responsible.of(meeting.getMeetingKey()));
        if (meeting.isDistrict()) { // R12.5
            boards.secretariat(boards.provincialBoard(meeting.getPlateCode())).ifPresent(ilGim -> institutions.add(ilGim.getId()));
        }
        return institutions;
    }
}
