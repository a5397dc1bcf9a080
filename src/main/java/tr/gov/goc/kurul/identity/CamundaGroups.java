package tr.gov.goc.kurul.identity;

import java.util.Map;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates Kurul's Camunda groups with their province (tenant) and authorizations. Liaison officers and chairs
 * get no standing task permission: they see exactly the tasks offered to their group (the engine grants those
 * per task), inside their own province.
 */
@Component
class CamundaGroups {

    /** After every role's own filters (TaskFilters uses -30 … -9). */
    static final int SHARED_FILTER_PRIORITY = 100;


    static final String ALL = "*";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;

    CamundaGroups(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
    }

    /** Creates the group if it is missing; renames it if its name changed. */
    void ensure(GroupSpec spec) {
        Group group = identityService.createGroupQuery().groupId(spec.id()).singleResult();
        if (group != null) {
            if (!spec.name().equals(group.getName())) {
                group.setName(spec.name());
                identityService.saveGroup(group);
            }
            return;
        }
        group = identityService.newGroup(spec.id());
        group.setName(spec.name());
        group.setType(spec.kind().camundaType());
        identityService.saveGroup(group);
        if (spec.plateCode() != null) {
            identityService.createTenantGroupMembership(GroupIds.tenant(spec.plateCode()), spec.id());
        }
        grant(spec);
    }

    /** Every user may open Tasklist and read its shared filters; what they find there is decided per task. */
    void ensureGlobalGrants() {
        if (authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").count() == 0) {
            Authorization tasklist = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            tasklist.setUserId(Authorization.ANY);
            tasklist.setResource(Resources.APPLICATION);
            tasklist.setResourceId("tasklist");
            tasklist.addPermission(Permissions.ACCESS);
            authorizationService.saveAuthorization(tasklist);
        }
        // every user reads the shared filters (no owner, e.g. "Tüm görevler"); each user's own filters (TaskFilters)
        // are theirs alone — a global read on every filter would show everybody everybody's filters
        authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(ALL).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        for (Filter shared : filterService.createFilterQuery().list()) {
            lastInTheList(shared);
            if (shared.getOwner() == null && authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                    .resourceType(Resources.FILTER).resourceId(shared.getId()).count() == 0) {
                Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
                read.setUserId(Authorization.ANY);
                read.setResource(Resources.FILTER);
                read.setResourceId(shared.getId());
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
        }
        ensure(new GroupSpec(GroupIds.NATIONAL_MANAGERS, "Yöneticiler (tüm iller, izleme)", GroupKind.MANAGERS, null));
    }

    /**
     * Tasklist opens on the filter with the lowest priority: the shared "Tüm görevler" comes after every role's own
     * filter (TaskFilters: -30 … -9), so each role opens on its own list with its columns.
     */
    private void lastInTheList(Filter shared) {
        if (shared.getOwner() != null) {
            return;
        }
        Map<String, Object> properties = shared.getProperties() == null ? new java.util.LinkedHashMap<>()
                : new java.util.LinkedHashMap<>(shared.getProperties());
        if (Integer.valueOf(SHARED_FILTER_PRIORITY).equals(properties.get("priority"))) {
            return;
        }
        properties.put("priority", SHARED_FILTER_PRIORITY);
        properties.put("description", "Yetkinizin gördüğü bütün açık görevler");
        properties.putIfAbsent("color", "#555555");
        shared.setProperties(properties);
        filterService.saveFilter(shared);
    }

    private void grant(GroupSpec spec) {
        switch (spec.kind()) {
            case MANAGERS -> {
                // read only: Cockpit, definitions, instances, history, tasks — of their provinces (tenant check)
                grant(spec.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
                grant(spec.id(), Resources.PROCESS_DEFINITION, ALL, Permissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
                grant(spec.id(), Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ);
                grant(spec.id(), Resources.TASK, ALL, TaskPermissions.READ);
                grant(spec.id(), Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
                grant(spec.id(), Resources.DEPLOYMENT, ALL, Permissions.READ);
            }
            case SECRETARIAT -> {
                // R11.1, R11.2: the secretariat runs its province's meetings and sees all their tasks
                grant(spec.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
                grant(spec.id(), Resources.PROCESS_DEFINITION, ALL, Permissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(spec.id(), Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE, ProcessInstancePermissions.READ);
                grant(spec.id(), Resources.TASK, ALL, TaskPermissions.READ);
                grant(spec.id(), Resources.DECISION_DEFINITION, ALL, Permissions.READ);
            }
            case CHAIR, LIAISON -> grant(spec.id(), Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
            case ADMINISTRATORS -> { } // camunda-admin may do everything
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
