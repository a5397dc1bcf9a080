package tr.gov.goc.kurul.board;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.province.Provinces;

/** The JSON shapes of boards and their members. */
@Component
@Transactional(readOnly = true)
class BoardViews {

    private final Boards boards;
    private final Memberships memberships;
    private final Provinces provinces;
    private final Institutions institutions;
    private final People people;

    BoardViews(Boards boards, Memberships memberships, Provinces provinces, Institutions institutions, People people) {
        this.boards = boards;
        this.memberships = memberships;
        this.provinces = provinces;
        this.institutions = institutions;
        this.people = people;
    }

    record InstitutionRef(long id, String name) {
        static InstitutionRef of(Institution i) {
            return i == null ? null : new InstitutionRef(i.getId(), i.getName());
        }
    }

    record BoardSummary(long id, BoardLevel level, int plateCode, String provinceName, Long districtId, String districtName,
                        String name, Integer foreignPopulation, LocalDate populationAsOf, String populationSource,
                        boolean borderDistrict) {
    }

    record MemberView(long id, long personId, String personName, String title, MembershipRole role, Long institutionId,
                      String institutionName, Long deputyOfId, LocalDate validFrom, LocalDate validTo) {
    }

    /** R4.2: a district whose Kaymakam sits on the provincial board. */
    record KaymakamSeat(long districtBoardId, long districtId, String districtName, Integer foreignPopulation,
                        InstitutionRef institution, String kaymakam) {
    }

    record BoardDetail(BoardSummary board, InstitutionRef secretariat, InstitutionRef chairInstitution,
                       List<MemberView> members, List<KaymakamSeat> kaymakamMembers, long version, boolean editable) {
    }

    BoardSummary summary(Board b) {
        String districtName = b.getDistrictId() == null ? null : provinces.district(b.getDistrictId()).getName();
        return new BoardSummary(b.getId(), b.getLevel(), b.getPlateCode(), provinces.province(b.getPlateCode()).getName(),
                b.getDistrictId(), districtName, b.getName(), b.getForeignPopulation(), b.getPopulationAsOf(),
                b.getPopulationSource(), b.isBorderDistrict());
    }

    BoardDetail detail(Board b) {
        return detail(b, false);
    }

    /** @param editable whether the caller keeps this board's registry (its secretariat or an administrator) */
    BoardDetail detail(Board b, boolean editable) {
        List<MemberView> members = memberships.active(b.getId()).stream().map(this::member).toList();
        List<KaymakamSeat> kaymakams = b.isProvincial()
                ? boards.districtsRepresentedOnProvincialBoard(b.getPlateCode()).stream().map(this::seat).toList()
                : List.of();
        return new BoardDetail(summary(b), InstitutionRef.of(boards.secretariat(b).orElse(null)),
                InstitutionRef.of(boards.chairInstitution(b).orElse(null)), members, kaymakams, b.getVersion(), editable);
    }

    MemberView member(BoardMembership m) {
        Person p = people.person(m.getPersonId());
        String institutionName = m.getInstitutionId() == null ? null : institutions.institution(m.getInstitutionId()).getName();
        return new MemberView(m.getId(), p.getId(), p.getFullName(), p.getTitle(), m.getRole(), m.getInstitutionId(),
                institutionName, m.getDeputyOfId(), m.getValidFrom(), m.getValidTo());
    }

    private KaymakamSeat seat(Board districtBoard) {
        Institution kaymakamlik = boards.chairInstitution(districtBoard).orElse(null);
        String kaymakam = memberships.active(districtBoard.getId()).stream()
                .filter(m -> m.getRole() == MembershipRole.CHAIR)
                .map(m -> people.person(m.getPersonId()).getFullName())
                .findFirst().orElse(null);
        return new KaymakamSeat(districtBoard.getId(), districtBoard.getDistrictId(),
                provinces.district(districtBoard.getDistrictId()).getName(), districtBoard.getForeignPopulation(),
                InstitutionRef.of(kaymakamlik), kaymakam);
    }
}
