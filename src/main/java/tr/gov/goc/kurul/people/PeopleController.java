package tr.gov.goc.kurul.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.PhoneNumbers;
import tr.gov.goc.kurul.common.ChangeRow;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.PlainText;
import tr.gov.goc.kurul.institution.Institutions;

@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final People people;
    private final Institutions institutions;
    private final CurrentUser currentUser;
    private final PeopleHistory history;

    PeopleController(People people, Institutions institutions, CurrentUser currentUser, PeopleHistory history) {
        this.history = history;
        this.people = people;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    /** The people of a province; without {@code province} the national staff (administrators only). */
    @GetMapping
    List<PersonView> list(@RequestParam(required = false) Integer province) {
        if (province == null) {
            currentUser.requireAdministrator();
            return people.national().stream().map(this::view).toList();
        }
        currentUser.requireProvince(province);
        return people.ofProvince(province).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    PersonView one(@PathVariable long id) {
        return view(visible(people.person(id)));
    }

    /**
     * The person's change history (who, when, old → new), also after their removal, for whoever may read the person;
     * KVKK: phones and e-mails only as "changed" for readers who may not see them.
     */
    @GetMapping("/{id}/history")
    List<ChangeRow> history(@PathVariable long id) {
        Person person = history.lastKnown(id).orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir kişi yok."));
        Integer plateCode = history.plateCodeOf(person).orElse(null);
        boolean visible = plateCode == null ? currentUser.isAdministrator() : currentUser.canSeeProvince(plateCode);
        if (!visible) {
            throw new NotFoundException("Kimliği " + id + " olan bir kişi yok.");
        }
        boolean contacts = currentUser.canSeeContactsOf(plateCode)
                || (person.getUsername() != null && person.getUsername().equals(currentUser.userId()));
        return history.ofPerson(id, contacts);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@Valid @RequestBody PersonBody body) {
        if (!currentUser.isAdministrator()) {
            keeperMay(null, body.data());
        }
        return view(people.create(body.data()));
    }

    @PutMapping("/{id}")
    PersonView update(@PathVariable long id, @Valid @RequestBody PersonBody body) {
        if (!currentUser.isAdministrator()) {
            keeperMay(visible(people.person(id)), body.data());
        }
        return view(people.update(id, body.data()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        currentUser.requireAdministrator();
        people.remove(id);
    }

    /**
     * A secretariat keeps the people of its province (the İl GİM) or district (İlçe GİM / Kaymakamlık): names, titles,
     * institution, phone, e-mail, the R6.4 level. The İl GİM may give a person it adds a login ("Kişi ekle": members and
     * the Vali sign minutes and reply to notices with it), only together with an e-mail address, where the invitation
     * to set the password goes; nobody else sees that password. Everything else about logins stays with the
     * administrators: no system role, no user name given or changed later, and the e-mail of someone with a login
     * (where password links go) is not changed.
     */
    private void keeperMay(Person existing, PersonData data) {
        if (existing != null) {
            keeper(existing.getInstitutionId());
        }
        if (data.institutionId() == null) {
            throw new tr.gov.goc.kurul.common.InvalidInputException("institutionId", "Kurum zorunludur.");
        }
        if (existing == null || !data.institutionId().equals(existing.getInstitutionId())) {
            keeper(institutions.find(data.institutionId()).map(i -> i.getId()).orElseThrow(() ->
                    new tr.gov.goc.kurul.common.InvalidInputException("institutionId", "Kimliği " + data.institutionId() + " olan bir kurum yok.")));
        }
        String username = data.username() == null || data.username().isBlank() ? null : data.username().trim();
        if (existing == null && username != null) {
            grantsLogin(data);
        } else if (!java.util.Objects.equals(username, existing == null ? null : existing.getUsername())) {
            throw new tr.gov.goc.kurul.common.ForbiddenException("Kullanıcı adı (giriş hesabı) sonradan yalnızca sistem yöneticisi tarafından verilir ya da değiştirilir.");
        }
        if (!data.systemRoles().equals(existing == null ? Set.of() : existing.getSystemRoles())) {
            throw new tr.gov.goc.kurul.common.ForbiddenException("Sistem rolleri yalnızca sistem yöneticisi tarafından verilir.");
        }
        if (existing != null && existing.getUsername() != null) {
            String email = data.email() == null || data.email().isBlank() ? null : data.email().trim();
            if (!java.util.Objects.equals(email, existing.getEmail())) {
                throw new tr.gov.goc.kurul.common.ForbiddenException("Giriş hesabı olan bir kişinin e-posta adresini (parola bağlantıları oraya gider) yalnızca sistem yöneticisi değiştirebilir.");
            }
        }
    }

    /**
     * A new person's login from the İl GİM (R11.1: it keeps the province's registry): refused for a district's
     * secretariat, and without an e-mail address — the invitation to set the password could not be sent.
     */
    private void grantsLogin(PersonData data) {
        int plateCode = institutions.institution(data.institutionId()).getPlateCode();
        if (!currentUser.keepsRegistryOf(plateCode, null)) {
            throw new tr.gov.goc.kurul.common.ForbiddenException("Giriş hesabını yalnızca ilin sekreteryası (İl Göç İdaresi Müdürlüğü) ya da sistem yöneticisi verir.");
        }
        if (data.email() == null || data.email().isBlank()) {
            throw new tr.gov.goc.kurul.common.InvalidInputException("email",
                    "Giriş hesabı için e-posta adresi gerekir: parola belirleme bağlantısı bu adrese gönderilir.");
        }
    }

    private void keeper(Long institutionId) {
        if (institutionId == null) {
            currentUser.requireAdministrator();
            return;
        }
        tr.gov.goc.kurul.institution.Institution institution = institutions.institution(institutionId);
        currentUser.requireRegistryKeeper(institution.getPlateCode(), institution.getDistrictId());
    }

    /** Someone else's province answers 404, as if the person did not exist. */
    private Person visible(Person person) {
        boolean visible = people.plateCodeOf(person).map(currentUser::canSeeProvince).orElse(currentUser.isAdministrator());
        if (!visible) {
            throw new NotFoundException("Kimliği " + person.getId() + " olan bir kişi yok.");
        }
        return person;
    }

    private PersonView view(Person p) {
        String institutionName = p.getInstitutionId() == null ? null : institutions.institution(p.getInstitutionId()).getName();
        Integer plateCode = people.plateCodeOf(p).orElse(null);
        // KVKK: contact details only for the roles that need them, and for the person themself
        boolean contacts = currentUser.canSeeContactsOf(plateCode)
                || (p.getUsername() != null && p.getUsername().equals(currentUser.userId()));
        return new PersonView(p.getId(), p.getFirstName(), p.getLastName(), p.getTitle(), p.getInstitutionId(), institutionName,
                plateCode, contacts ? p.getPhone() : Contacts.masked(p.getPhone()), contacts ? p.getEmail() : Contacts.masked(p.getEmail()), p.getUsername(), p.isBranchManagerLevel(), p.getSystemRoles(), p.getVersion());
    }

    record PersonBody(
            @NotBlank(message = "Ad zorunludur.") @Size(max = 100, message = "En fazla 100 karakter olabilir.") @PlainText String firstName,
            @NotBlank(message = "Soyad zorunludur.") @Size(max = 100, message = "En fazla 100 karakter olabilir.") @PlainText String lastName,
            @Size(max = 150, message = "En fazla 150 karakter olabilir.") @PlainText String title,
            Long institutionId,
            @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) String phone,
            @Email(message = "Geçerli bir e-posta adresi girin.") @Size(max = 200, message = "En fazla 200 karakter olabilir.") String email,
            @Size(max = 64, message = "En fazla 64 karakter olabilir.") String username,
            Boolean branchManagerLevel,
            Set<SystemRole> systemRoles) {

        PersonData data() {
            return new PersonData(firstName, lastName, title, institutionId, phone, email, username,
                    Boolean.TRUE.equals(branchManagerLevel), systemRoles);
        }
    }

    record PersonView(long id, String firstName, String lastName, String title, Long institutionId, String institutionName,
                      Integer plateCode, String phone, String email, String username, boolean branchManagerLevel,
                      Set<SystemRole> systemRoles, long version) {
    }
}
