package tr.gov.goc.kurul.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * Liaison officers (R6.3, R6.5): one principal and one substitute per Art 4(2) institution and year. Until the
 * year's list is signed at the first board, the latest earlier list stays in force.
 */
@Service
@Transactional(readOnly = true)
public class Liaisons {

    private final LiaisonAssignmentRepository assignments;
    private final People people;
    private final Institutions institutions;
    private final ApplicationEventPublisher events;

    Liaisons(LiaisonAssignmentRepository assignments, People people, Institutions institutions, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.people = people;
        this.institutions = institutions;
        this.events = events;
    }

    public record Assignment(LiaisonAssignment assignment, List<String> warnings) {
    }

    /** The liaison officers of a province's institutions for a year (exactly that year's list). */
    public List<LiaisonAssignment> ofProvince(int plateCode, int year) {
        Set<Long> ids = institutions.ofProvince(plateCode).stream().map(Institution::getId).collect(Collectors.toSet());
        return assignments.findByInstitutionIdIn(ids).stream().filter(a -> a.getYear() == year).toList();
    }

    public LiaisonAssignment assignment(long id) {
        return assignments.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir irtibat görevlisi kaydı yok."));
    }

    /** The liaison officers in force for an institution in a year: that year's list, else the latest earlier one. */
    public List<LiaisonAssignment> inForce(long institutionId, int year) {
        List<LiaisonAssignment> all = assignments.findByInstitutionId(institutionId);
        int effectiveYear = all.stream().mapToInt(LiaisonAssignment::getYear).filter(y -> y <= year).max().orElse(Integer.MIN_VALUE);
        return all.stream().filter(a -> a.getYear() == effectiveYear).toList();
    }

    /** The institutions a person is a liaison officer of in a year. */
    public Set<Long> institutionsOf(long personId, int year) {
        Set<Long> result = new HashSet<>();
        for (LiaisonAssignment a : assignments.findByPersonId(personId)) {
            if (inForce(a.getInstitutionId(), year).stream().anyMatch(f -> f.getPersonId() == personId)) {
                result.add(a.getInstitutionId());
            }
        }
        return result;
    }

    /** Everyone who holds or held a slot of these institutions: their liaison groups may need to change. */
    public Set<Long> peopleOf(Collection<Long> institutionIds) {
        return assignments.findByInstitutionIdIn(institutionIds).stream().map(LiaisonAssignment::getPersonId).collect(Collectors.toSet());
    }

