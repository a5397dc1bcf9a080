package tr.gov.goc.kurul.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.account.LoginStates;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.BoardMembership;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.InstitutionKind;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingKind;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.YearPlanner;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * A governorate's onboarding checklist: what its provincial board needs before its year can run — the foreign
 * population (R7.1, R7.2), the chair (R4.1), a member of every Art 4(2) institution (R4.2) and their deputies (R9.2), the
 * secretariat (R11.1), the year's liaison list (R6.3) and the year's meetings (R7.1). Each missing item says, in
 * Turkish, what to do and on which page. When every other item is done, the province's secretariat (or an administrator)
 * plans the current or the next year from the checklist itself ({@link #plan}, R7.1, R7.2).
 */
@Service
@Transactional(readOnly = true)
public class Readiness {

    static final String MEMBER_ARTICLE = "4(2)";

    private final Boards boards;
    private final Memberships memberships;
    private final Institutions institutions;
    private final Liaisons liaisons;
    private final Meetings meetings;
    private final YearPlanner planner;
    private final People people;
    private final LoginStates loginStates;
    private final Clock clock;

    Readiness(Boards boards, Memberships memberships, Institutions institutions, Liaisons liaisons, Meetings meetings,
              YearPlanner planner, People people, LoginStates loginStates, Clock clock) {
        this.people = people;
        this.loginStates = loginStates;
        this.planner = planner;
        this.boards = boards;
        this.memberships = memberships;
        this.institutions = institutions;
        this.liaisons = liaisons;
        this.meetings = meetings;
        this.clock = clock;
    }

    public record Item(String key, String label, boolean done, String detail, String todo, String link) {
    }

    /**
     * {@code mayPlan}: the page offers "<yıl> yılının toplantılarını planla" — every item but the meetings is done, the
     * year is not planned, it is the current or the next year, and the caller may plan it.
     */
    public record Checklist(int plateCode, int year, boolean complete, List<Item> items, boolean mayPlan) {
    }

    /** The year's ordinary meetings just planned from the checklist, and the checklist afterwards. */
    public record Planned(int plateCode, int year, List<PlannedMeeting> meetings, Checklist checklist) {
    }

    public record PlannedMeeting(String meetingKey, String title, LocalDate windowStart, LocalDate windowEnd, LocalDate agendaDueDate) {
    }

    public Checklist of(int plateCode, Integer requestedYear) {
        return of(plateCode, requestedYear, false);
    }

    /** The checklist; {@code callerMayPlan}: whether the caller is one who may plan this province's year. */
    public Checklist of(int plateCode, Integer requestedYear, boolean callerMayPlan) {
        int year = requestedYear != null ? requestedYear : LocalDate.now(clock).getYear();
        Optional<Board> board = boards.ofProvince(plateCode).stream().filter(Board::isProvincial).findFirst();
        String boardPage = "/kurul/kurul.html?il=" + plateCode + board.map(b -> "&kurul=" + b.getId()).orElse("");
        List<BoardMembership> active = board.map(b -> memberships.active(b.getId())).orElse(List.of());
        SignIn signIn = signIn(plateCode);
        List<Item> items = new ArrayList<>();

        // R7.1, R7.2: the foreign population decides how often the board meets
        Integer population = board.map(Board::getForeignPopulation).orElse(null);
        items.add(population != null
                ? new Item("population", "Yabancı nüfus bilgisi", true, String.format(java.util.Locale.forLanguageTag("tr-TR"), "%,d", population)
                        + " (" + board.map(Board::getPopulationAsOf).map(TurkishDates::format).orElse("tarihsiz") + ", "
                        + board.map(Board::getPopulationSource).orElse("kaynak belirtilmemiş") + ")", null, boardPage)
                : new Item("population", "Yabancı nüfus bilgisi", false, "Girilmemiş",
                        "İlin yabancı nüfusunu, bilginin tarihini ve kaynağını Kurul ve üyeler sayfasında girin; toplantı sıklığı buna göre belirlenir.",
                        boardPage));

        // R4.1: the Vali chairs the board
        Optional<BoardMembership> chair = active.stream().filter(m -> m.getRole() == MembershipRole.CHAIR).findFirst();
        // R11.3: the chair (and the chair's office) sets the meeting's day in Tasklist: a chair without a login is said
        items.add(new Item("chair", "Kurul başkanı", chair.isPresent(), chair.isPresent()
                        ? "Kayıtlı" + signIn.note(List.of(chair.get().getPersonId()), "kişi") : "Kayıtlı değil",
                chair.isPresent() ? null : "Kurul başkanını (Vali) Kurul ve üyeler sayfasında kurula ekleyin; giriş hesabı için Kişi ekle'de "
                        + "kullanıcı adını ve e-posta adresini girin, parola belirleme bağlantısı kişiye gider.",
                boardPage));

        // R4.2: one member of every Art 4(2) institution (the "varsa" ones where they exist)
        Set<String> expectedKinds = expectedMemberKinds(plateCode);
        List<BoardMembership> members = active.stream().filter(m -> m.getRole() == MembershipRole.MEMBER)
                .filter(m -> m.getInstitutionId() != null)
                .filter(m -> institutions.find(m.getInstitutionId()).map(i -> expectedKinds.contains(i.getKindCode())).orElse(false))
                .toList();
        Set<String> kindsWithMember = members.stream().map(m -> institutions.institution(m.getInstitutionId()).getKindCode())
                .collect(Collectors.toSet());
        int withMember = (int) expectedKinds.stream().filter(kindsWithMember::contains).count();
        boolean membersDone = !expectedKinds.isEmpty() && withMember == expectedKinds.size();
        items.add(new Item("members", "Üyeler", membersDone, withMember + "/" + expectedKinds.size() + " kurum",
                membersDone ? null : "Genelgenin 4(2). maddesindeki her kurumun üyesini (kurum amirini) Kurul ve üyeler sayfasında kurula ekleyin; "
                        + (expectedKinds.size() - withMember) + " kurumun üyesi eksik.", boardPage));

        // R9.2: each member's registered deputy
        long withDeputy = members.stream().filter(m -> active.stream()
                .anyMatch(d -> d.getRole() == MembershipRole.DEPUTY && m.getId().equals(d.getDeputyOfId()))).count();
        boolean deputiesDone = !members.isEmpty() && withDeputy == members.size();
        items.add(new Item("deputies", "Vekiller", deputiesDone, withDeputy + "/" + members.size() + " üye",
                deputiesDone ? null : "Her üyenin vekilini Kurul ve üyeler sayfasında kaydedin; üye gelemediğinde toplantıya vekili katılır.",
                boardPage));

        // R11.1: the İl GİM is the secretariat
        boolean secretariat = active.stream().anyMatch(m -> m.getRole() == MembershipRole.SECRETARY);
        List<Long> secretaries = active.stream().filter(m -> m.getRole() == MembershipRole.SECRETARY).map(BoardMembership::getPersonId).toList();
        items.add(new Item("secretariat", "Sekreterya", secretariat, secretariat ? "Kayıtlı" + signIn.note(secretaries, "kişi") : "Kayıtlı değil",
                secretariat ? null : "İl Göç İdaresi Müdürlüğünden en az bir sekreterya görevlisini Kurul ve üyeler sayfasında kaydedin; "
                        + "giriş hesabı için Kişi ekle'de kullanıcı adını ve e-posta adresini girin.",
                boardPage));

        // R6.3: a principal and a substitute of every institution that sends liaison officers
        List<Liaisons.SheetRow> sheet = liaisons.sheet(plateCode, year);
        long complete = sheet.stream().filter(r -> r.principal() != null && r.substitute() != null).count();
        boolean liaisonDone = !sheet.isEmpty() && complete == sheet.size();
        String liaisonPage = "/kurul/irtibat.html?il=" + plateCode + "&yil=" + year;
        items.add(new Item("liaisons", year + " irtibat listesi", liaisonDone, complete + "/" + sheet.size() + " kurum" + signIn.note(officers(sheet), "görevli"),
                liaisonDone ? null : year + " yılının irtibat görevlilerini (her kurumdan bir asil, bir yedek) İrtibat görevlileri sayfasında girin; "
                        + "geçen yılın listesini kopyalayabilir ya da tablodan yükleyebilirsiniz.", liaisonPage));

        // R7.1, R7.2: the year's ordinary meetings are planned (every 1 December for the next year, or from this checklist)
        long planned = board.map(b -> meetings.ofProvince(plateCode).stream()
                .filter(m -> m.getBoardId() == b.getId() && m.getYear() == year && m.getKind() == MeetingKind.ORDINARY)
                .count()).orElse(0L);
        items.add(new Item("meetings", "Yılın toplantıları planlandı", planned > 0, planned + " olağan toplantı",
                planned > 0 ? null : year + " yılının olağan toplantıları henüz planlanmadı. Yukarıdaki maddeler tamamlanınca ilin sekreteryası "
                        + "(ya da sistem yöneticisi) bu sayfadaki \"" + year + " yılının toplantılarını planla\" düğmesiyle yılı planlar; "
                        + "Kurul ayrıca her yıl 1 Aralık'ta ertesi yılı kendiliğinden planlar.",
                "/kurul/dashboard.html"));

        boolean othersDone = items.stream().filter(i -> !i.key().equals("meetings")).allMatch(Item::done);
        boolean mayPlan = callerMayPlan && othersDone && planned == 0 && plannable(year);
        return new Checklist(plateCode, year, items.stream().allMatch(Item::done), items, mayPlan);
    }

    /** The year's liaison officers (R6.3): principal and substitute of every row, each person once. */
    private List<Long> officers(List<Liaisons.SheetRow> sheet) {
        return sheet.stream().flatMap(r -> java.util.stream.Stream.of(r.principal(), r.substitute()))
                .filter(java.util.Objects::nonNull).map(a -> a.getPersonId()).distinct().toList();
    }

    /** The province's people and where their logins stand, read once per checklist. */
    private SignIn signIn(int plateCode) {
        List<Person> inProvince = people.ofProvince(plateCode);
        return new SignIn(inProvince.stream().collect(Collectors.toMap(Person::getId, p -> p)), loginStates.ofPeople(inProvince));
    }

    private record SignIn(Map<Long, Person> people, Map<Long, LoginStates.LoginState> states) {

        /**
         * What stands between these people and their tasks in Tasklist: no login, an invitation not yet used, an
         * invitation expired ({@code noun}: "görevli", "kişi"); empty when nothing is known to be missing.
         */
        String note(List<Long> personIds, String noun) {
            List<Person> persons = personIds.stream().distinct().map(people::get).filter(java.util.Objects::nonNull).toList();
            long withoutLogin = persons.stream().filter(p -> p.getUsername() == null).count();
            long pending = count(persons, LoginStates.State.PENDING);
            long expired = count(persons, LoginStates.State.EXPIRED);
            List<String> parts = new ArrayList<>();
            if (withoutLogin > 0) {
                parts.add(withoutLogin + " " + noun + "nin giriş hesabı yok");
            }
            if (pending > 0) {
                parts.add(pending + " " + noun + " parolasını henüz belirlemedi");
            }
            if (expired > 0) {
                parts.add(expired + " " + noun + "nin parola davetinin süresi doldu");
            }
            return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
        }

        private long count(List<Person> persons, LoginStates.State state) {
            return persons.stream().map(p -> states.get(p.getId())).filter(s -> s != null && s.state() == state).count();
        }
    }

    /** R7.1, R7.2: only the current year (its remaining windows) and the next one are planned from the checklist. */
    private boolean plannable(int year) {
        int now = LocalDate.now(clock).getYear();
        return year == now || year == now + 1;
    }

    /**
     * R7.1, R7.2: plans the province's ordinary meetings of the year (the current or the next one, by the injected
     * clock) once its checklist is complete but for the meetings; refuses in Turkish, nothing changed, when an item is
     * missing, when the year is already planned, or when no window of the year is left. The caller's right is checked
     * by the controller.
     */
    @Transactional
    public Planned plan(int plateCode, int year) {
        int now = LocalDate.now(clock).getYear();
        if (!plannable(year)) {
            throw new InvalidInputException("year", "Hazırlık listesinden yalnızca bu yıl (" + now + ") ya da gelecek yıl ("
                    + (now + 1) + ") planlanabilir; " + year + " yılı için sistem yöneticisine başvurun.");
        }
        Checklist before = of(plateCode, year, true);
        List<Item> missing = before.items().stream().filter(i -> !i.done() && !i.key().equals("meetings")).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("readiness", year + " yılı planlanamaz: hazırlık listesinde eksik maddeler var — "
                    + missing.stream().map(i -> i.label() + " (" + i.detail() + ")").collect(Collectors.joining(", ")) + ".");
        }
        Item meetingsItem = before.items().stream().filter(i -> i.key().equals("meetings")).findFirst().orElseThrow();
        if (meetingsItem.done()) {
            throw new InvalidInputException("year", year + " yılının toplantıları zaten planlanmış (" + meetingsItem.detail() + ").");
        }
        List<Meeting> created = planner.plan(plateCode, year).stream()
                .filter(m -> m.getPlateCode() == plateCode && m.getDistrictId() == null && m.getKind() == MeetingKind.ORDINARY)
                .toList();
        if (created.isEmpty()) {
            throw new InvalidInputException("year", year + " yılında toplantı dönemi kalmadı: yılın bütün olağan toplantı dönemleri geçti.");
        }
        return new Planned(plateCode, year, created.stream()
                .map(m -> new PlannedMeeting(m.getMeetingKey(), m.getTitle(), m.getWindowStart(), m.getWindowEnd(), m.getAgendaDueDate()))
                .toList(), of(plateCode, year, true));
    }

    /** Art 4(2) institution kinds every province has, and the "varsa" ones that exist in this province. */
    private Set<String> expectedMemberKinds(int plateCode) {
        Set<String> kinds = new LinkedHashSet<>();
        for (InstitutionKind kind : institutions.catalogue()) {
            if (MEMBER_ARTICLE.equals(kind.getArticle()) && !kind.isOnlyWherePresent()) {
                kinds.add(kind.getCode());
            }
        }
        for (Institution institution : institutions.ofProvince(plateCode)) {
            institutions.kind(institution.getKindCode())
                    .filter(k -> MEMBER_ARTICLE.equals(k.getArticle()))
                    .ifPresent(k -> kinds.add(k.getCode()));
        }
        return kinds;
    }
}
