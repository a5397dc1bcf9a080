package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.LiaisonAssignment;
import tr.gov.goc.kurul.people.LiaisonRole;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.Person;

/**
 * The sub-commission of the year (R5.8, R6.3–R6.5): its member list — one principal and one substitute liaison
 * officer per Art 4(2) institution — is signed at the first provincial board of the year and stored with that
 * meeting; signing writes it through {@link Liaisons} as the year's list, so the liaison groups (and who gets
 * liaison tasks) follow it at once. A board decision can replace a member during the year (R5.11, R6.5).
 */
@Service
@Transactional(readOnly = true)
public class SubCommissionFormation {

    private final MeetingRepository meetings;
    private final LiaisonListEntryRepository entries;
    private final Liaisons liaisons;
    private final Institutions institutions;
    private final Clock clock;

    SubCommissionFormation(MeetingRepository meetings, LiaisonListEntryRepository entries, Liaisons liaisons,
                           Institutions institutions, Clock clock) {
        this.meetings = meetings;
        this.entries = entries;
        this.liaisons = liaisons;
        this.institutions = institutions;
        this.clock = clock;
    }

    public record Slot(long institutionId, LiaisonRole role, long personId) {
    }

    /** @param warnings R6.4 (not at branch-manager level) and R6.3 (an institution without principal or substitute); they do not block */
    public record Result(String meetingKey, int year, List<LiaisonListEntry> entries, List<String> warnings) {
    }

