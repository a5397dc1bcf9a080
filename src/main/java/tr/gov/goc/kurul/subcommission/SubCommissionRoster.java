package tr.gov.goc.kurul.subcommission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.InstitutionKind;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.LiaisonAssignment;
import tr.gov.goc.kurul.people.LiaisonRole;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Who the sub-commission is: every province-level institution that sends liaison officers (Art 4(2), R6.3), the Art
 * 4(4) institutions and community representatives added to it (those with members in force, R6.3), and their
 * principal and substitute in force for the year (R5.8: the sub-commission members are the liaison officers).
 */
@Component
@Transactional(readOnly = true)
class SubCommissionRoster {

    private final Institutions institutions;
    private final Liaisons liaisons;
    private final People people;

    SubCommissionRoster(Institutions institutions, Liaisons liaisons, People people) {
        this.institutions = institutions;
        this.liaisons = liaisons;
        this.people = people;
    }

    /**
     * R6.2: the sub-commission is chaired by the harmonisation lead — the İl GİM's person whose title names the
     * harmonisation work ("Uyum Çalışma Grubu Başkanı", "Uyum İrtibat Görevlisi"), as "Name Surname, Title".
     */
    Optional<String> harmonisationLead(int plateCode) {
        Optional<Long> directorate = institutions.provincial(plateCode, InstitutionKind.PROVINCIAL_MIGRATION_DIRECTORATE)
                .map(Institution::getId);
        if (directorate.isEmpty()) {
            return Optional.empty();
        }
        Locale turkish = Locale.forLanguageTag("tr-TR");
        return people.ofProvince(plateCode).stream()
                .filter(p -> directorate.get().equals(p.getInstitutionId()))
                .filter(p -> p.getTitle() != null && p.getTitle().toLowerCase(turkish).contains("uyum"))
                .findFirst()
                .map(p -> p.getFullName() + ", " + p.getTitle());
    }

    /** The member institutions, in catalogue order: Art 4(2) ones always, added Art 4(4) ones while they have members. */
    List<Institution> institutions(int plateCode, int year) {
        return institutions.ofProvince(plateCode).stream()
                .filter(i -> institutions.sendsLiaison(i)
                        || institutions.mayJoinSubCommission(i) && !liaisons.inForce(i.getId(), year).isEmpty()) // R6.3
                .toList();
    }

    /** The liaison group of each member institution: the addressees of the meeting notice (R11.4). */
    List<String> liaisonGroups(int plateCode, int year) {
        return institutions(plateCode, year).stream().map(i -> GroupIds.liaison(plateCode, i.getCode())).toList();
    }

    /** The attendance choices for the year's meeting: principal then substitute of each institution. */
    List<RosterEntry> entries(int plateCode, int year) {
        List<RosterEntry> entries = new ArrayList<>();
        for (Institution institution : institutions(plateCode, year)) {
            List<LiaisonAssignment> officers = liaisons.inForce(institution.getId(), year).stream()
                    .sorted(Comparator.comparing(LiaisonAssignment::getRole)).toList();
            if (officers.isEmpty()) {
                entries.add(new RosterEntry(institution.getCode(), institution.getName() + " (kayıtlı irtibat görevlisi yok)",
                        institution.getId(), institution.getCode(), institution.getName(), null, null, null, null));
                continue;
            }
            Map<Long, Person> people = liaisons.peopleById(officers);
            for (LiaisonAssignment officer : officers) {
                Person person = people.get(officer.getPersonId());
                String role = officer.getRole() == LiaisonRole.PRINCIPAL ? "asil" : "yedek";
                String label = institution.getName() + " — " + person.getFullName()
                        + (person.getTitle() == null || person.getTitle().isBlank() ? "" : ", " + person.getTitle())
                        + " (" + role + ")";
                entries.add(new RosterEntry(institution.getCode() + ":" + role, label, institution.getId(), institution.getCode(),
                        institution.getName(), person.getFullName(), person.getTitle(), person.getPhone(), officer.getRole()));
            }
        }
        return entries;
    }
}
