package tr.gov.goc.kurul.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import tr.gov.goc.kurul.common.AsSystem;
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

/**
 * A registry change updates identity, in the same transaction. The change was already allowed by Kurul's API (an
 * administrator, or the secretariat keeping its own province's registry), so the engine's users and groups are
 * updated on Kurul's behalf ({@link AsSystem}), not with the caller's own engine permissions.
 */
@Component
class RegistryIdentityListener {

    private final IdentitySynchronizer synchronizer;
    private final Liaisons liaisons;
    private final Memberships memberships;
    private final IdentityService identityService;

    RegistryIdentityListener(IdentitySynchronizer synchronizer, Liaisons liaisons, Memberships memberships,
                             IdentityService identityService) {
        this.identityService = identityService;
        this.synchronizer = synchronizer;
        this.liaisons = liaisons;
        this.memberships = memberships;
    }

    @EventListener
    void on(PersonChanged event) {
        asSystem(() -> {
        if (event.previousUsername() != null) {
            synchronizer.removeUser(event.previousUsername());
        }
        if (event.removed()) {
            synchronizer.removeUser(event.username());
        } else {
            synchronizer.sync(event.personId());
        }
        });
    }

    @EventListener
    void on(LiaisonChanged event) {
        asSystem(() -> event.personIds().forEach(synchronizer::sync));
    }

    @EventListener
    void on(MembershipChanged event) {
        asSystem(() -> synchronizer.sync(event.personId()));
    }

    /** R4.2: a district's new foreign population figure may seat its Kaymakam on the provincial board, or unseat them. */
    @EventListener
    void on(BoardChanged event) {
        asSystem(() -> memberships.districtChairsOf(event.plateCode()).forEach(synchronizer::sync));
    }

    /** A renamed institution renames its liaison group. */
    @EventListener
    void on(InstitutionChanged event) {
        asSystem(() -> liaisons.peopleOf(List.of(event.institutionId())).forEach(synchronizer::sync));
    }

    private void asSystem(Runnable change) {
        AsSystem.run(identityService, () -> {
            change.run();
            return null;
        });
    }

    /** R6.5: each year's liaison list takes over on 1 January; memberships end on their dates. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Istanbul")
    void daily() {
        synchronizer.syncAll();
    }
}
