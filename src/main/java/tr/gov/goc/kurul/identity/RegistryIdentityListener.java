package tr.gov.goc.kurul.identity;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.BoardChanged;
import tr.gov.goc.kurul.board.MembershipChanged;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.institution.InstitutionChanged;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.PersonChanged;
import tr.gov.goc.kurul.people.LiaisonChanged;

/** A registry change updates identity, in the same transaction. */
@Component
class RegistryIdentityListener {

    private final IdentitySynchronizer synchronizer;
    private final Liaisons liaisons;
    private final Memberships memberships;

    RegistryIdentityListener(IdentitySynchronizer synchronizer, Liaisons liaisons, Memberships memberships) {
        this.synchronizer = synchronizer;
        this.liaisons = liaisons;
        this.memberships = memberships;
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

    /** R4.2: a district's new foreign population figure may seat its Kaymakam on the provincial board, or unseat them. */
    @EventListener
    void on(BoardChanged event) {
        memberships.districtChairsOf(event.plateCode()).forEach(synchronizer::sync);
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
