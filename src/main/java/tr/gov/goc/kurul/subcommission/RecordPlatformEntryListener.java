package tr.gov.goc.kurul.subcommission;

import java.time.Clock;
import tr.gov.goc.kurul.common.TurkishDates;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion of "Platform girişi — alt komisyon" ({@code ${recordSubCommissionPlatformEntry}}): the report was
 * entered in the presidency's platform (R12.6); records on which day, who confirmed it and when.
 */
@Component("recordSubCommissionPlatformEntry")
class RecordPlatformEntryListener implements TaskListener {

    private final SubCommissionReportRepository reports;
    private final IdentityService identityService;
    private final Clock clock;

    RecordPlatformEntryListener(SubCommissionReportRepository reports, IdentityService identityService, Clock clock) {
        this.reports = reports;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(DelegateTask task) {
        FormInput input = new FormInput(task);
        String meetingKey = string(task, MEETING_KEY);
        SubCommissionReport report = reports.findByMeetingMeetingKey(meetingKey)
                .orElseThrow(() -> new IllegalStateException("Alt komisyon raporu yok: " + meetingKey));
        if (!input.flag(PLATFORM_ENTERED)) {
            input.error("Rapor platforma girilmeden görev tamamlanamaz; girişi yapıp \"Platforma girildi\" kutusunu işaretleyin.");
        }
        LocalDate enteredOn = input.date(PLATFORM_ENTERED_ON, "Platforma giriş tarihi", true);
        LocalDate today = LocalDate.now(clock);
        if (enteredOn != null && enteredOn.isAfter(today)) {
            input.error("Platforma giriş tarihi ileri bir tarih olamaz (bugün " + TurkishDates.format(today) + ").");
        }
        LocalDate meetingDate = report.getMeeting().getMeetingDate();
        if (enteredOn != null && enteredOn.isBefore(meetingDate)) {
            input.error("Platforma giriş tarihi toplantı tarihinden (" + TurkishDates.format(meetingDate) + ") önce olamaz.");
        }
        String note = input.text(PLATFORM_NOTE, "Not", 1000, false);
        input.throwIfInvalid();

        String user = currentUser(task);
        Instant now = clock.instant();
        report.enteredInPlatform(enteredOn, user, now, note); // R12.6
        task.setVariable(PLATFORM_ENTERED_BY, user);
        task.setVariable(PLATFORM_RECORDED_AT, now.toString());
    }

    private String currentUser(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
