package tr.gov.goc.kurul.agenda;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * Completion of "Gündem önerisi": checks the form on the server (the form's own checks can be bypassed) and stores
 * the answer (R10.2, R10.5, R5.3, R10.8, R10.9). Bad input throws {@link TaskInputException}: the completion rolls
 * back, the task stays open, nothing is stored.
 */
@Component("recordAgendaProposal")
class RecordAgendaProposalListener implements TaskListener {

    static final String SYSTEM_USER = "sistem";

    private final AgendaProposals proposals;
    private final Institutions institutions;
    private final IdentityService identityService;
    private final Clock clock;

    RecordAgendaProposalListener(AgendaProposals proposals, Institutions institutions, IdentityService identityService, Clock clock) {
        this.proposals = proposals;
        this.institutions = institutions;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> values = new HashMap<>();
        for (String field : ProposalInputs.FIELDS) {
            values.put(field, task.getVariable(field));
        }
        ProposalInput input;
        try {
            input = ProposalInputs.read(values);
        } catch (InvalidProposalException e) {
            throw new TaskInputException(e.getMessage());
        }
        long institutionId = Long.parseLong(task.getVariable(AgendaVariables.INSTITUTION_ID).toString());
        proposals.submit(AgendaVariables.meetingKey(task.getExecution()), institutions.institution(institutionId), input,
                completingUser(task), clock.instant());
    }

    private String completingUser(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM_USER;
    }
}
