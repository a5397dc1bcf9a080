package tr.gov.goc.kurul.board;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.ChangeRow;
import tr.gov.goc.kurul.common.RegistryRevision;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.PeopleHistory;

/**
 * A board's change history from the registry's revisions (Envers): its own data (foreign population, source, border
 * flag) and its memberships — who joined, whose seat changed hands from which day (R4.2, R9.2), whose ended.
 */
@Service
@Transactional(readOnly = true)
class BoardHistory {

    private final EntityManager entityManager;
    private final PeopleHistory people;
    private final Institutions institutions;
    private final Clock clock;

    BoardHistory(EntityManager entityManager, PeopleHistory people, Institutions institutions, Clock clock) {
        this.entityManager = entityManager;
        this.people = people;
        this.institutions = institutions;
        this.clock = clock;
    }

    List<ChangeRow> of(long boardId) {
        List<ChangeRow> rows = new ArrayList<>();
        Board before = null;
        for (Rev<Board> r : revisions(Board.class, AuditEntity.id().eq(boardId))) {
            Board b = r.entity;
            String what = null;
            if (r.type == RevisionType.MOD && before != null) {
                ChangeRow.Diff<Board> diff = new ChangeRow.Diff<>(before, b)
                        .field("Yabancı nüfus", x -> x.getForeignPopulation() == null ? null : String.format(java.util.Locale.forLanguageTag("tr-TR"), "%,d", x.getForeignPopulation()))
                        .field("Nüfus bilgisinin tarihi", Board::getPopulationAsOf)
                        .field("Kaynağı", Board::getPopulationSource)
                        .field("Sınır ilçesi", Board::isBorderDistrict);
                what = diff.isEmpty() ? null : "Kurul bilgisi değişti: " + diff;
            } else if (r.type == RevisionType.ADD) {
                what = "Kurul kaydı oluşturuldu: " + b.getName();
            }
            if (what != null) {
                rows.add(ChangeRow.of(r.revision, clock.getZone(), what));
            }
            before = b;
        }
        rows.addAll(memberships(boardId));
        rows.sort(Comparator.comparingLong(ChangeRow::revision).reversed());
        return rows;
    }

    /** Membership changes, one revision at a time, so that a replacement (one ended, one added) reads as one row. */
    private List<ChangeRow> memberships(long boardId) {
        Map<Long, List<Rev<BoardMembership>>> byRevision = new LinkedHashMap<>();
        for (Rev<BoardMembership> r : revisions(BoardMembership.class, AuditEntity.property("boardId").eq(boardId))) {
            byRevision.computeIfAbsent(r.revision.getId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, BoardMembership> state = new HashMap<>();
        List<ChangeRow> rows = new ArrayList<>();
        for (List<Rev<BoardMembership>> changes : byRevision.values()) {
            RegistryRevision revision = changes.get(0).revision;
            List<BoardMembership> ended = new ArrayList<>();
            List<BoardMembership> added = new ArrayList<>();
            List<String> whats = new ArrayList<>();
            for (Rev<BoardMembership> r : changes) {
                BoardMembership m = r.entity;
                BoardMembership old = state.get(m.getId());
                if (r.type == RevisionType.ADD) {
                    added.add(m);
                } else if (r.type == RevisionType.DEL) {
                    whats.add(roleName(m.getRole()) + " kaydı silindi: " + seat(m));
                } else if (old != null && old.getValidTo() == null && m.getValidTo() != null) {
                    ended.add(m);
                } else if (old != null) {
                    if (!Objects.equals(old.getDeputyOfId(), m.getDeputyOfId())) {
                        whats.add("Vekil " + people.nameOf(m.getPersonId()) + " artık şu üyenin vekili: "
                                + holder(state, m.getDeputyOfId()) + " (önceki: " + holder(state, old.getDeputyOfId()) + ")");
                    }
                    ChangeRow.Diff<BoardMembership> diff = new ChangeRow.Diff<>(old, m)
                            .field("Başlangıç", BoardMembership::getValidFrom)
                            .field("Bitiş", BoardMembership::getValidTo)
                            .field("Kurum", x -> institutionName(x.getInstitutionId()));
                    if (!diff.isEmpty()) {
                        whats.add(roleName(m.getRole()) + " kaydı değişti: " + people.nameOf(m.getPersonId()) + ": " + diff);
                    }
                }
                state.put(m.getId(), m);
            }
            for (BoardMembership e : ended) {
                BoardMembership successor = added.stream()
                        .filter(a -> a.getRole() == e.getRole() && Objects.equals(a.getInstitutionId(), e.getInstitutionId()))
                        .findFirst().orElse(null);
                if (successor != null) {
                    added.remove(successor);
                    whats.add(roleName(e.getRole()) + " değişti: " + people.nameOf(e.getPersonId()) + " → "
                            + people.nameOf(successor.getPersonId()) + institutionSuffix(successor.getInstitutionId())
                            + since(successor));
                } else {
                    whats.add(roleName(e.getRole()) + " görevi sona erdi: " + seat(e) + ", "
                            + TurkishDates.format(e.getValidTo()) + " itibarıyla");
                }
            }
            for (BoardMembership a : added) {
                whats.add(roleName(a.getRole()) + " eklendi: " + seat(a) + since(a));
            }
            whats.forEach(what -> rows.add(ChangeRow.of(revision, clock.getZone(), what)));
        }
        return rows;
    }

    private String holder(Map<Long, BoardMembership> state, Long membershipId) {
        BoardMembership m = membershipId == null ? null : state.get(membershipId);
        return m == null ? "—" : people.nameOf(m.getPersonId());
    }

    private String seat(BoardMembership m) {
        return people.nameOf(m.getPersonId()) + institutionSuffix(m.getInstitutionId());
    }

    private String institutionSuffix(Long institutionId) {
        return institutionId == null ? "" : " (" + institutionName(institutionId) + ")";
    }

    private static String since(BoardMembership m) {
        return m.getValidFrom() == null ? "" : ", " + TurkishDates.ablative(m.getValidFrom()) + " itibaren";
    }

    private String institutionName(Long id) {
        return id == null ? null : institutions.find(id).map(Institution::getName).orElse("kurum #" + id);
    }

    static String roleName(MembershipRole role) {
        return switch (role) {
            case CHAIR -> "Başkan";
            case MEMBER -> "Üye";
            case DEPUTY -> "Vekil";
            case INVITED -> "Davetli katılımcı";
            case SECRETARY -> "Sekreter";
            case CHAIR_OFFICE -> "Başkanlık bürosu görevlisi";
        };
    }

    private record Rev<T>(T entity, RegistryRevision revision, RevisionType type) {
    }

    @SuppressWarnings("unchecked")
    private <T> List<Rev<T>> revisions(Class<T> type, AuditCriterion criterion) {
        List<Object[]> result = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc())
                .getResultList();
        return result.stream().map(row -> new Rev<>((T) row[0], (RegistryRevision) row[1], (RevisionType) row[2])).toList();
    }
}
