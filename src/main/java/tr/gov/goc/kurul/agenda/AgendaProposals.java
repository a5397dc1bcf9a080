package tr.gov.goc.kurul.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.institution.Institution;

/**
 * The agenda module's public API: the answers of the member institutions to a meeting's agenda call (R10.2), one
 * per institution that answered, was late, or whose late answer was accepted. The board cycle reads them with
 * {@link #forMeeting(String)} when the secretariat compiles the agenda.
 */
@Service
public class AgendaProposals {

    private final AgendaProposalRepository proposals;

    AgendaProposals(AgendaProposalRepository proposals) {
        this.proposals = proposals;
    }

    /** Every recorded answer of the meeting, in the order they were recorded; empty for an unknown meeting. */
    @Transactional(readOnly = true)
    public List<AgendaProposalView> forMeeting(String meetingKey) {
        return proposals.findByMeetingKeyOrderByIdAsc(meetingKey).stream().map(AgendaProposal::view).toList();
    }

    /**
     * R10.2, R10.10: records what the secretariat did with each answer when the agenda closed — every proposal and
     * special request is either taken onto the agenda or set aside for the reason given.
     */
    @Transactional
    public void recordHandling(String meetingKey, Set<Long> takenProposals, Set<Long> takenSpecialRequests,
                               String setAsideReason) {
        for (AgendaProposal row : proposals.findByMeetingKeyOrderByIdAsc(meetingKey)) {
            AgendaProposalView view = row.view();
            row.handled(view.hasProposal() ? takenProposals.contains(view.institutionId()) : null,
                    view.specialRequested() ? takenSpecialRequests.contains(view.institutionId()) : null, setAsideReason);
        }
    }

    /** The province of a meeting that has at least one recorded answer. */
    @Transactional(readOnly = true)
    Optional<Integer> provinceOf(String meetingKey) {
        return proposals.findFirstByMeetingKey(meetingKey).map(AgendaProposal::getPlateCode);
    }

    @Transactional(readOnly = true)
    Optional<AgendaProposalView> find(String meetingKey, long institutionId) {
        return proposals.findByMeetingKeyAndInstitutionId(meetingKey, institutionId).map(AgendaProposal::view);
    }

    /** R10.2: an answer sent through the institution's task before the due date. */
    @Transactional
    AgendaProposalView submit(String meetingKey, Institution institution, ProposalInput input, String user, Instant at) {
        AgendaProposal row = rowFor(meetingKey, institution);
        row.answer(input.hasProposal() ? ProposalStatus.SUBMITTED : ProposalStatus.NO_PROPOSAL, input, user, at);
        return proposals.save(row).view();
    }

    /** R10.2: the due date passed without an answer. */
    @Transactional
    AgendaProposalView markLate(String meetingKey, Institution institution, Instant at) {
        AgendaProposal row = rowFor(meetingKey, institution);
        row.markLate(at);
        return proposals.save(row).view();
    }

    /**
     * R10.2: the secretariat takes an institution's answer after its task closed as late — the values as the agenda
     * form has them ({@code hasProposal}, {@code topic}, …). Refusals are {@link InvalidInputException}s in Turkish.
     */
    @Transactional
    public AgendaProposalView acceptLateAnswer(String meetingKey, long institutionId, Map<String, ?> values, String user,
                                               Instant at) {
        try {
            return acceptLate(meetingKey, institutionId, ProposalInputs.read(values), user, at);
        } catch (InvalidProposalException e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    /** The secretariat still takes a late answer: only for an institution recorded as late. */
    @Transactional
    AgendaProposalView acceptLate(String meetingKey, long institutionId, ProposalInput input, String user, Instant at) {
        AgendaProposal row = proposals.findByMeetingKeyAndInstitutionId(meetingKey, institutionId)
                .orElseThrow(() -> new InvalidProposalException("institutionId",
                        "Bu kurumun gündem önerisi görevi henüz kapanmadı; öneriyi irtibat görevlisi Tasklist'ten gönderir."));
        if (row.getStatus() != ProposalStatus.LATE && row.getStatus() != ProposalStatus.LATE_ACCEPTED) {
            throw new InvalidProposalException("institutionId",
                    "Bu kurum yanıtını süresinde verdi; geç kabul yalnızca süresi geçen kurumlar içindir.");
        }
        row.answer(ProposalStatus.LATE_ACCEPTED, input, user, at);
        return row.view();
    }

    private AgendaProposal rowFor(String meetingKey, Institution institution) {
        return proposals.findByMeetingKeyAndInstitutionId(meetingKey, institution.getId())
                .orElseGet(() -> new AgendaProposal(meetingKey, institution.getPlateCode(), institution.getId(),
                        institution.getName()));
    }
}
