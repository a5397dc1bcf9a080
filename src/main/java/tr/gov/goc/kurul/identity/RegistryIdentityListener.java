package tr.gov.goc.kurul.identity;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.MembershipChanged;
import tr.gov.goc.kurul.institution.InstitutionChanged;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.PersonChanged;
import tr.gov.goc.kurul.people.LiaisonChanged;

/** A registry change updates identity, in the same transaction. */
@Component
class RegistryIdentityListener {

    private final IdentitySynchronizer synchronizer;
    private final Liaisons liaisons;

    RegistryIdentityListener(IdentitySynchronizer synchronizer, Liaisons liaisons) {
        this.synchronizer = synchronizer;
        this.liaisons = liaisons;
    }

    @EventListener
    void on(PersonChanged event) {
        if (event.previousUsername() != null) {
            synchronizer.removeUser(event.previousUsername());
        }
        if (event.removed()) {
            synchronizer.removeUser(event.username());
        } else {
            synchronizer.sync(event.personId());
        }
    }

    @EventListener
    void on(LiaisonChanged event) {
        event.personIds().forEach(synchronizer::sync);
    }

    @EventListener
    void on(MembershipChanged event) {
        synchronizer.sync(event.personId());
    }

    /** A renamed institution renames its liaison group. */
    @EventListener
    void on(InstitutionChanged event) {
        liaisons.peopleOf(List.of(event.institutionId())).forEach(synchronizer::sync);
    }

    /** R6.5: each year's liaison list takes over on 1 January; memberships end on their dates. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Istanbul")
    void daily() {
        synchronizer.syncAll();
    }
}
