package tr.gov.goc.kurul.meeting;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.institution.Institutions;

/** Shows the secretariat every institution the signed minutes must go to (R12.2). */
@Component("prepareDistributionForm")
class PrepareDistributionForm implements TaskListener {

    private final MeetingRecords records;
    private final DistributionList distributionList;
    private final Institutions institutions;

    PrepareDistributionForm(MeetingRecords records, DistributionList distributionList, Institutions institutions) {
        this.records = records;
        this.distributionList = distributionList;
        this.institutions = institutions;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        task.setVariable("distributionRows", FormValues.json(distributionList.of(meeting).stream()
                .map(id -> Map.of("kurum", institutions.institution(id).getName())).toList()));
    }
}
