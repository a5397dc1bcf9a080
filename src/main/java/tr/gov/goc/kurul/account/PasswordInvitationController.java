package tr.gov.goc.kurul.account;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Re-sends a person the invitation to set their password (a new link to the person's own address; older links close),
 * and says where the province's logins stand with their passwords ({@link LoginStates}). Administrators, and the
 * secretariat of the person's province; no answer ever holds a link.
 */
@RestController
class PasswordInvitationController {

    private final People people;
    private final PasswordLinks links;
    private final CurrentUser currentUser;
    private final LoginStates loginStates;

    PasswordInvitationController(People people, PasswordLinks links, CurrentUser currentUser, LoginStates loginStates) {
        this.people = people;
        this.links = links;
        this.currentUser = currentUser;
        this.loginStates = loginStates;
    }

    /**
     * Where the logins of a province's people stand with their passwords (set, invitation waiting, invitation expired),
     * by person id: for those who may send the invitations. Never a link, a token or a password.
     */
    @GetMapping("/api/password-invitations")
    Map<Long, LoginStates.LoginState> states(@RequestParam int province) {
        if (!mayInvite(province)) {
            throw new ForbiddenException("Parola davetlerinin durumunu yalnızca sistem yöneticisi ve ilin sekreteryası görebilir.");
        }
        return loginStates.ofPeople(people.ofProvince(province));
    }

    private boolean mayInvite(Integer plate) {
        return currentUser.isAdministrator()
                || (plate != null && currentUser.canSeeProvince(plate) && currentUser.belongsTo(GroupIds.secretariat(plate)));
    }

    @PostMapping("/api/people/{id}/password-invitation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> invite(@PathVariable long id) {
        Person person = people.person(id);
        Integer plate = people.plateCodeOf(person).orElse(null);
        if (!mayInvite(plate)) {
            throw new ForbiddenException("Parola daveti yalnızca sistem yöneticisi ve kişinin ilinin sekreteryası tarafından gönderilebilir.");
        }
        if (person.getUsername() == null) {
            throw new InvalidInputException("username", "Bu kişinin kullanıcı adı yok: önce bir kullanıcı adı verin.");
        }
        if (person.getEmail() == null) {
            throw new InvalidInputException("email", "Bu kişinin e-posta adresi yok: önce e-posta adresini girin.");
        }
        links.send(person, PasswordLinks.Purpose.INVITATION);
        return Map.of("message", "Parola belirleme bağlantısı kişinin kendi e-posta adresine gönderildi. "
                + "Bağlantıyı ve parolayı yalnızca kişi görür.");
    }
}
