package tr.gov.goc.kurul.people;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.ChangeRow;
import tr.gov.goc.kurul.common.RegistryRevision;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/** The change history of people and of a province's yearly liaison list, from the registry's revisions (Envers). */
@Service
@Transactional(readOnly = true)
public class PeopleHistory {

    private final EntityManager entityManager;
    private final People people;
    private final Institutions institutions;
    private final Clock clock;

    PeopleHistory(EntityManager entityManager, People people, Institutions institutions, Clock clock) {
        this.entityManager = entityManager;
        this.people = people;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** The person as now, or as last recorded before they were removed from the registry. */
    public Optional<Person> lastKnown(long personId) {
        Optional<Person> now = people.find(personId);
        if (now.isPresent()) {
            return now;
        }
        return revisions(Person.class, AuditEntity.id().eq(personId)).stream()
                .map(r -> r.entity).filter(p -> p.getFirstName() != null)
                .reduce((first, second) -> second);
    }

    /** A person's full name, also for someone removed since; "kişi #id" if never recorded. */
    public String nameOf(long personId) {
        return lastKnown(personId).map(Person::getFullName).orElse("kişi #" + personId);
    }

    /** The province a person (also a removed one) worked in; empty for national staff. */
    public Optional<Integer> plateCodeOf(Person person) {
        return Optional.ofNullable(person.getInstitutionId()).flatMap(institutions::find).map(Institution::getPlateCode);
    }

    /** Every recorded change of a person, newest first; phones and e-mails only as "changed" without {@code contacts}. */
    public List<ChangeRow> ofPerson(long personId, boolean contacts) {
        List<ChangeRow> rows = new ArrayList<>();
        Person before = null;
        for (Rev<Person> r : revisions(Person.class, AuditEntity.id().eq(personId))) {
            Person p = r.entity;
            String what = switch (r.type) {
                case ADD -> "Kişi kaydedildi: " + p.getFullName() + describe(p);
                case DEL -> "Kişi kayıttan silindi: " + (before == null ? p.getFullName() : before.getFullName());
                case MOD -> {
                    if (before == null) {
                        yield "Kişi bilgisi değişti: " + p.getFullName();
                    }
                    ChangeRow.Diff<Person> diff = new ChangeRow.Diff<>(before, p)
                            .field("Ad", Person::getFirstName)
                            .field("Soyad", Person::getLastName)
                            .field("Unvan", Person::getTitle)
                            .field("Kurum", x -> institutionName(x.getInstitutionId()));
                    if (contacts) {
                        diff.field("Telefon", Person::getPhone).field("E-posta", Person::getEmail);
                    } else {
                        diff.hiddenField("Telefon", Person::getPhone).hiddenField("E-posta", Person::getEmail);
                    }
                    diff.field("Kullanıcı adı", Person::getUsername)
                            .field("Şube müdürü düzeyinde", Person::isBranchManagerLevel)
                            .field("Sistem rolleri", Person::getSystemRoles);
                    yield diff.isEmpty() ? null : "Kişi bilgisi değişti (" + p.getFullName() + "): " + diff;
                }
            };
            if (what != null) {
                rows.add(ChangeRow.of(r.revision, clock.getZone(), what));
            }
            if (r.type != RevisionType.DEL) {
                before = p;
            }
        }
        return newestFirst(rows);
    }

    /** Every recorded change of a province's liaison list for a year (R6.3, R6.5), newest first. */
    public List<ChangeRow> ofLiaisons(int plateCode, int year) {
        Set<Long> institutionIds = institutions.allOfProvince(plateCode).stream().map(Institution::getId).collect(Collectors.toSet());
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        List<ChangeRow> rows = new ArrayList<>();
        Map<Long, LiaisonAssignment> before = new HashMap<>();
        for (Rev<LiaisonAssignment> r : revisions(LiaisonAssignment.class,
                AuditEntity.property("year").eq(year), AuditEntity.property("institutionId").in(institutionIds))) {
            LiaisonAssignment a = r.entity;
            LiaisonAssignment old = before.get(a.getId());
            String slot = " (" + institutionName(a.getInstitutionId()) + ", " + roleName(a.getRole()) + ")";
            String what = switch (r.type) {
                case ADD -> "İrtibat görevlisi atandı" + slot + ": " + nameOf(a.getPersonId());
                case DEL -> "İrtibat görevlisi listeden çıkarıldı" + slot + ": " + nameOf(a.getPersonId());
                case MOD -> old == null || old.getPersonId() == a.getPersonId() ? null
                        : "İrtibat görevlisi değişti" + slot + ": " + nameOf(old.getPersonId()) + " → " + nameOf(a.getPersonId());
            };
            if (what != null) {
                rows.add(ChangeRow.of(r.revision, clock.getZone(), what));
            }
            before.put(a.getId(), a);
        }
        return newestFirst(rows);
    }

    private String describe(Person p) {
        List<String> parts = new ArrayList<>();
        if (p.getTitle() != null) {
            parts.add(p.getTitle());
        }
        if (p.getInstitutionId() != null) {
            parts.add(institutionName(p.getInstitutionId()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private String institutionName(Long id) {
        return id == null ? null : institutions.find(id).map(Institution::getName).orElse("kurum #" + id);
    }

    private static String roleName(LiaisonRole role) {
        return role == LiaisonRole.SUBSTITUTE ? "yedek" : "asil";
    }

    static List<ChangeRow> newestFirst(List<ChangeRow> rows) {
        rows.sort(Comparator.comparingLong(ChangeRow::revision).reversed());
        return rows;
    }

    private record Rev<T>(T entity, RegistryRevision revision, RevisionType type) {
    }

    @SuppressWarnings("unchecked")
    private <T> List<Rev<T>> revisions(Class<T> type, org.hibernate.envers.query.criteria.AuditCriterion... criteria) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        var query = reader.createQuery().forRevisionsOfEntity(type, false, true);
        for (var criterion : criteria) {
            query.add(criterion);
        }
        query.addOrder(AuditEntity.revisionNumber().asc());
        List<Object[]> result = query.getResultList();
        return result.stream().map(row -> new Rev<>((T) row[0], (RegistryRevision) row[1], (RevisionType) row[2])).toList();
    }
}