    public List<LiaisonListEntry> of(Meeting meeting) {
        return entries.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** One row of the list in force, as the secretary sees it before the members sign. */
    public record Row(Institution institution, Person principal, Person substitute) {
    }

    /**
     * The list the members sign at the first board of the year unless the registry was changed before it: for every
     * institution that has (Art 4(2)) or may have (Art 4(4)) sub-commission members, the principal and substitute in
     * force for the meeting's year (that year's list, else the latest earlier one).
     */
    public List<Row> listInForce(Meeting meeting) {
        List<Row> rows = new ArrayList<>();
        for (Institution institution : institutions.ofProvince(meeting.getPlateCode())) {
            List<LiaisonAssignment> officers = liaisons.inForce(institution.getId(), meeting.getYear());
            if (!institutions.sendsLiaison(institution) && (officers.isEmpty() || !institutions.mayJoinSubCommission(institution))) {
                continue;
            }
            Map<Long, Person> people = liaisons.peopleById(officers);
            Person principal = null;
            Person substitute = null;
            for (LiaisonAssignment a : officers) {
                if (a.getRole() == LiaisonRole.PRINCIPAL) {
                    principal = people.get(a.getPersonId());
                } else {
                    substitute = people.get(a.getPersonId());
                }
            }
            rows.add(new Row(institution, principal, substitute));
        }
        return rows;
    }

    /** R5.8, R6.5: the members signed the list in force at the meeting (the secretary's task at the first board). */
    @Transactional
    public Result signInForce(String meetingKey, String by) {
        List<Slot> slots = new ArrayList<>();
        for (Row row : listInForce(held(meetingKey))) {
            if (row.principal() != null) {
                slots.add(new Slot(row.institution().getId(), LiaisonRole.PRINCIPAL, row.principal().getId()));
            }
            if (row.substitute() != null) {
                slots.add(new Slot(row.institution().getId(), LiaisonRole.SUBSTITUTE, row.substitute().getId()));
            }
        }
        return sign(meetingKey, slots, by);
    }

    /** Whether the first board's list has been signed (R5.8): its minutes cannot be signed before. */
    public boolean signed(Meeting meeting) {
        return of(meeting).stream().anyMatch(e -> e.getKind() == LiaisonListEntry.Kind.SIGNED);
    }

    /** R5.8, R6.5: the list signed at the first board of the year becomes the year's liaison list. */
    @Transactional
    public Result sign(String meetingKey, List<Slot> slots, String by) {
        Meeting meeting = held(meetingKey);
        if (!meeting.isFirstOfYear()) {
            throw new InvalidInputException("meetingKey", "Alt komisyon üye listesi yılın ilk il kurulu toplantısında imzalanır (R5.8, R6.5); "
                    + meeting.getTitle() + " yılın ilk toplantısı değil. Yıl içindeki değişiklik kurul kararıyla yapılır.");
        }
        if (slots == null || slots.isEmpty()) {
            throw new InvalidInputException("slots", "İmzalanan listede en az bir irtibat görevlisi olmalıdır (R6.3).");
        }
        Set<String> seen = new HashSet<>();
        for (Slot slot : slots) {
            if (slot.role() == null || !seen.add(slot.institutionId() + "/" + slot.role())) {
                throw new InvalidInputException("slots", "Her kurum için bir asil ve bir yedek irtibat görevlisi yazılır (R6.3); "
                        + "aynı kurum ve görev iki kez ya da görevsiz verilemez.");
            }
        }
        int year = meeting.getYear();
        List<String> warnings = new ArrayList<>();
        entries.deleteByMeetingIdAndKind(meeting.getId(), LiaisonListEntry.Kind.SIGNED);
        entries.flush();
        for (Slot slot : slots) {
            Liaisons.Assignment a = liaisons.assign(slot.institutionId(), year, slot.role(), slot.personId());
            warnings.addAll(a.warnings());
            entries.save(new LiaisonListEntry(meeting.getId(), LiaisonListEntry.Kind.SIGNED, slot.institutionId(), slot.role(),
                    slot.personId(), null, a.warnings().isEmpty() ? null : String.join(" ", a.warnings()), by, clock.instant()));
        }
        // the signed list is the year's list: a slot of the year not on it is dropped
        for (LiaisonAssignment existing : liaisons.ofProvince(meeting.getPlateCode(), year)) {
            if (!seen.contains(existing.getInstitutionId() + "/" + existing.getRole())) {
                liaisons.remove(existing.getId());
            }
        }
        for (Institution institution : institutions.ofProvince(meeting.getPlateCode())) {
            if (!institutions.sendsLiaison(institution)) {
                continue;
            }
            for (LiaisonRole role : LiaisonRole.values()) {
                if (!seen.contains(institution.getId() + "/" + role)) {
                    warnings.add(institution.getName() + " için " + (role == LiaisonRole.PRINCIPAL ? "asil" : "yedek")
                            + " irtibat görevlisi listede yok (R6.3); önceki yılın listesi bu kurum için geçerli kalır.");
                }
            }
        }
        return new Result(meetingKey, year, of(meeting), warnings);
    }

    /** R5.11, R6.5: a board decision replaces a sub-commission member for the rest of the year. */
    @Transactional
    public Result replace(String meetingKey, Slot slot, String decisionRef, String by) {
        Meeting meeting = held(meetingKey);
        if (decisionRef == null || decisionRef.isBlank()) {
            throw new InvalidInputException("decision", "Değişikliği yapan kurul kararı (ör. KARAR-3) belirtilmelidir (R5.11).");
        }
        if (slot.role() == null) {
            throw new InvalidInputException("role", "Görev (role) zorunludur: PRINCIPAL (asil) veya SUBSTITUTE (yedek).");
        }
        int year = meeting.getYear();
        boolean yearListExists = !liaisons.ofProvince(meeting.getPlateCode(), year).isEmpty();
        if (!yearListExists) {
            throw new InvalidInputException("meetingKey", year + " yılının alt komisyon üye listesi henüz imzalanmadı; "
                    + "liste yılın ilk kurul toplantısında imzalanır (R5.8).");
        }
        Liaisons.Assignment a = liaisons.assign(slot.institutionId(), year, slot.role(), slot.personId());
        entries.findByMeetingIdAndKindAndInstitutionIdAndRole(meeting.getId(), LiaisonListEntry.Kind.REPLACED,
                slot.institutionId(), slot.role()).ifPresent(entries::delete);
        entries.flush();
        entries.save(new LiaisonListEntry(meeting.getId(), LiaisonListEntry.Kind.REPLACED, slot.institutionId(), slot.role(),
                slot.personId(), decisionRef.trim(), a.warnings().isEmpty() ? null : String.join(" ", a.warnings()), by,
                clock.instant()));
        return new Result(meetingKey, year, of(meeting), a.warnings());
    }

    private Meeting held(String meetingKey) {
        Meeting meeting = meetings.findByMeetingKey(meetingKey)
                .orElseThrow(() -> new InvalidInputException("meetingKey", "Toplantı bulunamadı: " + meetingKey));
        if (meeting.getMeetingDate() == null || meeting.getMeetingDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("meetingKey", "Liste ve değişiklikler toplantıda imzalanır; " + meeting.getTitle()
                    + " henüz yapılmadı.");
        }
        return meeting;
    }
}

interface LiaisonListEntryRepository extends JpaRepository<LiaisonListEntry, Long> {
    List<LiaisonListEntry> findByMeetingIdOrderByIdAsc(long meetingId);
    java.util.Optional<LiaisonListEntry> findByMeetingIdAndKindAndInstitutionIdAndRole(long meetingId, LiaisonListEntry.Kind kind,
                                                                                      long institutionId, LiaisonRole role);
    void deleteByMeetingIdAndKind(long meetingId, LiaisonListEntry.Kind kind);
}
