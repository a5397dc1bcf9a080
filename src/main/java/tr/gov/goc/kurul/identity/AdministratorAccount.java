package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator. The production profile refuses to start without its password
 * ({@link AdministratorPasswordRequired}); the password is used when the account is created and never
 * overwrites one an administrator has since changed in Camunda Admin.
 */
@Component
@Order(1)
class AdministratorAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorAccount.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final IdentitySynchronizer synchronizer;
    private final String username;
    private final String password;
    private final String email;

    AdministratorAccount(IdentityService identityService, AuthorizationService authorizationService, IdentitySynchronizer synchronizer,
                         @Value("${kurul.admin.username:admin}") String username,
                         @Value("${kurul.admin.password:}") String password,
                         @Value("${kurul.admin.email:}") String email) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.synchronizer = synchronizer;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronizer.ensureBasics();
        if (password.isBlank()) {
            return;
        }
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group admins = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            admins.setName("Sistem Yöneticileri");
            admins.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(admins);
        }
        if (identityService.createUserQuery().userId(username).count() == 0) {
            User user = identityService.newUser(username);
            user.setFirstName("Sistem");
            user.setLastName("Yöneticisi");
            user.setPassword(password);
            identityService.saveUser(user);
            log.info("Yönetici hesabı oluşturuldu: {}", username);
        }
        User admin = identityService.createUserQuery().userId(username).singleResult();
        if (!email.isBlank() && (admin.getEmail() == null || admin.getEmail().isBlank())) {
            admin.setEmail(email); // where the alerts about repeated wrong passwords go
            identityService.saveUser(admin);
        }
        if (identityService.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identityService.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
        grantEverythingToAdministrators();
    }

    /** Membership of camunda-admin opens the Admin app; the engine also wants explicit grants on every resource. */
    private void grantEverythingToAdministrators() {
        for (Resources resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(all);
            }
        }
    }
}
