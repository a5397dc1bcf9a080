package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Who is called to a meeting beyond its standing seats, and what was announced before it: the invited participants of
 * this meeting (R4.4), members' excuses with the deputy who sits (R9.1, R9.2) and the presidency's staff who attend
 * (R4.5). The secretariat sees all of it on the attendance form and the meeting's page before the meeting.
 */
@Service
@Transactional(readOnly = true)
public class AttendancePlans {

    private final InviteeRepository invitees;
    private final ExcuseRepository excuses;
    private final PresidencyAttendeeRepository presidency;
    private final Memberships memberships;
    private final People people;
    private final Notices notices;
    private final Clock clock;

    AttendancePlans(InviteeRepository invitees, ExcuseRepository excuses, PresidencyAttendeeRepository presidency,
                    Memberships memberships, People people, Notices notices, Clock clock) {
        this.invitees = invitees;
        this.excuses = excuses;
        this.presidency = presidency;
        this.memberships = memberships;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
    }

    public List<Invitee> invitees(Meeting meeting) {
        return invitees.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** R4.4: the invited participants the chair decided to call to this meeting (membership ids). */
    public Set<Long> invited(Meeting meeting) {
        return invitees(meeting).stream().filter(Invitee::isInvited).map(Invitee::getMembershipId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The board's invited participants who may be called (R4.4: from the board's area, kept in the registry). */
    List<Seat> invitable(Meeting meeting) {
        return memberships.seats(meeting.getBoardId()).stream().filter(s -> s.role() == MembershipRole.INVITED).toList();
    }

    /** R4.4: the İl GİM proposes, with the agenda, whom to invite; a new proposal replaces an undecided one. */
    @Transactional
    public void propose(Meeting meeting, Collection<Long> membershipIds, String by) {
        Set<Long> chosen = checkedInvitable(meeting, membershipIds);
        Map<Long, Invitee> existing = byMembership(meeting);
        for (Long id : chosen) {
            existing.computeIfAbsent(id, m -> new Invitee(meeting.getId(), m)).propose(by);
        }
        invitees.saveAll(existing.values());
    }

    /** R4.4: the chair's decision before the notices — proposed or not, these are invited and nobody else. */
    @Transactional
    public void decide(Meeting meeting, Collection<Long> membershipIds, String by) {
        Set<Long> chosen = checkedInvitable(meeting, membershipIds);
        Map<Long, Invitee> existing = byMembership(meeting);
        for (Long id : chosen) {
            existing.computeIfAbsent(id, m -> new Invitee(meeting.getId(), m));
        }
        existing.forEach((id, invitee) -> invitee.decide(chosen.contains(id), by, clock.instant()));
        invitees.saveAll(existing.values());
    }

    private Set<Long> checkedInvitable(Meeting meeting, Collection<Long> membershipIds) {
        Set<Long> allowed = invitable(meeting).stream().map(Seat::membershipId).collect(Collectors.toSet());
        for (Long id : membershipIds) {
            if (!allowed.contains(id)) {
                throw new InvalidInputException("invitedParticipants",
                        "Seçilen davetli bu kurulun kayıtlı davetli listesinde yok (md. 4/4).");
            }
        }
        return new LinkedHashSet<>(membershipIds);
    }

    private Map<Long, Invitee> byMembership(Meeting meeting) {
        return invitees(meeting).stream().collect(Collectors.toMap(Invitee::getMembershipId, Function.identity()));
    }

    public List<Excuse> excuses(Meeting meeting) {
        return excuses.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /**
     * R9.1, R9.2: a member reports, before the meeting, that they cannot attend, and whether their registered deputy sits
     * for them. Only the member themself reports it; the secretariat is told at once, and the deputy too.
     */
    @Transactional
    public Excuse reportExcuse(Meeting meeting, String username, String reason, boolean deputySits) {
        Person member = people.byUsername(username).orElseThrow(() -> notAMember());
        List<Seat> seats = memberships.seatsOf(meeting.getBoardId(), member.getId()).stream()
                .filter(s -> s.role() == MembershipRole.MEMBER).toList();
        if (seats.isEmpty()) {
            throw notAMember();
        }
        return record(meeting, member, seats.get(0), reason, deputySits, username, false);
    }

    /**
     * R9.1, R9.2: the secretariat confirms, with the reason the member gave (e.g. by phone), the excuse a member's calendar
     * declined the invitation with ({@link CalendarReplies}); the member's decline is what makes it an excuse, never the
     * secretariat alone.
     */
    @Transactional
    Excuse confirmDecline(Meeting meeting, Seat seat, String reason, boolean deputySits, String by) {
        return record(meeting, people.person(seat.personId()), seat, reason, deputySits, by, true);
    }

    private Excuse record(Meeting meeting, Person member, Seat seat, String reason, boolean deputySits, String by,
                          boolean confirmedBySecretariat) {
        requireBefore(meeting, "Mazeret");
        Optional<Seat> deputy = deputyOf(meeting, seat);
        if (deputySits && deputy.isEmpty()) {
            throw new InvalidInputException("deputySits", confirmedBySecretariat
                    ? "Üyenin kayıtlı bir vekili yok; yerine başka biri katılamaz (md. 9/2)."
                    : "Kayıtlı bir vekiliniz yok; yerinize başka biri katılamaz (md. 9/2). "
                    + "Vekil kaydı için kurulun sekreteryasına başvurun.");
        }
        Excuse excuse = excuses.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(e -> e.getMembershipId() == seat.membershipId()).findFirst()
                .orElseGet(() -> new Excuse(meeting.getId(), seat.membershipId(), member.getId()));
        Long deputyId = deputySits ? deputy.get().membershipId() : null;
        excuse.report(reason, deputyId, by, clock.instant());
        excuses.save(excuse);
        String deputyLine = deputyId == null ? "Yerine vekili katılmayacak."
                : "Yerine kayıtlı vekili " + people.person(deputy.get().personId()).getFullName() + " katılacak (md. 9/2).";
        String subject = "Mazeret: " + member.getFullName() + " — " + meeting.getTitle();
        notices.toGroup(MeetingGroups.secretariat(meeting), "MEMBER_EXCUSE", subject, member.getFullName()
                + " " + TurkishDates.format(meeting.getMeetingDate()) + " tarihli toplantıya katılamayacağını bildirdi: " + reason
                + ". " + deputyLine + (confirmedBySecretariat ? " (Takvim yanıtı; mazeret sekreteryaca teyit edildi.)" : ""), meeting.getMeetingKey());
        if (deputyId != null) {
            Person sitting = people.person(deputy.get().personId());
            if (sitting.getUsername() != null) {
                notices.toUser(sitting.getUsername(), "DEPUTY_SITS", "Vekâleten katılım: " + meeting.getTitle(),
                        member.getFullName() + " mazeretli; " + TurkishDates.withWeekday(meeting.getMeetingDate()) + " saat "
                                + meeting.getStartTime() + ", " + meeting.getPlace() + " toplantısına onun yerine siz katılacaksınız (md. 9/2).",
                        meeting.getMeetingKey());
            }
        }
        return excuse;
    }

    private Optional<Seat> deputyOf(Meeting meeting, Seat member) {
        return memberships.seats(meeting.getBoardId()).stream()
                .filter(s -> s.role() == MembershipRole.DEPUTY && Long.valueOf(member.membershipId()).equals(s.deputyOfId()))
                .findFirst();
    }

    /** R9.2: the name of the registered deputy of the member with this login on the meeting's board, if they have one. */
    public Optional<String> registeredDeputyOf(Meeting meeting, String username) {
        return people.byUsername(username)
                .flatMap(p -> memberships.seatsOf(meeting.getBoardId(), p.getId()).stream()
                        .filter(s -> s.role() == MembershipRole.MEMBER).findFirst())
                .flatMap(seat -> deputyOf(meeting, seat))
                .map(d -> people.person(d.personId()).getFullName());
    }

    /**
     * R9.3: "İzinli üyeler, acil durumlarda Kurul Başkanı tarafından toplantıya çağrılabilir." The chair calls an excused
     * member in, before the meeting, with the emergency; the member, the deputy who would have sat and the secretariat
     * are told. The excuse stays on record.
     */
    @Transactional
    public Excuse callIn(Meeting meeting, long membershipId, String reason, String by) {
        requireBefore(meeting, "Acil çağrı");
        Excuse excuse = excuses.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(e -> e.getMembershipId() == membershipId).findFirst()
                .orElseThrow(() -> new InvalidInputException("membershipId",
                        "Bu üye toplantı için mazeret bildirmedi; acil çağrı izinli (mazeretli) üyeler içindir (md. 9/3)."));
        excuse.callIn(by, clock.instant(), reason);
        excuses.save(excuse);
        Person member = people.person(excuse.getPersonId());
        String when = TurkishDates.withWeekday(meeting.getMeetingDate()) + " saat " + meeting.getStartTime() + ", " + meeting.getPlace();
        String subject = "Acil çağrı: " + meeting.getTitle();
        if (member.getUsername() != null) {
            notices.toUser(member.getUsername(), "MEMBER_CALLED_IN", subject, "Kurul Başkanı acil durum nedeniyle (" + reason
                    + ") izinli olmanıza rağmen " + when + " toplantısına katılmanızı istiyor (Genelge md. 9/3).", meeting.getMeetingKey());
        }
        Optional.ofNullable(excuse.getDeputyMembershipId()).map(id -> people.person(memberships.membership(id).getPersonId()))
                .filter(deputy -> deputy.getUsername() != null)
                .ifPresent(deputy -> notices.toUser(deputy.getUsername(), "DEPUTY_NOT_NEEDED", subject, member.getFullName()
                        + " Kurul Başkanınca toplantıya çağrıldı; " + when + " toplantısına onun yerine katılmanız gerekmiyor.",
                        meeting.getMeetingKey()));
        notices.toGroup(MeetingGroups.secretariat(meeting), "MEMBER_CALLED_IN", subject, member.getFullName()
                + " mazeretli idi; Kurul Başkanı acil durum nedeniyle (" + reason + ") toplantıya çağırdı (md. 9/3)."
                + (member.getUsername() == null ? " Üyenin Kurul'da hesabı yok: çağrıyı resmi yazı ya da telefonla iletin." : ""),
                meeting.getMeetingKey());
        return excuse;
    }

    /** The registered deputy who sits for the excused member, if one does. */
    public Optional<String> deputyName(Excuse excuse) {
        return Optional.ofNullable(excuse.getDeputyMembershipId())
                .map(id -> people.person(memberships.membership(id).getPersonId()).getFullName());
    }

    public List<PresidencyAttendee> presidency(Meeting meeting) {
        return presidency.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** R4.5: the presidency announces which of its staff attend; the İl GİM is told before the meeting. Replaces an earlier list. */
    @Transactional
    public List<PresidencyAttendee> announcePresidency(Meeting meeting, List<PresidencyPerson> staff, String by) {
        requireBefore(meeting, "Başkanlık personelinin katılımı");
        presidency.deleteByMeetingId(meeting.getId());
        presidency.flush();
        List<PresidencyAttendee> saved = new ArrayList<>();
        for (PresidencyPerson p : staff) {
            saved.add(presidency.save(new PresidencyAttendee(meeting.getId(), p.fullName().trim(), blankToNull(p.title()),
                    blankToNull(p.unit()), by, clock.instant())));
        }
        String list = saved.isEmpty() ? "Başkanlıktan katılım olmayacak."
                : String.join("\n", saved.stream().map(a -> "- " + PresidencyPerson.line(a)).toList());
        String subject = "Başkanlık personelinin katılımı: " + meeting.getTitle();
        String body = "Göç İdaresi Başkanlığı " + TurkishDates.format(meeting.getMeetingDate())
                + " tarihli toplantıya katılacak personelini bildirdi (md. 4/5):\n" + list;
        notices.toGroup(GroupIds.secretariat(meeting.getPlateCode()), "PRESIDENCY_ATTENDANCE", subject, body, meeting.getMeetingKey());
        if (meeting.isDistrict()) {
            notices.toGroup(MeetingGroups.secretariat(meeting), "PRESIDENCY_ATTENDANCE", subject, body, meeting.getMeetingKey());
        }
        return saved;
    }

    /** Announcements are made before the meeting: it has its day, is not held yet, and the day has not passed. */
    private void requireBefore(Meeting meeting, String what) {
        LocalDate today = LocalDate.now(clock);
        if (meeting.getMeetingDate() == null || meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new InvalidInputException("meeting", meeting.getMeetingDate() == null
                    ? "Toplantının tarihi henüz belirlenmedi; " + what.toLowerCase(java.util.Locale.forLanguageTag("tr"))
                      + " toplantı bildirimi yapıldıktan sonra bildirilir."
                    : what + " toplantıdan önce bildirilir; bu toplantı yapıldı.");
        }
        if (today.isAfter(meeting.getMeetingDate())) {
            throw new InvalidInputException("meeting", what + " toplantıdan önce bildirilir; toplantı "
                    + TurkishDates.format(meeting.getMeetingDate()) + " tarihindeydi.");
        }
    }

    private static ForbiddenException notAMember() {
        return new ForbiddenException("Mazeret bildirimini kurul üyesi kendisi yapar (md. 9/1); bu toplantının kurulunda üye değilsiniz.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** One member of the presidency's staff as announced. */
    public record PresidencyPerson(String fullName, String title, String unit) {
        static String line(PresidencyAttendee a) {
            return a.getFullName() + (a.getTitle() == null ? "" : ", " + a.getTitle())
                    + (a.getUnit() == null ? "" : " (" + a.getUnit() + ")");
        }
    }
}
