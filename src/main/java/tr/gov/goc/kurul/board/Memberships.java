package tr.gov.goc.kurul.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.InstitutionCategory;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/** Who sits on a board and who works for it, with the circular's rules on each role. */
@Service
@Transactional(readOnly = true)
public class Memberships {

    private final BoardMembershipRepository memberships;
    private final Boards boards;
    private final People people;
    private final Institutions institutions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Memberships(BoardMembershipRepository memberships, Boards boards, People people, Institutions institutions,
                Clock clock, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.boards = boards;
        this.people = people;
        this.institutions = institutions;
        this.clock = clock;
        this.events = events;
    }

    public List<BoardMembership> active(long boardId) {
        LocalDate today = LocalDate.now(clock);
        return memberships.findByBoardId(boardId).stream().filter(m -> m.isActiveOn(today)).toList();
    }

    /**
     * Who is called to the board's meetings today: chair, members, deputies and invited participants; on a provincial
     * board also the Kaymakams of the districts over the R4.2 threshold (derived, never stored: a district whose figure
     * drops to the threshold takes its Kaymakam off the board). Chair first, then members, deputies, invited.
     */
    public List<Seat> seats(long boardId) {
        Board board = boards.board(boardId);
        List<Seat> seats = new ArrayList<>();
        for (BoardMembership m : active(boardId)) {
            if (m.getRole() != MembershipRole.SECRETARY && m.getRole() != MembershipRole.CHAIR_OFFICE) {
                seats.add(Seat.of(m));
            }
        }
        if (board.isProvincial()) { // R4.2
            for (Board district : boards.districtsRepresentedOnProvincialBoard(board.getPlateCode())) {
                active(district.getId()).stream().filter(m -> m.getRole() == MembershipRole.CHAIR)
                        .findFirst().map(Seat::kaymakam).ifPresent(seats::add);
            }
        }
        seats.sort(Comparator.comparingInt(s -> SEAT_ORDER.indexOf(s.role())));
        return seats;
    }

    /** The people chairing the province's district boards today (the Kaymakams). */
    public List<Long> districtChairsOf(int plateCode) {
        return boards.ofProvince(plateCode).stream().filter(b -> !b.isProvincial())
                .flatMap(b -> active(b.getId()).stream())
                .filter(m -> m.getRole() == MembershipRole.CHAIR)
                .map(BoardMembership::getPersonId).toList();
    }

    /** A seat of the board's meetings today, by the membership that gives it. */
    public Optional<Seat> seat(long boardId, long membershipId) {
        return seats(boardId).stream().filter(s -> s.membershipId() == membershipId).findFirst();
    }

    /** The seats a person holds on the board today (their own, not those they may stand in for). */
    public List<Seat> seatsOf(long boardId, long personId) {
        return seats(boardId).stream().filter(s -> s.personId() == personId).toList();
    }

    private static final List<MembershipRole> SEAT_ORDER = List.of(MembershipRole.CHAIR, MembershipRole.MEMBER,
            MembershipRole.DEPUTY, MembershipRole.INVITED);

    public List<BoardMembership> history(long boardId) {
        return memberships.findByBoardId(boardId);
    }

    public BoardMembership membership(long id) {
        return memberships.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir kurul görevi yok."));
    }

