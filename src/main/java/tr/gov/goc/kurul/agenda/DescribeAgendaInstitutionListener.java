package tr.gov.goc.kurul.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * Start of one institution's branch: its name (for the task name in Tasklist) and its liaison group, where the
 * principal and the substitute are both candidates (R10.2, R6.3). The form's fields are declared in the branch, so
 * each institution's answer stays in its own branch and never lands in the process instance.
 */
@Component("describeAgendaInstitution")
class DescribeAgendaInstitutionListener implements ExecutionListener {

    private final Institutions institutions;

    DescribeAgendaInstitutionListener(Institutions institutions) {
        this.institutions = institutions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long id = Long.parseLong(execution.getVariable(AgendaVariables.INSTITUTION_ID).toString());
        Institution institution = institutions.institution(id);
        execution.setVariableLocal(AgendaVariables.INSTITUTION_NAME, institution.getName());
        execution.setVariableLocal(AgendaVariables.LIAISON_GROUP,
                GroupIds.liaison(institution.getPlateCode(), institution.getCode()));
        for (String field : ProposalInputs.FIELDS) {
            execution.setVariableLocal(field, null);
        }
    }
}
