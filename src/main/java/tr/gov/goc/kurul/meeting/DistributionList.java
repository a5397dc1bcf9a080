package tr.gov.goc.kurul.meeting;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.BoardMembership;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;

/**
 * R12.2: the signed minutes go to every member institution of the board, and to the invited institutions that a
 * decision names as responsible.
 */
@Component
public class DistributionList {

    private final Memberships memberships;
    private final ResponsibleInstitutions responsible;

    DistributionList(Memberships memberships, ResponsibleInstitutions responsible) {
        this.memberships = memberships;
        this.responsible = responsible;
    }

    /** The institutions (ids) the signed minutes of this meeting go to (R12.2). */
    public Set<Long> of(Meeting meeting) {
        Set<Long> institutions = new LinkedHashSet<>();
        for (BoardMembership m : memberships.active(meeting.getBoardId())) {
            if ((m.getRole() == MembershipRole.MEMBER || m.getRole() == MembershipRole.CHAIR) && m.getInstitutionId() != null) {
                institutions.add(m.getInstitutionId());
            }
        }
        institutions.addAll(responsible.of(meeting.getMeetingKey()));
        return institutions;
    }
}
