package tr.gov.goc.kurul.minutes;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingStatus;

/**
 * The İl GİM writes the Ek-1 minutes (R12.1, R12.2): topics, problems, solutions, other matters; the decisions
 * and the participant count come from what was recorded. After a signature, a correction is a new version with a reason;
 * after a return (R12.2), the redraft is a new version too and every signature starts again.
 */
@Component("draftMinutes")
class DraftMinutes implements TaskListener {

    private final MinutesRecords records;
    private final IdentityService identityService;
    private final Clock clock;
    private final MinutesSigning signing;

    DraftMinutes(MinutesRecords records, IdentityService identityService, Clock clock, MinutesSigning signing) {
        this.signing = signing;
        this.records = records;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = records.meeting((String) task.getVariable(MinutesSigningListeners.MEETING_KEY));
        String topics = FormValues.requiredText(task.getVariable("minutesTopics"), "Görüşülen konular", 3000);
        String problems = FormValues.optionalText(task.getVariable("minutesProblems"), "Tespit edilen sorunlar", 3000);
        String solutions = FormValues.optionalText(task.getVariable("minutesSolutions"), "Çözüm önerileri", 3000);
        String other = FormValues.optionalText(task.getVariable("minutesOtherMatters"), "Diğer hususlar", 3000);
        boolean correction = meeting.getStatus() == MeetingStatus.MINUTES_SIGNED || meeting.getStatus() == MeetingStatus.CLOSED;
        String reason = FormValues.optionalText(task.getVariable("correctionReason"), "Düzeltme gerekçesi", 1000);
        if (correction && reason == null) {
            throw new TaskInputException("İmzalı tutanağın düzeltmesi yeni bir sürümdür; düzeltme gerekçesi zorunludur (R12.2).");
        }
        String by = Actors.current(identityService);
        MinutesVersion draft = records.draft(meeting, reason, by);
        draft.write(topics, problems, solutions, other, by, clock.instant());
        task.setVariable("minutesVersion", draft.getNumber());
        signing.signingVariables(meeting).forEach(task::setVariable); // R12.2: who signs this version, and how
    }
}
