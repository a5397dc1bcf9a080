package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.calendar.MeetingInvitation;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.mail.OutgoingMail;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * R11.3, R4.4: the notice of the meeting to the chair, every member (the Kaymakams of districts over the R4.2
 * threshold included) and deputy and the participants the chair invited to this meeting (R4.4).
 * Each person with a login gets a notice; the secretariat gets the full list with addresses, and those without
 * an address are marked, so nobody is skipped silently. Everyone with an address also gets a mail with a calendar
 * invitation (iCalendar METHOD:REQUEST, Europe/Istanbul), queued in this transaction and sent by its own job.
 * For a district board the list goes to the district secretariat (R11.2), and the İl GİM, which takes part in district
 * boards (R8.1, R11.3), is notified as well.
 */
@Component("sendMeetingNotices")
class SendMeetingNotices implements JavaDelegate {


    private final MeetingRecords records;
    private final Memberships memberships;
    private final People people;
    private final Notices notices;
    private final Mails mails;
    private final Clock clock;
    private final AttendancePlans plans;

    private final String replyAddress;

    SendMeetingNotices(MeetingRecords records, Memberships memberships, People people, Notices notices, Mails mails, Clock clock,
                       AttendancePlans plans,
                       @Value("${kurul.mail.reply-address:kurul-yanit@kurul.example}") String replyAddress) {
        this.replyAddress = replyAddress;
        this.plans = plans;
        this.records = records;
        this.memberships = memberships;
        this.people = people;
        this.notices = notices;
        this.mails = mails;
        this.clock = clock;
    }

    static final int MEETING_MINUTES = 180;

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
        String subject = meeting.getTitle() + " toplantısı: " + TurkishDates.format(meeting.getMeetingDate()) + " "
                + meeting.getStartTime() + ", " + meeting.getPlace();
        String body = "Kurul toplantısına davetlisiniz: " + meeting.getTitle() + ", " + TurkishDates.withWeekday(meeting.getMeetingDate())
                + " saat " + meeting.getStartTime() + ", " + meeting.getPlace() + ". Gündem ve belgeler Kurul'da (Genelge md. 11/3).";
        Sent sent = send(meeting, "MEETING_NOTICE", subject, body, "MEETING_NOTICE_LIST", null,
                "İl Göç İdaresi Müdürlüğü ilçe kurulu toplantısına katılır (md. 8/1, 11/3). Gündem ve belgeler Kurul'da.",
                email -> invitation(meeting, email));
        for (Seat seat : memberships.seats(meeting.getBoardId())) { // R9.1, R9.2: each member replies in Tasklist
            String username = seat.role() == MembershipRole.MEMBER ? people.person(seat.personId()).getUsername() : null;
            if (username != null) {
                NoticeReplies.start(execution.getProcessEngineServices().getRuntimeService(), meeting, username, LocalDateTime.now(clock));
            }
        }
        execution.setVariable("noticeRecipients", sent.recipients());
        execution.setVariable("noticeRecipientsWithoutAddress", sent.withoutAddress());
    }

    /** How many people were on the list, and how many of them could not be reached (no address, no login). */
    record Sent(int recipients, int withoutAddress) {
    }

    /**
     * Tells everyone called to the meeting (R11.3, R4.2, R4.4) {@code subject} and {@code body}, each with an address
     * with the calendar part {@code calendarFor} makes for their address; the secretariat gets the list ({@code listKind},
     * after {@code listNote} if any),
     * and for a district board the İl GİM is told {@code provincialNote} (R8.1, R11.3). Also used when the chair
     * postpones, moves or cancels the meeting ({@link MeetingChangeSteps}).
     */
    Sent send(Meeting meeting, String kind, String subject, String body, String listKind, String listNote, String provincialNote,
              java.util.function.Function<String, String> calendarFor) {
        List<String> lines = new ArrayList<>();
        int withoutAddress = 0;
        Set<Long> invited = plans.invited(meeting);
        for (Seat seat : memberships.seats(meeting.getBoardId())) { // R4.2: the Kaymakams of larger districts included
            if (seat.role() == MembershipRole.INVITED && !invited.contains(seat.membershipId())) {
                continue; // R4.4: invited per agenda by the chair's decision only
            }
            Person person = people.person(seat.personId());
            String invitation = person.getEmail() == null ? null : calendarFor.apply(person.getEmail());
            if (person.getUsername() != null) {
                notices.toUser(person.getUsername(), kind, subject, body, meeting.getMeetingKey(), meeting.getPlateCode(),
                        invitation); // R11.3
            } else if (person.getEmail() != null) {
                mails.queue(OutgoingMail.text(kind, meeting.getMeetingKey(), meeting.getPlateCode(), person.getFullName(),
                        List.of(person.getEmail()), subject, body).withCalendar(invitation)); // R11.3, R4.4
            }
            boolean reachable = person.getEmail() != null || person.getUsername() != null;
            if (!reachable) {
                withoutAddress++;
            }
            lines.add("- " + person.getFullName() + " (" + roleLabel(seat) + "): "
                    + (person.getEmail() != null ? person.getEmail() : reachable ? "Kurul kullanıcısı" : "ADRES YOK — resmi yazı ile bildirin"));
        }
        String list = (listNote == null ? "" : listNote + "\n\n") + "Bildirim listesi (" + lines.size() + " kişi, adresi olmayan "
                + withoutAddress + "):\n" + String.join("\n", lines);
        notices.toGroup(MeetingGroups.secretariat(meeting), listKind, subject, list, meeting.getMeetingKey());
        if (meeting.isDistrict()) { // R8.1, R11.3: the İl GİM takes part in the district board
            notices.toGroup(GroupIds.secretariat(meeting.getPlateCode()), kind, subject, provincialNote, meeting.getMeetingKey());
        }
        return new Sent(lines.size(), withoutAddress);
    }

    /** The ORGANIZER of the invitations: the mailbox Kurul reads calendar replies from (R9.1, {@link CalendarReplies}). */
    String replyAddress() {
        return replyAddress;
    }

    private String invitation(Meeting meeting, String attendee) {
        return MeetingInvitation.request(meeting.getMeetingKey(), meeting.getTitle() + " toplantısı",
                "Gündem ve belgeler Kurul'da. Bildirim en az 5 gün önce yapılır (Genelge md. 11/3).", meeting.getPlace(),
                meeting.getMeetingDate(), meeting.getStartTime(), MEETING_MINUTES, replyAddress, List.of(attendee), clock.instant(),
                meeting.getCalendarSequence());
    }

    private static String roleLabel(Seat seat) {
        if (seat.isKaymakamSeat()) {
            return "Üye — Kaymakam (md. 4/2)";
        }
        return switch (seat.role()) {
            case CHAIR -> "Kurul Başkanı";
            case MEMBER -> "Üye";
            case DEPUTY -> "Vekil";
            case INVITED -> "Davetli";
            default -> seat.role().name();
        };
    }
}
