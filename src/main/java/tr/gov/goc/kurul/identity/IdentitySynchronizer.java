package tr.gov.goc.kurul.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.province.Province;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Keeps Camunda's users, groups and tenants in step with the registry: one tenant per province; a user per
 * person with a login; the user's Kurul groups exactly those the registry gives (see {@link DesiredGroups}).
 * Runs inside the registry change's transaction, so both change together or not at all.
 */
@Service
public class IdentitySynchronizer {

    private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final CamundaGroups groups;
    private final DesiredGroups desiredGroups;
    private final People people;
    private final Provinces provinces;
    private final TaskFilters taskFilters;

    IdentitySynchronizer(IdentityService identityService, CamundaGroups groups, DesiredGroups desiredGroups,
                         People people, Provinces provinces, TaskFilters taskFilters) {
        this.identityService = identityService;
        this.groups = groups;
        this.desiredGroups = desiredGroups;
        this.people = people;
        this.provinces = provinces;
        this.taskFilters = taskFilters;
    }

    /** One tenant per province, and the grants every installation needs. Idempotent. */
    @Transactional
    public void ensureBasics() {
        Set<String> existing = identityService.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet());
        groups.ensureGlobalGrants();
        groups.reconcileGrants();
        taskFilters.ownersOnlyRead();
        liftCamundaLocks();
        Set<String> nationalManagersTenants = identityService.createTenantQuery().groupMember(GroupIds.NATIONAL_MANAGERS).list()
                .stream().map(Tenant::getId).collect(Collectors.toSet());
        for (Province province : provinces.all()) {
            String id = GroupIds.tenant(province.getPlateCode());
            if (!existing.contains(id)) {
                Tenant tenant = identityService.newTenant(id);
                tenant.setName(province.getName());
                identityService.saveTenant(tenant);
            }
            if (!nationalManagersTenants.contains(id)) {
                // national managers watch every province
                identityService.createTenantGroupMembership(id, GroupIds.NATIONAL_MANAGERS);
            }
        }
    }

    /**
     * Camunda's own lock could lock an account for good after a few wrong passwords typed by anyone; Kurul slows
     * wrong passwords down per address instead ({@link LoginThrottle}) and lifts the locks Camunda left behind.
     */
    private void liftCamundaLocks() {
        for (User user : identityService.createUserQuery().list()) {
            if (user instanceof org.camunda.bpm.engine.impl.persistence.entity.UserEntity entity
                    && (entity.getAttempts() > 0 || entity.getLockExpirationTime() != null)) {
                identityService.unlockUser(user.getId());
            }
        }
    }

    @Transactional
    public void syncAll() {
        people.withLogin().forEach(this::sync);
    }

    @Transactional
    public void sync(long personId) {
        people.find(personId).ifPresent(this::sync);
    }

    @Transactional
    public void removeUser(String username) {
        if (username != null && identityService.createUserQuery().userId(username).count() > 0) {
            taskFilters.removeAll(username);
            identityService.deleteUser(username);
            log.info("Kullanıcı silindi: {}", username);
        }
    }

    /** Sets a login's password (administrators, demo data). */
    @Transactional
    public void setPassword(String username, String password) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new IllegalStateException("Kullanıcı yok: " + username);
        }
        user.setPassword(password);
        identityService.saveUser(user);
    }

    void sync(Person person) {
        if (person.getUsername() == null) {
            return;
        }
        User user = identityService.createUserQuery().userId(person.getUsername()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identityService.newUser(person.getUsername());
            // unusable until an administrator sets a password in Camunda Admin
            user.setPassword(randomSecret());
        }
        user.setFirstName(person.getFirstName());
        user.setLastName(person.getLastName());
        user.setEmail(person.getEmail());
        identityService.saveUser(user);

        Map<String, GroupSpec> desired = desiredGroups.of(person);
        Set<String> current = identityService.createGroupQuery().groupMember(person.getUsername()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String groupId : current) {
            if (GroupIds.isManaged(groupId) && !desired.containsKey(groupId)) {
                identityService.deleteMembership(person.getUsername(), groupId);
            }
        }
        for (GroupSpec spec : desired.values()) {
            groups.ensure(spec);
            if (!current.contains(spec.id())) {
                identityService.createMembership(person.getUsername(), spec.id());
            }
        }
        taskFilters.ensureFor(person.getUsername(), desired.values()); // the user's Tasklist filters follow the roles
        log.debug("Kimlik eşitlendi: {} → {}", person.getUsername(), desired.keySet());
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
