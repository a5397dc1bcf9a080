package tr.gov.goc.kurul.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.BoardMembership;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.demo.DemoData.DemoDistrict;
import tr.gov.goc.kurul.demo.DemoData.DemoProvince;
import tr.gov.goc.kurul.demo.DemoData.KeyPerson;
import tr.gov.goc.kurul.identity.IdentitySynchronizer;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.meeting.ExtraordinaryRequester;
import tr.gov.goc.kurul.meeting.ExtraordinaryRequests;
import tr.gov.goc.kurul.meeting.YearPlanner;
import tr.gov.goc.kurul.institution.InstitutionCategory;
import tr.gov.goc.kurul.institution.InstitutionKind;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.LiaisonRole;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.PasswordSetup;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.people.PersonData;
import tr.gov.goc.kurul.people.SystemRole;
import tr.gov.goc.kurul.province.District;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Loads {@code demo/demo-data.yml} through the registry's own services (so identity follows as in real use),
 * once, into an empty registry, in one transaction, and then — {@code kurul.demo.meetings} — lets the demo provinces
 * live the months before today ({@code lived}, the default: {@link DemoLife}), only plans their next year and calls
 * an extraordinary meeting ({@code planned}), or leaves the meetings to whoever uses it ({@code none}: the tests).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kurul.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Provinces provinces;
    private final Institutions institutions;
    private final People people;
    private final Liaisons liaisons;
    private final Boards boards;
    private final Memberships memberships;
    private final IdentitySynchronizer identity;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final YearPlanner planner;
    private final ExtraordinaryRequests extraordinaryRequests;
    private final ActionPlans actionPlans;
    private final DemoMeetings meetings;
    private final DemoLife life;
    /** The demo staff; the benchmark points it at a generated file for all 81 provinces. */
    private final Resource file;
    private final EntityManager entityManager;

    DemoDataLoader(Provinces provinces, Institutions institutions, People people, Liaisons liaisons, Boards boards,
                   Memberships memberships, IdentitySynchronizer identity, TransactionTemplate transaction,
                   ObjectMapper objectMapper, Clock clock, YearPlanner planner, ExtraordinaryRequests extraordinaryRequests,
                   ActionPlans actionPlans, DemoLife life, EntityManager entityManager,
                   @Value("${kurul.demo.meetings:lived}") DemoMeetings meetings,
                   @Value("${kurul.demo.file:classpath:demo/demo-data.yml}") Resource file) {
        this.entityManager = entityManager;
        this.life = life;
        this.provinces = provinces;
        this.institutions = institutions;
        this.people = people;
        this.liaisons = liaisons;
        this.boards = boards;
        this.memberships = memberships;
        this.identity = identity;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.planner = planner;
        this.extraordinaryRequests = extraordinaryRequests;
        this.actionPlans = actionPlans;
        this.meetings = meetings;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!people.withLogin().isEmpty()) {
            return;
        }
        DemoData data = read();
        switch (meetings) {
            case LIVED -> life.live(data, () -> loadStaff(data));
            case PLANNED -> {
                loadStaff(data);
                transaction.executeWithoutResult(status -> startMeetings(data));
            }
            case NONE -> loadStaff(data);
        }
    }

    private void loadStaff(DemoData data) {
        long start = System.currentTimeMillis();
        transaction.executeWithoutResult(status -> load(data));
        log.info("Demo kadrosu yüklendi ({} ms).", System.currentTimeMillis() - start);
    }

    /**
     * Next year's plan of the demo provinces, and an extraordinary meeting of the first (R7.3) whose agenda call opens
     * today: the board cycles wait on their timers and the liaison officers find a task in Tasklist.
     */
    private void startMeetings(DemoData data) {
        int nextYear = LocalDate.now(clock).getYear() + 1;
        for (DemoProvince province : data.provinces()) {
            planner.plan(province.plateCode(), nextYear);
        }
        extraordinaryRequests.request(data.provinces().get(0).plateCode(), null, ExtraordinaryRequester.GOVERNOR,
                "Demo: sınır kapısındaki yoğunluk üzerine Valinin çağrısıyla olağanüstü toplantı",
                data.provinces().get(0).slug() + ".vali"); // R7.3: the Vali's own call
    }

    private DemoData read() throws IOException {
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> raw = new Yaml().load(in);
            return objectMapper.convertValue(raw, DemoData.class);
        }
    }

    private void load(DemoData data) {
        List<String> logins = new ArrayList<>();
        for (KeyPerson p : data.national()) {
            logins.add(people.create(personData(p, null), PasswordSetup.SET_BY_CALLER).getUsername());
        }
        NamePool names = new NamePool(data.firstNames(), data.lastNames());
        for (DemoProvince province : data.provinces()) {
            logins.addAll(loadProvince(province, data, names));
            // one transaction for all, but a persistence context per province: Hibernate's dirty check before each
            // query would otherwise grow with every province loaded (81 provinces: hours instead of minutes)
            entityManager.flush();
            entityManager.clear();
        }
        logins.forEach(login -> identity.setPassword(login, data.password()));
        for (DemoProvince province : data.provinces()) {
            if (province.actionPlan() != null) { // R5.13: the plan approved at the first meeting of the year
                DemoData.DemoActionPlan plan = province.actionPlan();
                // target dates in the coming year, whatever year the demo starts in
                String items = plan.items().replace("{nextYear}", String.valueOf(LocalDate.now(clock).getYear() + 1));
                actionPlans.enterApproved(province.plateCode(), items, plan.enteredBy(), plan.approvedBy(), plan.note());
            }
        }
    }

    private List<String> loadProvince(DemoProvince province, DemoData data, NamePool names) {
        List<String> logins = new ArrayList<>();
        int plate = province.plateCode();
        Board provincialBoard = boards.provincialBoard(plate);
        boards.update(provincialBoard.getId(), new Boards.BoardChange(province.foreignPopulation(), populationAsOf(province),
                province.populationSource(), null));
        int year = LocalDate.now(clock).getYear();

        // heads (members, R4.2), their deputies (R9.2) and liaison officers (R6.3) of every provincial institution
        BoardMembership migrationDirectorateHead = null;
        for (Institution institution : institutions.ofProvince(plate)) {
            String headTitle = data.headTitles().get(institution.getKindCode());
            if (headTitle == null) {
                continue;
            }
            // the official address the signed minutes go to (R12.2)
            institutions.update(institution.getId(), institution.getName(),
                    institution.getCode() + "@" + province.slug() + ".kurul.example", phone(institution));
            Person head = generated(names, headTitle, institution, null, true);
            BoardMembership member = memberships.add(provincialBoard.getId(), head.getId(), MembershipRole.MEMBER, null, null, null);
            if (institution.isKind(InstitutionKind.PROVINCIAL_MIGRATION_DIRECTORATE)) {
                migrationDirectorateHead = member;
            }
            if (!institution.isKind(InstitutionKind.GOVERNORSHIP)) {
                Person deputy = generated(names, deputyTitle(headTitle), institution, null, true);
                memberships.add(provincialBoard.getId(), deputy.getId(), MembershipRole.DEPUTY, null, member.getId(), null);
            }
            if (institutions.sendsLiaison(institution)) {
                String base = province.slug() + "." + institution.getCode();
                Person principal = generated(names, "Şube Müdürü", institution, base + ".asil", true);
                Person substitute = generated(names, "Şef", institution, base + ".yedek", false);
                liaisons.assign(institution.getId(), year, LiaisonRole.PRINCIPAL, principal.getId());
                liaisons.assign(institution.getId(), year, LiaisonRole.SUBSTITUTE, substitute.getId());
                logins.add(principal.getUsername());
                logins.add(substitute.getUsername());
            }
        }

        for (KeyPerson key : province.people()) {
            Institution institution = institutions.provincial(plate, key.institution()).orElseThrow();
            Person person = people.create(personData(key, institution.getId()), PasswordSetup.SET_BY_CALLER);
            for (MembershipRole role : key.roles() == null ? Set.<MembershipRole>of() : key.roles()) {
                memberships.add(provincialBoard.getId(), person.getId(), role, null, null, null);
            }
            logins.add(person.getUsername());
        }

        for (DemoDistrict demoDistrict : province.districts()) {
            logins.addAll(loadDistrict(plate, demoDistrict, province, data, names));
        }

        for (DemoData.Invited invited : province.invited()) {
            Institution institution = institutions.add(plate, null, null, invited.name(), InstitutionCategory.INVITED, null, null);
            Person person = people.create(new PersonData(invited.person().firstName(), invited.person().lastName(),
                    invited.person().title(), institution.getId(), null, null, null, false, Set.of()));
            memberships.add(provincialBoard.getId(), person.getId(), MembershipRole.INVITED, null, null, null); // R4.4
        }
        log.debug("Demo ili yüklendi: {} (İl GİM üyeliği {})", plate, migrationDirectorateHead == null ? "-" : migrationDirectorateHead.getId());
        return logins;
    }

    private List<String> loadDistrict(int plate, DemoDistrict demoDistrict, DemoProvince province, DemoData data, NamePool names) {
        District district = provinces.findDistrict(plate, demoDistrict.name()).orElseThrow(
                () -> new IllegalStateException("Demo ilçesi bulunamadı: " + demoDistrict.name()));
        Board board = boards.districtBoard(district.getId());
        boards.update(board.getId(), new Boards.BoardChange(demoDistrict.foreignPopulation(), populationAsOf(province),
                province.populationSource(), demoDistrict.borderDistrict()));
        List<String> logins = new ArrayList<>();
        for (Institution institution : institutions.ofDistrict(district.getId())) {
            String headTitle = data.headTitles().get(institution.getKindCode());
            if (headTitle == null) {
                continue;
            }
            boolean kaymakamlik = institution.isKind(InstitutionKind.DISTRICT_GOVERNORSHIP);
            Person head = generated(names, headTitle, institution, kaymakamlik ? demoDistrict.kaymakamLogin() : null, true);
            memberships.add(board.getId(), head.getId(), kaymakamlik ? MembershipRole.CHAIR : MembershipRole.MEMBER, null, null, null);
            if (kaymakamlik) {
                logins.add(head.getUsername());
                Person secretary = generated(names, "Yazı İşleri Müdürü", institution, demoDistrict.secretaryLogin(), true);
                memberships.add(board.getId(), secretary.getId(), MembershipRole.SECRETARY, null, null, null); // R11.2
                logins.add(secretary.getUsername());
            }
        }
        // R4.3: the İl GİM's harmonisation lead sits on the district board
        people.ofProvince(plate).stream()
                .filter(p -> p.getUsername() != null && p.getUsername().equals(province.slug() + ".sekreter"))
                .findFirst()
                .ifPresent(lead -> memberships.add(board.getId(), lead.getId(), MembershipRole.MEMBER, null, null, null));
        return logins;
    }

    private Person generated(NamePool names, String title, Institution institution, String username, boolean branchManagerLevel) {
        String[] name = names.next();
        String email = username == null ? null : username + "@kurul.example";
        // the demo sets every login's password itself ("demo", load): no invitation mails
        return people.create(new PersonData(name[0], name[1], title, institution.getId(), phone(institution), email,
                username, branchManagerLevel, Set.of()), PasswordSetup.SET_BY_CALLER);
    }

    /** The figure's date as given, unless that lies after today: then the last day of the quarter before today. */
    private LocalDate populationAsOf(DemoProvince province) {
        LocalDate today = LocalDate.now(clock);
        if (province.populationAsOf() != null && !province.populationAsOf().isAfter(today)) {
            return province.populationAsOf();
        }
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        return quarterStart.minusDays(1);
    }

    private PersonData personData(KeyPerson p, Long institutionId) {
        String email = p.email() != null ? p.email() : p.username() + "@kurul.example";
        return new PersonData(p.firstName(), p.lastName(), p.title(), institutionId, null, email, p.username(), true,
                p.systemRoles() == null ? Set.<SystemRole>of() : p.systemRoles());
    }

    private static String phone(Institution institution) {
        return String.format("0 (%03d) 555 %02d %02d", 200 + institution.getPlateCode() % 100,
                (int) (institution.getId() % 100), 10 + (int) (institution.getId() % 80));
    }

    static String deputyTitle(String headTitle) {
        for (String[] ending : new String[][] {{"Müdürü", "Müdür Yardımcısı"}, {"Komutanı", "Komutan Yardımcısı"},
                {"Müftüsü", "Müftü Yardımcısı"}, {"Temsilcisi", "Temsilci Yardımcısı"}}) {
            if (headTitle.endsWith(ending[0])) {
                return headTitle.substring(0, headTitle.length() - ending[0].length()) + ending[1];
            }
        }
        return headTitle + " Yardımcısı";
    }
}
