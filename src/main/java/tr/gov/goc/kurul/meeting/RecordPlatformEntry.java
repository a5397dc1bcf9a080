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

/** R12.3: who entered the minutes into the presidency's platform, and on which day. */
@Component("recordPlatformEntry")
class RecordPlatformEntry implements TaskListener {

    private final MeetingRecords records;
    private final IdentityService identityService;
    private final Clock clock;

    RecordPlatformEntry(MeetingRecords records, IdentityService identityService, Clock clock) {
        this.records = records;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!FormValues.flag(task.getVariable("platformEntered"))) {
            throw new TaskInputException("Tutanak platforma girilmeden bu görev tamamlanamaz (R12.3).");
        }
        LocalDate enteredOn = FormValues.date(task.getVariable("platformEnteredOn"), "Giriş tarihi");
        if (enteredOn == null || enteredOn.isAfter(LocalDate.now(clock))) {
            throw new TaskInputException("Giriş tarihi zorunludur ve ileri bir tarih olamaz.");
        }
        String note = FormValues.optionalText(task.getVariable("platformNote"), "Not", 1000);
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        records.recordPlatformEntry(meeting, enteredOn, note, Actors.current(identityService));
    }
}
