package tr.gov.goc.kurul.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The production profile has no demo users: without an administrator password Kurul does not start. */
@Component
@Profile("mariadb")
class AdministratorPasswordRequired {

    AdministratorPasswordRequired(@Value("${kurul.admin.password:}") String password) {
        if (password == null || password.isBlank()) {
            throw new MissingAdministratorPasswordException();
        }
    }
}
