package tr.gov.goc.kurul.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.people.LoginGranted;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.PersonChanged;

/** A new login gets its invitation; a login removed or renamed loses its open links. In the registry change's transaction. */
@Component
class AccountListener {

    private static final Logger log = LoggerFactory.getLogger(AccountListener.class);

    private final People people;
    private final PasswordLinks links;

    AccountListener(People people, PasswordLinks links) {
        this.people = people;
        this.links = links;
    }

    @EventListener
    void on(LoginGranted event) {
        people.find(event.personId()).ifPresent(person -> {
            if (!links.send(person, PasswordLinks.Purpose.INVITATION)) {
                log.info("Yeni hesabın e-posta adresi yok, parola daveti gönderilmedi: {}", event.username());
            }
        });
    }

    @EventListener
    void on(PersonChanged event) {
        if (event.previousUsername() != null) {
            links.closeAll(event.previousUsername(), "REVOKED");
        }
        if (event.removed() && event.username() != null) {
            links.closeAll(event.username(), "REVOKED");
        }
    }
}
