package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingInvitation;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.policy.Policy;

/**
 * The board cycles' event sub-processes for R11.3 changes (provincialBoardCycle, districtBoardCycle):
 * "Toplantı ertelendi / yeri, saati değişti" (non-interrupting, {@code MeetingChangeRequested}) and "Toplantı iptal
 * edildi" (interrupting, {@code MeetingCancellationRequested}). The request was checked by {@link MeetingChanges}; it is
 * checked again here, inside the cycle's transaction, so a change made meanwhile cannot slip through.
 */
final class MeetingChangeSteps {

    static final String CHANGE_ID = "meetingChangeId";
    /** The process variables that follow from the meeting day (set first by ScheduleMeeting). */
    static final Set<String> DATE_VARIABLES = Set.of("meetingDate", "noticeDueDate", "minutesDistributionDueDate",
            "distributionReminderDate", "platformEntryDueDate");

    private MeetingChangeSteps() {
    }

    private static MeetingChanges.Request request(DelegateExecution execution) {
        String date = (String) execution.getVariable(MeetingChanges.NEW_DATE);
        return new MeetingChanges.Request(MeetingChange.Kind.valueOf((String) execution.getVariable(MeetingChanges.KIND)),
                date == null ? null : LocalDate.parse(date), (String) execution.getVariable(MeetingChanges.NEW_TIME),
                (String) execution.getVariable(MeetingChanges.NEW_PLACE), (String) execution.getVariable(MeetingChanges.REASON));
    }

