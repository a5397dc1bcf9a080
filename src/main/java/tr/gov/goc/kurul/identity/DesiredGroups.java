package tr.gov.goc.kurul.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.BoardLevel;
import tr.gov.goc.kurul.board.BoardRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.people.SystemRole;
import tr.gov.goc.kurul.province.Provinces;

/** The groups the registry says a person belongs to. */
@Component
class DesiredGroups {

    private final People people;
    private final Liaisons liaisons;
    private final Memberships memberships;
    private final Institutions institutions;
    private final Provinces provinces;
    private final Clock clock;

    DesiredGroups(People people, Liaisons liaisons, Memberships memberships, Institutions institutions,
                  Provinces provinces, Clock clock) {
        this.people = people;
        this.liaisons = liaisons;
        this.memberships = memberships;
        this.institutions = institutions;
        this.provinces = provinces;
        this.clock = clock;
    }

    Map<String, GroupSpec> of(Person person) {
        Map<String, GroupSpec> groups = new LinkedHashMap<>();
        Optional<Integer> plate = people.plateCodeOf(person);
        if (person.getSystemRoles().contains(SystemRole.ADMINISTRATOR)) {
            add(groups, new GroupSpec(GroupIds.ADMINISTRATORS, "Sistem Yöneticileri", GroupKind.ADMINISTRATORS, null));
        }
        if (person.getSystemRoles().contains(SystemRole.MANAGER)) {
            add(groups, plate.map(this::provinceManagers)
                    .orElse(new GroupSpec(GroupIds.NATIONAL_MANAGERS, "Yöneticiler (tüm iller, izleme)", GroupKind.MANAGERS, null)));
        }
        int year = LocalDate.now(clock).getYear();
        for (Long institutionId : liaisons.institutionsOf(person.getId(), year)) { // R6.3, R6.5
            Institution institution = institutions.institution(institutionId);
            add(groups, new GroupSpec(GroupIds.liaison(institution.getPlateCode(), institution.getCode()),
                    institution.getName() + " – İrtibat Görevlileri", GroupKind.LIAISON, institution.getPlateCode()));
        }
        for (BoardRole role : memberships.rolesOf(person.getId())) {
            switch (role.role()) {
                case SECRETARY -> add(groups, secretariat(role)); // R11.1, R11.2
                case CHAIR, CHAIR_OFFICE -> add(groups, chair(role)); // R4.1
                case MEMBER, DEPUTY -> add(groups, members(role)); // R4.2, R4.3, R9.2
                default -> { }
            }
        }
        return groups;
    }

    private GroupSpec provinceManagers(int plateCode) {
        return new GroupSpec(GroupIds.managers(plateCode), provinceName(plateCode) + " – Yöneticiler (izleme)", GroupKind.MANAGERS, plateCode);
    }

    private GroupSpec secretariat(BoardRole role) {
        if (role.level() == BoardLevel.PROVINCIAL) {
            return new GroupSpec(GroupIds.secretariat(role.plateCode()), provinceName(role.plateCode()) + " İl GKK Sekreteryası",
                    GroupKind.SECRETARIAT, role.plateCode());
        }
        return new GroupSpec(GroupIds.districtSecretariat(role.districtId()), districtName(role) + " İlçe GKK Sekreteryası",
                GroupKind.SECRETARIAT, role.plateCode());
    }

    private GroupSpec members(BoardRole role) {
        if (role.level() == BoardLevel.PROVINCIAL) {
            return new GroupSpec(GroupIds.members(role.plateCode()), provinceName(role.plateCode()) + " İl GKK Üyeleri",
                    GroupKind.MEMBER, role.plateCode());
        }
        return new GroupSpec(GroupIds.districtMembers(role.districtId()), districtName(role) + " İlçe GKK Üyeleri",
                GroupKind.MEMBER, role.plateCode());
    }

    private GroupSpec chair(BoardRole role) {
        if (role.level() == BoardLevel.PROVINCIAL) {
            return new GroupSpec(GroupIds.chair(role.plateCode()), provinceName(role.plateCode()) + " İl GKK Başkanlığı (Valilik)",
                    GroupKind.CHAIR, role.plateCode());
        }
        return new GroupSpec(GroupIds.districtChair(role.districtId()), districtName(role) + " İlçe GKK Başkanlığı (Kaymakamlık)",
                GroupKind.CHAIR, role.plateCode());
    }

    private String provinceName(int plateCode) {
        return provinces.province(plateCode).getName();
    }

    private String districtName(BoardRole role) {
        return provinces.displayName(provinces.district(role.districtId()));
    }

    private static void add(Map<String, GroupSpec> groups, GroupSpec spec) {
        groups.putIfAbsent(spec.id(), spec);
    }
}
