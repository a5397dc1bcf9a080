package tr.gov.goc.kurul.people;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishOrder;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/** The public face of the people module: the registry's people. */
@Service
@Transactional(readOnly = true)
public class People {

    /** Logins that belong to the system itself and never to a registry person. */
    private static final Set<String> RESERVED_USERNAMES = Set.of("admin", "demo", "camunda-admin");

    private final PersonRepository persons;
    private final Institutions institutions;
    private final ApplicationEventPublisher events;

    People(PersonRepository persons, Institutions institutions, ApplicationEventPublisher events) {
        this.persons = persons;
        this.institutions = institutions;
        this.events = events;
    }

    public Person person(long id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir kişi yok."));
    }

    public Optional<Person> find(long id) {
        return persons.findById(id);
    }

    public Optional<Person> byUsername(String username) {
        return persons.findByUsername(username);
    }

    public List<Person> withLogin() {
        return persons.findByUsernameIsNotNull();
    }

    /** The people of a province's institutions (province and district level), in Turkish alphabetical order. */
    public List<Person> ofProvince(int plateCode) {
        Set<Long> ids = institutions.allOfProvince(plateCode).stream().map(Institution::getId).collect(Collectors.toSet());
        return sorted(persons.findByInstitutionIdIn(ids));
    }

    /** People without an institution in a province: national managers and administrators. */
    public List<Person> national() {
        return sorted(persons.findByInstitutionIdIsNull());
    }

    /** The province a person works in, or empty for national staff. */
    public Optional<Integer> plateCodeOf(Person person) {
        return Optional.ofNullable(person.getInstitutionId()).map(id -> institutions.institution(id).getPlateCode());
    }

    /** Whether a login may take this user name: not one of the system's own, not another person's. */
    public boolean usernameFree(String username) {
        return !RESERVED_USERNAMES.contains(username) && persons.findByUsername(username).isEmpty();
    }

    /** The people with a login whose e-mail address is this one (letter case aside). */
    public List<Person> withLoginByEmail(String email) {
        return persons.findByEmailIgnoreCase(email.trim()).stream().filter(p -> p.getUsername() != null).toList();
    }

    /** Creates a person; a login given here gets its password from the person through a mailed link. */
    @Transactional
    public Person create(PersonData data) {
        return create(data, PasswordSetup.INVITE);
    }

    @Transactional
    public Person create(PersonData data, PasswordSetup passwordSetup) {
        check(data, null);
        Person person = persons.save(new Person(data));
        events.publishEvent(new PersonChanged(person.getId(), person.getUsername(), null, false));
        if (person.getUsername() != null && passwordSetup == PasswordSetup.INVITE) {
            events.publishEvent(new LoginGranted(person.getId(), person.getUsername()));
        }
        return person;
    }

    /** Changes a person; a new login (a username set or changed) gets its password from the person through a mailed link. */
    @Transactional
    public Person update(long id, PersonData data) {
        return update(id, data, PasswordSetup.INVITE);
    }

    @Transactional
    public Person update(long id, PersonData data, PasswordSetup passwordSetup) {
        Person person = person(id);
        check(data, person);
        String previous = person.getUsername();
        person.apply(data);
        persons.flush();
        boolean newLogin = person.getUsername() != null && !Objects.equals(previous, person.getUsername());
        events.publishEvent(new PersonChanged(id, person.getUsername(),
                Objects.equals(previous, person.getUsername()) ? null : previous, false));
        if (newLogin && passwordSetup == PasswordSetup.INVITE) {
            events.publishEvent(new LoginGranted(id, person.getUsername()));
        }
        return person;
    }

    /** Removes a person; refused (409) while a membership or liaison slot still names them. */
    @Transactional
    public void remove(long id) {
        Person person = person(id);
        persons.delete(person);
        persons.flush();
        events.publishEvent(new PersonChanged(id, person.getUsername(), null, true));
    }

    private void check(PersonData data, Person existing) {
        if (data.firstName() == null || data.firstName().isBlank()) {
            throw new InvalidInputException("firstName", "Ad zorunludur.");
        }
        if (data.lastName() == null || data.lastName().isBlank()) {
            throw new InvalidInputException("lastName", "Soyad zorunludur.");
        }
        if (data.institutionId() != null) {
            institutions.find(data.institutionId()).orElseThrow(() ->
                    new InvalidInputException("institutionId", "Kimliği " + data.institutionId() + " olan bir kurum yok."));
        } else if (!data.systemRoles().contains(SystemRole.ADMINISTRATOR) && !data.systemRoles().contains(SystemRole.MANAGER)) {
            throw new InvalidInputException("institutionId", "Kurum zorunludur (yalnızca ulusal yönetici ve izleyiciler kurumsuz olabilir).");
        }
        String username = data.username();
        if (username != null && !username.isBlank()) {
            if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
                throw new InvalidInputException("username",
                        "Kullanıcı adı 3–64 karakter olmalı; küçük harf (Türkçe karakter olmadan), rakam, nokta, alt çizgi ve tire içerebilir.");
            }
            if (RESERVED_USERNAMES.contains(username)) {
                throw new InvalidInputException("username", "Bu kullanıcı adı sisteme ayrılmıştır: " + username);
            }
            persons.findByUsername(username)
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> {
                        throw new InvalidInputException("username", "Bu kullanıcı adı başka bir kişiye ait: " + username);
                    });
        }
    }

    private static List<Person> sorted(List<Person> list) {
        Comparator<Person> byLast = TurkishOrder.by(Person::getLastName);
        return list.stream().sorted(byLast.thenComparing(TurkishOrder.by(Person::getFirstName))).toList();
    }
}
