package tr.gov.goc.kurul.subcommission;

import java.time.Clock;
import tr.gov.goc.kurul.common.TurkishDates;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.calendar.MeetingInvitation;
import tr.gov.goc.kurul.notification.Notices;

/**
 * "Alt komisyon üyelerine bildirim" ({@code ${notifySubCommissionMembers}}, asynchronous): the day, time and place go
 * to the liaison group of every member institution of the province (R5.8, R6.3: the members are the liaison
 * officers), nobody skipped, at least 3 days before the meeting (R11.4). All notices are stored in one transaction:
 * if one fails, none is kept and the job is retried.
 */
@Component("notifySubCommissionMembers")
class NotifySubCommissionMembersDelegate implements JavaDelegate {

    static final String KIND = "SUB_COMMISSION_NOTICE";

    private final SubCommissionMeetingRepository meetings;
    private final SubCommissionRoster roster;
    private final Notices notices;
    private final Clock clock;

    NotifySubCommissionMembersDelegate(SubCommissionMeetingRepository meetings, SubCommissionRoster roster, Notices notices, Clock clock) {
        this.meetings = meetings;
        this.roster = roster;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        String meetingKey = string(execution, MEETING_KEY);
        SubCommissionMeeting meeting = meetings.findByMeetingKey(meetingKey)
                .orElseThrow(() -> new IllegalStateException("Alt komisyon toplantısı kaydı yok: " + meetingKey));
        String when = TurkishDates.withWeekday(meeting.getMeetingDate()) + " saat " + meeting.getMeetingTime();
        String subject = "Alt Komisyon toplantısı — " + meeting.getTitle() + ": " + when;
        String body = meeting.getTitle() + " öncesi Alt Komisyon toplantısı " + when + " tarihinde " + meeting.getPlace()
                + " adresinde yapılacaktır. Kurumunuzun asil ya da yedek irtibat görevlisinin katılması gerekir."
                + " Toplantıda tematik alanlardaki tespitler, sorunlar, çözüm önerileri ve yerel uyum eylem planının izlenmesi"
                + " görüşülecektir (Genelge md. 6, 11).";
        List<String> groups = roster.liaisonGroups(meeting.getPlateCode(), meeting.getMeetingDate().getYear()); // R5.8, R6.3
        // the mail to each group's people carries a calendar invitation (METHOD:REQUEST, Europe/Istanbul)
        String invitation = MeetingInvitation.request(execution.getProcessBusinessKey(), "Alt Komisyon toplantısı — " + meeting.getTitle(),
                body, meeting.getPlace(), meeting.getMeetingDate(), meeting.getMeetingTime(), 120, null, List.of(), clock.instant());
        for (String group : groups) {
            notices.toGroup(group, KIND, subject, body, execution.getProcessBusinessKey(), invitation); // R11.4
        }
        meeting.noticesSent(groups.size(), clock.instant());
        execution.setVariable(NOTICE_COUNT, groups.size());
    }
}
