package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;

/** Records that the signed minutes went to every institution on the list by official letter (R12.2). */
@Component("recordDistribution")
class RecordDistribution implements TaskListener {

    private final MeetingRecords records;
    private final DistributionList distributionList;
    private final IdentityService identityService;
    private final Clock clock;

    RecordDistribution(MeetingRecords records, DistributionList distributionList, IdentityService identityService, Clock clock) {
        this.records = records;
        this.distributionList = distributionList;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!FormValues.flag(task.getVariable("distributedToAll"))) {
            throw new TaskInputException("Tutanak listedeki her kuruma gönderilmeden bu görev tamamlanamaz (R12.2).");
        }
        String letter = FormValues.requiredText(task.getVariable("letterNumber"), "Resmi yazının sayısı", 100);
        LocalDate sentOn = FormValues.date(task.getVariable("sentOn"), "Gönderim tarihi");
        if (sentOn == null) {
            throw new TaskInputException("Gönderim tarihi zorunludur.");
        }
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        if (sentOn.isAfter(LocalDate.now(clock)) || (meeting.getMeetingDate() != null && sentOn.isBefore(meeting.getMeetingDate()))) {
            throw new TaskInputException("Gönderim tarihi toplantı tarihi ile bugün arasında olmalıdır.");
        }
        records.recordDistribution(meeting, distributionList.of(meeting), letter, sentOn, Actors.current(identityService));
    }
}
