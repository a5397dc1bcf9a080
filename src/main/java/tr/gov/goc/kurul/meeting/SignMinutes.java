package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;

/** The chair signs the draft (R12.2) or returns it with a reason; a signed version never changes. */
@Component("signMinutes")
class SignMinutes implements TaskListener {

    private final MeetingRecords records;
    private final IdentityService identityService;
    private final Clock clock;
    private final ObjectProvider<AnnualReportGate> annualReport;

    private final SubCommissionFormation formation;

    SignMinutes(MeetingRecords records, IdentityService identityService, Clock clock, ObjectProvider<AnnualReportGate> annualReport,
                SubCommissionFormation formation) {
        this.formation = formation;
        this.records = records;
        this.identityService = identityService;
        this.clock = clock;
        this.annualReport = annualReport;
    }

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable("minutesApproved");
        if (approved == null) {
            throw new TaskInputException("Tutanağı onaylayıp onaylamadığınızı seçin.");
        }
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        task.setVariable("minutesApproved", FormValues.flag(approved)); // the gateway wants a Boolean
        if (!FormValues.flag(approved)) {
            FormValues.requiredText(task.getVariable("returnReason"), "İade gerekçesi", 1000);
            return;
        }
        if (meeting.isFirstOfYear() && !formation.signed(meeting)) { // R5.8, R6.5
            throw new TaskInputException("Yılın ilk toplantısında alt komisyon üye listesi imzalanmadan tutanak imzalanamaz "
                    + "(Genelge md. 5/8, 6/5): önce \"Alt komisyonu oluştur\" görevi tamamlanmalıdır.");
        }
        AnnualReportGate gate = annualReport.getIfAvailable();
        if (gate != null && !meeting.isDistrict()) {
            // R13.2: no minutes of the first board without its decision on the Ek-3 report, nor of a later meeting
            // with the revised report on its agenda without the decision on it
            Optional<String> refusal = meeting.isFirstOfYear() ? gate.minutesRefusal(meeting)
                    : gate.revisedReportMinutesRefusal(meeting);
            if (refusal.isPresent()) {
                throw new TaskInputException(refusal.get());
            }
        }
        records.openDraft(meeting).sign(Actors.current(identityService), clock.instant());
        meeting.advance(MeetingStatus.MINUTES_SIGNED);
    }
}