    /** A person's active roles on all boards (identity turns them into groups and tenants). */
    public List<BoardRole> rolesOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        List<BoardRole> roles = new ArrayList<>();
        for (BoardMembership m : memberships.findByPersonId(personId)) {
            if (!m.isActiveOn(today)) {
                continue;
            }
            Board b = boards.board(m.getBoardId());
            roles.add(new BoardRole(b.getId(), b.getLevel(), b.getPlateCode(), b.getDistrictId(), m.getRole()));
            if (m.getRole() == MembershipRole.CHAIR && !b.isProvincial() && representedOnProvincialBoard(b)) { // R4.2
                Board provincial = boards.provincialBoard(b.getPlateCode());
                roles.add(new BoardRole(provincial.getId(), provincial.getLevel(), provincial.getPlateCode(), null, MembershipRole.MEMBER));
            }
        }
        return roles;
    }

    private boolean representedOnProvincialBoard(Board districtBoard) {
        return boards.districtsRepresentedOnProvincialBoard(districtBoard.getPlateCode()).stream()
                .anyMatch(d -> d.getId().equals(districtBoard.getId()));
    }

    /**
     * R9.2: whether {@code personId} may attend for the member of {@code memberMembershipId}: only the member
     * themself or their registered deputy, never someone the deputy sends.
     */
    public boolean mayAttendFor(long memberMembershipId, long personId) {
        BoardMembership member = membership(memberMembershipId);
        if (member.getPersonId() == personId) {
            return true;
        }
        return active(member.getBoardId()).stream()
                .anyMatch(m -> m.getRole() == MembershipRole.DEPUTY
                        && Objects.equals(m.getDeputyOfId(), member.getId())
                        && m.getPersonId() == personId);
    }

    @Transactional
    public BoardMembership add(long boardId, long personId, MembershipRole role, Long institutionId, Long deputyOfId, LocalDate validFrom) {
        Board board = boards.board(boardId);
        Person person = people.find(personId)
                .orElseThrow(() -> new InvalidInputException("personId", "Kimliği " + personId + " olan bir kişi yok."));
        LocalDate from = validFrom != null ? validFrom : LocalDate.now(clock);
        // the board as it stands on the day the role takes effect (today for a past date: what holds now also counts)
        LocalDate onDay = from.isAfter(LocalDate.now(clock)) ? from : LocalDate.now(clock);
        return add(board, person, role, institutionId, deputyOfId, from, activeOn(boardId, onDay));
    }

    private BoardMembership add(Board board, Person person, MembershipRole role, Long institutionId, Long deputyOfId,
                                LocalDate from, List<BoardMembership> current) {
        long boardId = board.getId();
        long personId = person.getId();
        Long representing = institutionId != null ? institutionId : person.getInstitutionId();
        if (current.stream().anyMatch(m -> m.getPersonId() == personId && m.getRole() == role)) {
            throw new InvalidInputException("personId", person.getFullName() + " bu kurulda zaten bu görevde.");
        }
        switch (role) {
            case CHAIR -> checkChair(board, person, current);
            case MEMBER -> checkMember(board, representing, current);
            case DEPUTY -> representing = checkDeputy(board, personId, deputyOfId, current);
            case INVITED -> checkInvited(board, representing);
            case SECRETARY -> checkStaff(person, boards.secretariat(board).orElse(null),
                    "Sekreterya görevlisi kurulun sekreteryasını yürüten kurumun personeli olmalıdır (R11.1, R11.2).");
            case CHAIR_OFFICE -> checkStaff(person, boards.chairInstitution(board).orElse(null),
                    "Başkanlık bürosu görevlisi valilik / kaymakamlık personeli olmalıdır (R4.1).");
        }
        if (role != MembershipRole.DEPUTY && deputyOfId != null) {
            throw new InvalidInputException("deputyOfId", "Yalnızca vekil (DEPUTY) görevinde asıl üye belirtilir.");
        }
        BoardMembership membership = memberships.save(new BoardMembership(boardId, personId, role, representing,
                role == MembershipRole.DEPUTY ? deputyOfId : null, from));
        memberships.flush();
        events.publishEvent(new MembershipChanged(boardId, personId));
        return membership;
    }

    /** Ends a role today; the record stays as history. A member's deputies end with the member. */
    @Transactional
    public void end(long boardId, long membershipId) {
        BoardMembership membership = membership(membershipId);
        if (membership.getBoardId() != boardId) {
            throw new NotFoundException("Kimliği " + membershipId + " olan bir kurul görevi bu kurulda yok.");
        }
        LocalDate today = LocalDate.now(clock);
        for (BoardMembership m : active(boardId)) {
            if (m.getId().equals(membershipId) || Objects.equals(m.getDeputyOfId(), membershipId)) {
                m.end(today);
                events.publishEvent(new MembershipChanged(boardId, m.getPersonId()));
            }
        }
    }

    /**
     * Ends a role on a day (the record stays as history); a member's deputies end with the member. The day may be in
     * the past (a change reported late) but not before the role began.
     */
    @Transactional
    public void endOn(long boardId, long membershipId, LocalDate day) {
        BoardMembership membership = onBoard(boardId, membershipId);
        checkEndDay(membership, day);
        for (BoardMembership m : memberships.findByBoardId(boardId)) {
            if (m.getValidTo() == null || m.getValidTo().isAfter(day)) {
                if (m.getId().equals(membershipId) || Objects.equals(m.getDeputyOfId(), membershipId)) {
                    m.end(day);
                    events.publishEvent(new MembershipChanged(boardId, m.getPersonId()));
                }
            }
        }
        memberships.flush();
    }

    /**
     * Someone else takes a role from a day: the old membership ends that day and the new one begins, with the same
     * role and institution (R4.1 chair, R4.2/R4.3 member, R9.2 deputy of the same member, R4.4 invited). When a member
     * is replaced, their registered deputies stay deputies of the office: they continue as the new member's deputies.
     */
    @Transactional
    public BoardMembership replace(long boardId, long membershipId, long personId, LocalDate from) {
        BoardMembership old = onBoard(boardId, membershipId);
        if (from == null) {
            throw new InvalidInputException("validFrom", "Değişikliğin geçerli olacağı tarih zorunludur.");
        }
        checkEndDay(old, from);
        if (old.getPersonId() == personId) {
            throw new InvalidInputException("personId", "Seçilen kişi bu görevde zaten bulunuyor.");
        }
        Board board = boards.board(boardId);
        Person person = people.find(personId)
                .orElseThrow(() -> new InvalidInputException("personId", "Kimliği " + personId + " olan bir kişi yok."));
        LocalDate onDay = from.isAfter(LocalDate.now(clock)) ? from : LocalDate.now(clock);
        List<BoardMembership> deputies = old.getRole() == MembershipRole.MEMBER
                ? activeOn(boardId, onDay).stream().filter(m -> Objects.equals(m.getDeputyOfId(), old.getId())).toList()
                : List.of();
        List<BoardMembership> current = activeOn(boardId, onDay).stream()
                .filter(m -> !m.getId().equals(old.getId()) && !deputies.contains(m)).toList();
        if (old.getRole() == MembershipRole.DEPUTY || old.getRole() == MembershipRole.MEMBER) {
            Person newcomer = person;
            if (!Objects.equals(newcomer.getInstitutionId(), old.getInstitutionId())) {
                throw new InvalidInputException("personId", old.getRole() == MembershipRole.DEPUTY
                        ? "Vekil, asıl üyenin kurumunda görevli olmalıdır (R9.2)."
                        : "Yeni üye, temsil edilen kurumun personeli olmalıdır (R4.2, R4.3).");
            }
        }
        endOn(boardId, membershipId, from);
        BoardMembership added = add(board, person, old.getRole(), old.getInstitutionId(),
                old.getRole() == MembershipRole.DEPUTY ? old.getDeputyOfId() : null, from, current);
        for (BoardMembership deputy : deputies) {
            memberships.save(new BoardMembership(boardId, deputy.getPersonId(), MembershipRole.DEPUTY,
                    deputy.getInstitutionId(), added.getId(), from));
        }
        memberships.flush();
        return added;
    }

    private BoardMembership onBoard(long boardId, long membershipId) {
        BoardMembership membership = membership(membershipId);
        if (membership.getBoardId() != boardId) {
            throw new NotFoundException("Kimliği " + membershipId + " olan bir kurul görevi bu kurulda yok.");
        }
        return membership;
    }

    private static void checkEndDay(BoardMembership membership, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException("validFrom", "Tarih zorunludur.");
        }
        if (membership.getValidFrom() != null && !day.isAfter(membership.getValidFrom())) {
            throw new InvalidInputException("validFrom", "Tarih, mevcut görevin başladığı günden ("
                    + TurkishDates.format(membership.getValidFrom()) + ") sonra olmalıdır.");
        }
        if (membership.getValidTo() != null && !membership.getValidTo().isAfter(day)) {
            throw new InvalidInputException("validFrom", "Bu görev zaten " + TurkishDates.format(membership.getValidTo()) + " tarihinde sona ermiş.");
        }
    }

    private List<BoardMembership> activeOn(long boardId, LocalDate day) {
        return memberships.findByBoardId(boardId).stream().filter(m -> m.isActiveOn(day)).toList();
    }

    // R4.1: the Vali chairs the provincial board, the Kaymakam the district board; one chair at a time.
    private void checkChair(Board board, Person person, List<BoardMembership> current) {
        Institution chairInstitution = boards.chairInstitution(board).orElse(null);
        if (chairInstitution == null || !Objects.equals(person.getInstitutionId(), chairInstitution.getId())) {
            throw new InvalidInputException("personId", board.isProvincial()
                    ? "İl kurulunun başkanı validir: kişi bu ilin valiliğinde kayıtlı olmalıdır (R4.1)."
                    : "İlçe kurulunun başkanı kaymakamdır: kişi bu ilçenin kaymakamlığında kayıtlı olmalıdır (R4.1).");
        }
        if (current.stream().anyMatch(m -> m.getRole() == MembershipRole.CHAIR)) {
            throw new InvalidInputException("role", "Kurulun zaten bir başkanı var; önce mevcut başkanlık görevini sonlandırın.");
        }
    }

    // R4.2 / R4.3: members represent a member institution of the board's area, one member per institution.
    private void checkMember(Board board, Long institutionId, List<BoardMembership> current) {
        Institution institution = institution(institutionId);
        if (institution.getCategory() != InstitutionCategory.MEMBER || institution.getPlateCode() != board.getPlateCode()) {
            throw new InvalidInputException("institutionId", "Üye, bu kurulun bölgesindeki bir üye kurumu temsil etmelidir (R4.2, R4.3).");
        }
        if (current.stream().anyMatch(m -> m.getRole() == MembershipRole.MEMBER && Objects.equals(m.getInstitutionId(), institutionId))) {
            throw new InvalidInputException("institutionId", institution.getName() + " bu kurulda zaten bir üye ile temsil ediliyor.");
        }
    }

    // R9.2: a deputy stands in for one member, is from the member's institution and cannot send anyone else.
    private Long checkDeputy(Board board, long personId, Long deputyOfId, List<BoardMembership> current) {
        if (deputyOfId == null) {
            throw new InvalidInputException("deputyOfId", "Vekilin yerine katılacağı asıl üye (deputyOfId) zorunludur (R9.2).");
        }
        BoardMembership member = current.stream().filter(m -> m.getId().equals(deputyOfId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("deputyOfId", "Asıl üye bu kurulun etkin bir üyesi değil (R9.2)."));
        if (member.getRole() != MembershipRole.MEMBER) {
            throw new InvalidInputException("deputyOfId", "Vekil yalnızca asıl üyenin yerine görevlendirilir; vekil başka birini gönderemez (R9.2).");
        }
        if (member.getPersonId() == personId) {
            throw new InvalidInputException("personId", "Üye kendisinin vekili olamaz (R9.2).");
        }
        if (current.stream().anyMatch(m -> m.getRole() == MembershipRole.DEPUTY && deputyOfId.equals(m.getDeputyOfId()))) {
            throw new InvalidInputException("deputyOfId", "Bu üyenin zaten görevlendirilmiş bir vekili var (R9.2).");
        }
        Person deputy = people.person(personId);
        if (!Objects.equals(deputy.getInstitutionId(), member.getInstitutionId())) {
            throw new InvalidInputException("personId", "Vekil, asıl üyenin kurumunda görevli olmalıdır (R9.2).");
        }
        return member.getInstitutionId();
    }

    // R4.4: invited participants come from the board's area.
    private void checkInvited(Board board, Long institutionId) {
        Institution institution = institution(institutionId);
        if (institution.getPlateCode() != board.getPlateCode()) {
            throw new InvalidInputException("institutionId", "Davetli kurum bu kurulun ilinde olmalıdır (R4.4).");
        }
    }

    private void checkStaff(Person person, Institution required, String message) {
        if (required == null || !Objects.equals(person.getInstitutionId(), required.getId())) {
            throw new InvalidInputException("personId", message);
        }
    }

    private Institution institution(Long institutionId) {
        if (institutionId == null) {
            throw new InvalidInputException("institutionId", "Temsil edilen kurum (institutionId) zorunludur.");
        }
        return institutions.find(institutionId)
                .orElseThrow(() -> new InvalidInputException("institutionId", "Kimliği " + institutionId + " olan bir kurum yok."));
    }
}