    private static MeetingChanges.Verdict checked(MeetingChanges changes, Meeting meeting, MeetingChanges.Request request) {
        MeetingChanges.Verdict verdict = changes.check(meeting, request);
        if (!verdict.valid()) {
            var first = verdict.errors().entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), String.join(" ", verdict.errors().values()));
        }
        return verdict;
    }

    /**
     * R11.3: the new day, place or time; the meeting's due dates follow the new day (R11.3 notice, R12.2/R12.4
     * distribution and its reminder, R12.3/R12.5 platform entry), the waiting timers and open tasks are re-dated.
     */
    @Component("applyMeetingChange")
    static class Apply implements JavaDelegate {

        private static final Logger log = LoggerFactory.getLogger(Apply.class);

        private final MeetingRecords records;
        private final MeetingChanges changes;
        private final MeetingChangeRepository changeRows;
        private final CycleDates cycleDates;
        private final Policy policy;
        private final Clock clock;

        Apply(MeetingRecords records, MeetingChanges changes, MeetingChangeRepository changeRows, CycleDates cycleDates,
              Policy policy, Clock clock) {
            this.records = records;
            this.changes = changes;
            this.changeRows = changeRows;
            this.cycleDates = cycleDates;
            this.policy = policy;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
            MeetingChanges.Request request = request(execution);
            MeetingChanges.Verdict verdict = checked(changes, meeting, request);
            MeetingChange change = changeRows.save(new MeetingChange(meeting, request.kind(), verdict.date(), verdict.time(),
                    verdict.place(), request.reason(), String.join(" ", verdict.warnings()), verdict.outsideWindow(),
                    (String) execution.getVariable(MeetingChanges.CHANGED_BY), clock.instant()));
            MeetingDeadlines deadlines = verdict.deadlines();
            meeting.reschedule(verdict.date(), verdict.time(), verdict.place(), deadlines.noticeDueDate(),
                    deadlines.minutesDistributionDueDate(), deadlines.platformEntryDueDate());
            int reminderDays = policy.intAsOf(ScheduleMeeting.REMINDER_DAYS, meeting.getPlannedOn());
            execution.setVariable("meetingDate", verdict.date().toString());
            execution.setVariable("meetingTime", verdict.time());
            execution.setVariable("meetingPlace", verdict.place());
            execution.setVariable("noticeDueDate", deadlines.noticeDueDate().toString());
            execution.setVariable("minutesDistributionDueDate", deadlines.minutesDistributionDueDate().toString());
            execution.setVariable("distributionReminderDate",
                    deadlines.minutesDistributionDueDate().minusDays(reminderDays).toString());
            execution.setVariable("platformEntryDueDate", deadlines.platformEntryDueDate().toString());
            execution.setVariable("meetingWarnings", String.join(" ", verdict.warnings()));
            execution.setVariable(CHANGE_ID, change.getId());
            List<String> redated = cycleDates.redate(execution, DATE_VARIABLES);
            NoticeReplies.follow(execution.getProcessEngineServices(), meeting, java.time.LocalDateTime.now(clock)); // R9.1
            log.info("{}: {} ({}), yeniden tarihlenen: {}", meeting.getMeetingKey(), request.kind(), verdict.date(), redated);
        }
    }

    /** R11.3: the chair cancelled the meeting; who, when and why are recorded and the meeting's status shows it. */
    @Component("recordMeetingCancellation")
    static class Cancel implements JavaDelegate {

        private final MeetingRecords records;
        private final MeetingChanges changes;
        private final MeetingChangeRepository changeRows;
        private final Clock clock;

        Cancel(MeetingRecords records, MeetingChanges changes, MeetingChangeRepository changeRows, Clock clock) {
            this.records = records;
            this.changes = changes;
            this.changeRows = changeRows;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
            MeetingChanges.Request request = request(execution);
            checked(changes, meeting, request);
            MeetingChange change = changeRows.save(new MeetingChange(meeting, MeetingChange.Kind.CANCEL, null, null, null,
                    request.reason(), null, false, (String) execution.getVariable(MeetingChanges.CHANGED_BY), clock.instant()));
            meeting.cancel();
            NoticeReplies.withdraw(execution.getProcessEngineServices(), meeting);
            execution.setVariable(CHANGE_ID, change.getId());
        }
    }

    /**
     * R11.3: everyone noticed of the meeting is told what changed (old → new day, time, place, and why) with the calendar
     * entry updated — same UID, the next SEQUENCE, METHOD:REQUEST — or withdrawn — METHOD:CANCEL, STATUS:CANCELLED
     * (RFC 5546). The secretariat gets the list, with any warning (e.g. the window not kept).
     */
    @Component("sendMeetingChangeNotices")
    static class Notify implements JavaDelegate {

        private final MeetingRecords records;
        private final MeetingChangeRepository changeRows;
        private final SendMeetingNotices notices;
        private final Clock clock;

        Notify(MeetingRecords records, MeetingChangeRepository changeRows, SendMeetingNotices notices, Clock clock) {
            this.records = records;
            this.changeRows = changeRows;
            this.notices = notices;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
            MeetingChange change = changeRows.findById(((Number) execution.getVariable(CHANGE_ID)).longValue()).orElseThrow();
            String old = TurkishDates.withWeekday(change.getOldDate()) + " saat " + change.getOldTime() + ", " + change.getOldPlace();
            String subject;
            String body;
            String kind;
            if (change.getKind() == MeetingChange.Kind.CANCEL) {
                kind = "MEETING_CANCELLED";
                subject = meeting.getTitle() + " toplantısı iptal edildi";
                body = meeting.getTitle() + " toplantısı (" + old + ") kurul başkanınca iptal edildi.\nGerekçe: " + change.getReason()
                        + "\nTakviminizdeki toplantı kaldırılır (Genelge md. 11/3).";
            } else {
                kind = "MEETING_CHANGE";
                String now = TurkishDates.withWeekday(change.getNewDate()) + " saat " + change.getNewTime() + ", " + change.getNewPlace();
                subject = meeting.getTitle() + " toplantısı " + change.getKind().turkish() + ": "
                        + TurkishDates.format(change.getNewDate()) + " " + change.getNewTime() + ", " + change.getNewPlace();
                body = meeting.getTitle() + " toplantısı kurul başkanınca " + (change.getKind() == MeetingChange.Kind.POSTPONE
                        ? "ertelendi" : "başka bir yere/saate alındı") + ".\nEski: " + old + "\nYeni: " + now
                        + "\nGerekçe: " + change.getReason() + "\nTakviminizdeki davet güncellenir (Genelge md. 11/3).";
            }
            String listNote = change.getWarnings() == null ? body : body + "\nUyarı: " + change.getWarnings();
            String summary = meeting.getTitle() + " toplantısı";
            String description = change.getKind() == MeetingChange.Kind.CANCEL
                    ? "İptal edildi. Gerekçe: " + change.getReason()
                    : change.getKind().turkish() + ". Gerekçe: " + change.getReason() + ". Gündem ve belgeler Kurul'da (Genelge md. 11/3).";
            notices.send(meeting, kind, subject, body, kind + "_LIST", listNote, body, email -> change.getKind() == MeetingChange.Kind.CANCEL
                    ? MeetingInvitation.cancel(meeting.getMeetingKey(), summary, description, change.getOldPlace(), change.getOldDate(),
                            change.getOldTime(), SendMeetingNotices.MEETING_MINUTES, notices.replyAddress(), List.of(email), clock.instant(),
                            change.getCalendarSequence())
                    : MeetingInvitation.request(meeting.getMeetingKey(), summary, description, change.getNewPlace(),
                            change.getNewDate(), change.getNewTime(), SendMeetingNotices.MEETING_MINUTES, notices.replyAddress(), List.of(email),
                            clock.instant(), change.getCalendarSequence()));
        }
    }
}
