package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.calendar.CalendarReply;
import tr.gov.goc.kurul.calendar.MeetingInvitation;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.mail.CalendarReplyHandler;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * R9.1, R9.2: members' calendars answer the meeting invitation (RFC 5546 {@code METHOD:REPLY}, read from the reply
 * mailbox by {@code mail.ReplyMailbox}). Only a reply whose UID names a meeting still to be held, whose SEQUENCE is the
 * current one and whose attendee is the address of someone called to that meeting's board is recorded; anything else
 * changes nothing. An acceptance is shown to the secretariat; a decline is an excuse to confirm — the member is asked
 * in their Tasklist reply task, the secretariat is told and may confirm it with the reason the member gives — and never
 * changes the Ek-2 list or sits a deputy by itself.
 */
@Component
class CalendarReplies implements CalendarReplyHandler {

    private static final Logger log = LoggerFactory.getLogger(CalendarReplies.class);
    static final String TASKLIST_NOTE = "calendarReplyNote";

    private final Meetings meetings;
    private final MemberCalendarReplyRepository replies;
    private final AttendancePlans plans;
    private final Memberships memberships;
    private final People people;
    private final Notices notices;
    private final Mails mails;
    private final RuntimeService runtime;
    private final Clock clock;

    CalendarReplies(Meetings meetings, MemberCalendarReplyRepository replies, AttendancePlans plans, Memberships memberships,
                    People people, Notices notices, Mails mails, RuntimeService runtime, Clock clock) {
        this.meetings = meetings;
        this.replies = replies;
        this.plans = plans;
        this.memberships = memberships;
        this.people = people;
        this.notices = notices;
        this.mails = mails;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String apply(String calendar) {
        Optional<CalendarReply> parsed = CalendarReply.parse(calendar);
        if (parsed.isEmpty()) {
            return "NOT_A_REPLY";
        }
        CalendarReply reply = parsed.get();
        Optional<Meeting> found = MeetingInvitation.meetingKeyOf(reply.uid()).flatMap(meetings::findByKey);
        if (found.isEmpty()) {
            return "UNKNOWN_UID";
        }
        Meeting meeting = found.get();
        if (meeting.getStatus() != MeetingStatus.SCHEDULED || meeting.getMeetingDate() == null
                || LocalDate.now(clock).isAfter(meeting.getMeetingDate())) {
            return "MEETING_NOT_AHEAD"; // held, cancelled or past: the Ek-2 list is the secretariat's record (R12.7)
        }
        if (reply.sequence() < meeting.getCalendarSequence()) {
            return "STALE_SEQUENCE"; // an answer to an invitation that was changed since (R11.3)
        }
        Optional<Seat> seat = calledSeatOf(meeting, reply.attendeeEmail());
        if (seat.isEmpty()) {
            return "NOT_CALLED"; // an address not called to this meeting's board
        }
        String partStat = reply.partStat();
        if (!Set.of("ACCEPTED", "DECLINED", "TENTATIVE").contains(partStat)) {
            return "IGNORED_PARTSTAT";
        }
        MemberCalendarReply row = replies.findByMeetingIdAndMembershipId(meeting.getId(), seat.get().membershipId())
                .orElseGet(() -> new MemberCalendarReply(meeting.getId(), seat.get().membershipId(), seat.get().personId()));
        boolean changed = row.answer(partStat, reply.sequence(), clock.instant());
        replies.save(row);
        if (!changed) {
            return "UNCHANGED";
        }
        Person person = people.person(seat.get().personId());
        boolean member = seat.get().role() == MembershipRole.MEMBER;
        if ("DECLINED".equals(partStat) && member && !excused(meeting, seat.get())) {
            askToConfirm(meeting, person);
        } else if (person.getUsername() != null) {
            replyProcess(meeting, person.getUsername()).ifPresent(p -> runtime.removeVariable(p.getId(), TASKLIST_NOTE));
        }
        log.info("Takvim yanıtı kaydedildi: toplantı {}, yanıt {}", meeting.getMeetingKey(), partStat);
        return "RECORDED_" + partStat;
    }

    /** R9.1: the member confirms in Tasklist, or the secretariat with the reason the member gives; nothing changes until then. */
    private void askToConfirm(Meeting meeting, Person person) {
        String when = TurkishDates.withWeekday(meeting.getMeetingDate()) + " saat " + meeting.getStartTime();
        Optional<ProcessInstance> task = person.getUsername() == null ? Optional.empty() : replyProcess(meeting, person.getUsername());
        task.ifPresent(p -> {
            runtime.setVariable(p.getId(), TASKLIST_NOTE, "Takviminizden 'katılmayacağım' yanıtı geldi; mazeretinizi ve vekilinizin "
                    + "katılıp katılmayacağını bildirin. Bildirmediğiniz sürece Ek-2 listesinde mazeretli sayılmazsınız (md. 9/1).");
            runtime.setVariable(p.getId(), "attendance", "EXCUSED");
        });
        String how = task.isPresent() ? "Üyeden Tasklist'teki katılım görevinde mazeretini bildirmesi istendi."
                : "Üyenin açık bir katılım görevi yok: mazeretini telefonla öğrenip toplantı sayfasından teyit edin.";
        notices.toGroup(MeetingGroups.secretariat(meeting), "CALENDAR_DECLINED", "Takvim yanıtı: " + person.getFullName()
                        + " katılmayacak — " + meeting.getTitle(),
                person.getFullName() + " " + when + " toplantısının takvim davetine 'katılmayacağım' yanıtı verdi. Bu henüz mazeret "
                        + "değildir: mazeret ve vekilin katılıp katılmayacağı teyit edilince Ek-2'ye yansır (md. 9/1, 9/2). " + how,
                meeting.getMeetingKey());
    }

    /**
     * R9.1, R9.2: the secretariat confirms a member's calendar decline as an excuse, with the reason the member gave and
     * whether the registered deputy sits. Only a decline that came from the member's calendar can be confirmed.
     */
    @Transactional
    Excuse confirm(Meeting meeting, long membershipId, String reason, boolean deputySits, String by) {
        MemberCalendarReply reply = replies.findByMeetingIdAndMembershipId(meeting.getId(), membershipId)
                .filter(MemberCalendarReply::isDeclined)
                .orElseThrow(() -> new InvalidInputException("membershipId",
                        "Bu üyenin takviminden 'katılmayacağım' yanıtı gelmedi; mazereti üye kendisi bildirir (md. 9/1)."));
        Seat seat = memberships.seats(meeting.getBoardId()).stream()
                .filter(s -> s.membershipId() == reply.getMembershipId() && s.role() == MembershipRole.MEMBER).findFirst()
                .orElseThrow(() -> new InvalidInputException("membershipId", "Yanıt veren kişi bu kurulda üye değil (md. 9/1)."));
        Excuse excuse = plans.confirmDecline(meeting, seat, reason, deputySits, by);
        Person person = people.person(seat.personId());
        if (person.getUsername() != null) {
            replyProcess(meeting, person.getUsername()).ifPresent(p -> runtime.removeVariable(p.getId(), TASKLIST_NOTE));
        }
        return excuse;
    }

    List<MemberCalendarReply> of(Meeting meeting) {
        return replies.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** Declines of members with no excuse on record yet: excuses to confirm (R9.1). */
    List<MemberCalendarReply> toConfirm(Meeting meeting) {
        Set<Long> excused = plans.excuses(meeting).stream().map(Excuse::getMembershipId).collect(Collectors.toSet());
        Map<Long, Seat> seats = memberships.seats(meeting.getBoardId()).stream()
                .collect(Collectors.toMap(Seat::membershipId, Function.identity(), (a, b) -> a));
        return of(meeting).stream().filter(MemberCalendarReply::isDeclined)
                .filter(r -> !excused.contains(r.getMembershipId()))
                .filter(r -> seats.containsKey(r.getMembershipId()) && seats.get(r.getMembershipId()).role() == MembershipRole.MEMBER)
                .toList();
    }

    /** One line per person called to the meeting: invited, the notice mail's state, the calendar's answer, excused, called in. */
    List<Invitation> invitations(Meeting meeting) {
        Set<Long> invited = plans.invited(meeting);
        Map<Long, MemberCalendarReply> answers = of(meeting).stream()
                .collect(Collectors.toMap(MemberCalendarReply::getMembershipId, Function.identity()));
        Map<Long, Excuse> excuses = plans.excuses(meeting).stream()
                .collect(Collectors.toMap(Excuse::getMembershipId, Function.identity(), (a, b) -> a));
        List<MailMessage> noticeMails = mails.about(meeting.getMeetingKey(), "MEETING_NOTICE");
        List<Invitation> lines = new ArrayList<>();
        for (Seat seat : memberships.seats(meeting.getBoardId())) {
            if (seat.role() == MembershipRole.INVITED && !invited.contains(seat.membershipId())) {
                continue; // R4.4
            }
            Person person = people.person(seat.personId());
            Optional<MailMessage> mail = person.getEmail() == null ? Optional.empty() : noticeMails.stream()
                    .filter(m -> m.getRecipients().stream().anyMatch(a -> a.equalsIgnoreCase(person.getEmail())))
                    .max(Comparator.comparing(MailMessage::getId));
            String notified = person.getEmail() == null ? (person.getUsername() == null ? "NO_ADDRESS" : "NOTICE_ONLY")
                    : mail.map(m -> m.getStatus().name()).orElse("NOT_SENT");
            MemberCalendarReply answer = answers.get(seat.membershipId());
            Excuse excuse = excuses.get(seat.membershipId());
            boolean toConfirm = answer != null && answer.isDeclined() && excuse == null && seat.role() == MembershipRole.MEMBER;
            lines.add(new Invitation(seat.membershipId(), person.getFullName(), seat.role().name(), notified,
                    mail.map(MailMessage::getSentAt).orElse(null), answer == null ? null : answer.getPartStat(),
                    answer == null ? null : answer.getReceivedAt(), excuse != null, toConfirm,
                    excuse != null && excuse.isCalledIn(), label(notified, answer, excuse, toConfirm)));
        }
        return lines;
    }

    private static String label(String notified, MemberCalendarReply answer, Excuse excuse, boolean toConfirm) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (notified) {
            case "SENT" -> "davet e-postası iletildi";
            case "QUEUED" -> "davet e-postası gönderilmeyi bekliyor";
            case "NOTICE_ONLY" -> "yalnız Kurul bildirimi (e-posta adresi yok)";
            case "NO_ADDRESS" -> "adres yok — resmi yazı ile bildirin";
            default -> "davet e-postası yok";
        });
        if (answer != null) {
            parts.add(switch (answer.getPartStat()) {
                case "ACCEPTED" -> "katılacağını bildirdi";
                case "DECLINED" -> toConfirm ? "takviminden 'katılmayacağım' yanıtı geldi, mazeret teyit edilmedi" : "katılmayacağını bildirdi";
                default -> "belki katılacağını bildirdi";
            });
        } else {
            parts.add("takvim yanıtı yok");
        }
        if (excuse != null) {
            parts.add(excuse.isCalledIn() ? "mazeretli idi, acil durumda çağrıldı (md. 9/3)" : "mazeretli (md. 9/1)");
        }
        return String.join("; ", parts);
    }

