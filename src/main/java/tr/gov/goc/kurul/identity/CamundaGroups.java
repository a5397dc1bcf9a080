package tr.gov.goc.kurul.identity;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Creates Kurul's Camunda groups with their province (tenant) and authorizations. Liaison officers and chairs
 * get no standing task permission: they see exactly the tasks offered to their group (the engine grants those
 * per task), inside their own province.
 */
@Component
class CamundaGroups {

    static final String ALL = "*";

    /** After every role's own filters (TaskFilters uses -30 … -9). */
    static final int SHARED_FILTER_PRIORITY = 100;

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

    /** A standing permission of a group kind. */
    record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    /**
     * What each kind of group may do in the engine, wherever the call comes from. Nobody but administrators may
     * start a process in the engine: every start goes through Kurul's /api (which checks who and which province) and
     * runs as the system.
     */
    static List<Grant> grantsOf(GroupKind kind) {
        return switch (kind) {
            // read only: Cockpit, definitions, instances, history, tasks — of their provinces (tenant check)
            case MANAGERS -> List.of(
                    new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
                    new Grant(Resources.PROCESS_DEFINITION, ALL, Permissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
                    new Grant(Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ),
                    new Grant(Resources.TASK, ALL, TaskPermissions.READ),
                    new Grant(Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY),
                    new Grant(Resources.DEPLOYMENT, ALL, Permissions.READ));
            // R11.1, R11.2: the secretariat runs its province's meetings and sees all their tasks
            case SECRETARIAT -> List.of(
                    new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
                    new Grant(Resources.PROCESS_DEFINITION, ALL, Permissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
                    new Grant(Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ),
                    new Grant(Resources.TASK, ALL, TaskPermissions.READ),
                    new Grant(Resources.DECISION_DEFINITION, ALL, Permissions.READ));
            case CHAIR, LIAISON, MEMBER -> List.of(new Grant(Resources.PROCESS_DEFINITION, ALL, Permissions.READ));
            case ADMINISTRATORS -> List.of(); // camunda-admin may do everything
        };
    }

    private void grant(GroupSpec spec) {
        for (Grant grant : grantsOf(spec.kind())) {
            grant(spec.id(), grant.resource(), grant.resourceId(), grant.permissions());
        }
    }

    /**
     * Brings the standing grants of Kurul's existing groups to {@link #grantsOf}: an installation made when the
     * secretariat could still start processes in the engine loses that right at the next start. Idempotent.
     */
    void reconcileGrants() {
        for (Authorization authorization : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).list()) {
            if (authorization.getGroupId() == null) {
                continue;
            }
            GroupKind.ofGroupId(authorization.getGroupId()).ifPresent(kind -> grantsOf(kind).stream()
                    .filter(g -> g.resource().resourceType() == authorization.getResourceType()
                            && g.resourceId().equals(authorization.getResourceId()))
                    .findFirst()
                    .ifPresent(wanted -> {
                        Set<String> have = names(authorization.getPermissions(wanted.resource() == Resources.APPLICATION
                                ? Permissions.values() : permissionsOf(wanted.resource())));
                        if (!have.equals(names(wanted.permissions()))) {
                            authorization.setPermissions(wanted.permissions());
                            authorizationService.saveAuthorization(authorization);
                        }
                    }));
        }
    }

    private Permission[] permissionsOf(Resource resource) {
        return org.camunda.bpm.engine.impl.util.ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType());
    }

    private static Set<String> names(Permission[] permissions) {
        Set<String> names = new TreeSet<>();
        for (Permission permission : permissions) {
            if (!permission.getName().equals("NONE")) {
                names.add(permission.getName());
            }
        }
        return names;
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
