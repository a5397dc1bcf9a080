package tr.gov.goc.kurul.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.identity.GroupIds;

/**
 * A meeting's agenda answers for the province's secretariat, chair and managers; the secretariat's acceptance of a
 * late answer after the institution's task closed (R10.2).
 */
@RestController
@RequestMapping("/api/meetings/{meetingKey}/agenda-proposals")
class AgendaProposalController {

    private final AgendaProposals proposals;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgendaProposalController(AgendaProposals proposals, CurrentUser currentUser, Clock clock) {
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    List<AgendaProposalView> ofMeeting(@PathVariable String meetingKey) {
        int plateCode = province(meetingKey);
        boolean allowed = currentUser.isAdministrator()
                || currentUser.isManager() && currentUser.canSeeProvince(plateCode)
                || currentUser.belongsTo(GroupIds.secretariat(plateCode))
                || currentUser.belongsTo(GroupIds.chair(plateCode))
                || currentUser.belongsTo(GroupIds.managers(plateCode));
        if (!allowed) {
            throw new ForbiddenException("Bu toplantının gündem önerilerini yalnızca ilin sekreteryası, kurul başkanlığı "
                    + "ve yöneticileri görebilir.");
        }
        return proposals.forMeeting(meetingKey);
    }

    /** R10.2: the secretariat (İl GİM) still takes an institution's answer after the due date. */
    @PostMapping("/{institutionId}")
    AgendaProposalView acceptLate(@PathVariable String meetingKey, @PathVariable long institutionId,
                                  @RequestBody Map<String, Object> body) {
        int plateCode = province(meetingKey);
        if (!currentUser.isAdministrator() && !currentUser.belongsTo(GroupIds.secretariat(plateCode))) {
            throw new ForbiddenException("Geç gelen gündem önerisini yalnızca ilin kurul sekreteryası kabul edebilir.");
        }
        return proposals.acceptLateAnswer(meetingKey, institutionId, body, currentUser.userId(), clock.instant());
    }

    private int province(String meetingKey) {
        return proposals.provinceOf(meetingKey).orElseThrow(() ->
                new NotFoundException("Bu toplantı için kayıtlı gündem önerisi yok: " + meetingKey));
    }
}