    /** What the secretariat sees per person: {@code notified} SENT, QUEUED, NOT_SENT, NOTICE_ONLY, NO_ADDRESS. */
    record Invitation(long membershipId, String fullName, String role, String notified, Instant mailSentAt, String reply,
                      Instant repliedAt, boolean excused, boolean excuseToConfirm, boolean calledIn, String summary) {
    }

    private boolean excused(Meeting meeting, Seat seat) {
        return plans.excuses(meeting).stream().anyMatch(e -> e.getMembershipId() == seat.membershipId());
    }

    /** The seat of the person with this address called to the meeting (a member's seat first); invited participants only if invited (R4.4). */
    private Optional<Seat> calledSeatOf(Meeting meeting, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        Set<Long> invited = plans.invited(meeting);
        return memberships.seats(meeting.getBoardId()).stream()
                .filter(s -> s.role() != MembershipRole.INVITED || invited.contains(s.membershipId()))
                .filter(s -> Optional.ofNullable(people.person(s.personId()).getEmail())
                        .map(a -> a.trim().equalsIgnoreCase(email.trim())).orElse(false))
                .min(Comparator.comparing(s -> s.role() == MembershipRole.MEMBER ? 0 : 1));
    }

    private Optional<ProcessInstance> replyProcess(Meeting meeting, String username) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(NoticeReplies.PROCESS_KEY)
                .processInstanceBusinessKey(meeting.getMeetingKey() + "/katilim/" + username).list().stream().findFirst();
    }

}
