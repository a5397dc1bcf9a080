package tr.gov.goc.kurul.account;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Re-sends a person the invitation to set their password (a new link to the person's own address; older links close).
 * Administrators, and the secretariat of the person's province; the answer never holds the link.
 */
@RestController
class PasswordInvitationController {

    private final People people;
    private final PasswordLinks links;
    private final CurrentUser currentUser;

    PasswordInvitationController(People people, PasswordLinks links, CurrentUser currentUser) {
        this.people = people;
        this.links = links;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/people/{id}/password-invitation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> invite(@PathVariable long id) {
        Person person = people.person(id);
        Integer plate = people.plateCodeOf(person).orElse(null);
        boolean allowed = currentUser.isAdministrator()
                || (plate != null && currentUser.canSeeProvince(plate) && currentUser.belongsTo(GroupIds.secretariat(plate)));
        if (!allowed) {
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