    /** Puts a person in a slot (R6.3), replacing whoever held it. Returns R6.4 warnings, which do not block. */
    @Transactional
    public Assignment assign(long institutionId, int year, LiaisonRole role, long personId) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        Institution institution = institutions.find(institutionId)
                .orElseThrow(() -> new InvalidInputException("institutionId", "Kimliği " + institutionId + " olan bir kurum yok."));
        if (!institutions.mayJoinSubCommission(institution)) {
            throw new InvalidInputException("institutionId", "Bu kurum alt komisyona irtibat görevlisi göndermez: alt komisyon "
                    + "Genelge md. 4(2)'deki il kurumlarının irtibat görevlilerinden oluşur; md. 4(4)'teki davetli kurumlar ile yerel "
                    + "ve yabancı toplum temsilcileri de eklenebilir (R6.3).");
        }
        Person person = people.find(personId)
                .orElseThrow(() -> new InvalidInputException("personId", "Kimliği " + personId + " olan bir kişi yok."));
        if (person.getInstitutionId() == null || person.getInstitutionId() != institutionId) {
            throw new InvalidInputException("personId", "İrtibat görevlisi kendi kurumunun personeli olmalıdır (R6.3).");
        }
        LiaisonRole other = role == LiaisonRole.PRINCIPAL ? LiaisonRole.SUBSTITUTE : LiaisonRole.PRINCIPAL;
        assignments.findByInstitutionIdAndYearAndRole(institutionId, year, other)
                .filter(a -> a.getPersonId() == personId)
                .ifPresent(a -> {
                    throw new InvalidInputException("personId", "Aynı kişi hem asil hem yedek irtibat görevlisi olamaz (R6.3).");
                });
        Set<Long> touched = new HashSet<>(List.of(personId));
        LiaisonAssignment assignment = assignments.findByInstitutionIdAndYearAndRole(institutionId, year, role)
                .map(existing -> {
                    touched.add(existing.getPersonId());
                    existing.reassign(personId);
                    return existing;
                })
                .orElseGet(() -> assignments.save(new LiaisonAssignment(institutionId, year, role, personId)));
        touched.addAll(peopleOf(List.of(institutionId)));
        assignments.flush();
        events.publishEvent(new LiaisonChanged(institutionId, touched));
        List<String> warnings = new ArrayList<>();
        if (!person.isBranchManagerLevel()) {
            // R6.4: a warning, not a block
            warnings.add("Alt komisyon üyelerinin şube müdürü düzeyinde olması beklenir (R6.4): " + person.getFullName());
        }
        return new Assignment(assignment, warnings);
    }

    @Transactional
    public void remove(long assignmentId) {
        LiaisonAssignment assignment = assignment(assignmentId);
        Set<Long> touched = new HashSet<>(peopleOf(List.of(assignment.getInstitutionId())));
        assignments.delete(assignment);
        assignments.flush();
        events.publishEvent(new LiaisonChanged(assignment.getInstitutionId(), touched));
    }

    /**
     * A province's list for a year as the secretariat keeps it: one row per institution that sends liaison officers
     * (R6.3, Art 4(2)) and per Art 4(4) institution already on the list, in Turkish order, each with its principal and
     * substitute (either may be missing) and the row's warnings: a missing principal or substitute (R6.3), someone not
     * at branch-manager level (R6.4, a warning only).
     */
    public List<SheetRow> sheet(int plateCode, int year) {
        List<LiaisonAssignment> list = ofProvince(plateCode, year);
        Set<Long> listed = list.stream().map(LiaisonAssignment::getInstitutionId).collect(Collectors.toSet());
        List<SheetRow> rows = new ArrayList<>();
        for (Institution institution : institutions.ofProvince(plateCode)) {
            if (!institutions.sendsLiaison(institution) && !listed.contains(institution.getId())) {
                continue;
            }
            LiaisonAssignment principal = slot(list, institution.getId(), LiaisonRole.PRINCIPAL);
            LiaisonAssignment substitute = slot(list, institution.getId(), LiaisonRole.SUBSTITUTE);
            rows.add(new SheetRow(institution, principal, substitute, warnings(principal, substitute)));
        }
        rows.sort(tr.gov.goc.kurul.common.TurkishOrder.by(r -> r.institution().getName()));
        return rows;
    }

    public record SheetRow(Institution institution, LiaisonAssignment principal, LiaisonAssignment substitute,
                           List<String> warnings) {
    }

    private static LiaisonAssignment slot(List<LiaisonAssignment> list, long institutionId, LiaisonRole role) {
        return list.stream().filter(a -> a.getInstitutionId() == institutionId && a.getRole() == role).findFirst().orElse(null);
    }

    private List<String> warnings(LiaisonAssignment principal, LiaisonAssignment substitute) {
        List<String> warnings = new ArrayList<>();
        if (principal == null) {
            warnings.add("Asil irtibat görevlisi yok (R6.3).");
        }
        if (substitute == null) {
            warnings.add("Yedek irtibat görevlisi yok (R6.3).");
        }
        for (LiaisonAssignment a : java.util.Arrays.asList(principal, substitute)) {
            if (a != null) {
                Person p = people.person(a.getPersonId());
                if (!p.isBranchManagerLevel()) { // R6.4: a warning, not a block
                    warnings.add("Şube müdürü düzeyinde değil (R6.4): " + p.getFullName() + ".");
                }
            }
        }
        return warnings;
    }

    /**
     * "Geçen yılın listesini kopyala": fills the year's empty slots with the list in force the year before (the latest
     * earlier list, R6.5), for people still working at that institution. Returns how many slots were filled.
     */
    @Transactional
    public int copyPreviousYear(int plateCode, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        List<LiaisonAssignment> current = ofProvince(plateCode, year);
        int copied = 0;
        boolean anyEarlier = false;
        for (Institution institution : institutions.ofProvince(plateCode)) {
            for (LiaisonAssignment earlier : inForce(institution.getId(), year - 1)) {
                anyEarlier = true;
                boolean taken = current.stream().anyMatch(a -> a.getInstitutionId() == institution.getId() && a.getRole() == earlier.getRole());
                Person person = people.find(earlier.getPersonId()).orElse(null);
                if (taken || person == null || !Objects.equals(person.getInstitutionId(), institution.getId())) {
                    continue;
                }
                assign(institution.getId(), year, earlier.getRole(), earlier.getPersonId());
                copied++;
            }
        }
        if (!anyEarlier) {
            throw new InvalidInputException("year", "Kopyalanacak önceki bir yılın listesi yok: " + year + " listesini baştan doldurun.");
        }
        return copied;
    }

    public Map<Long, Person> peopleById(Collection<LiaisonAssignment> list) {
        return list.stream().map(LiaisonAssignment::getPersonId).distinct()
                .collect(Collectors.toMap(id -> id, people::person));
    }
}
