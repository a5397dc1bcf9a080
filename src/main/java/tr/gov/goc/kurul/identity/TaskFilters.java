package tr.gov.goc.kurul.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.worklist.TaskListVariables;

/**
 * Each user's own Tasklist filters, derived from their Kurul groups as Camunda's invoice example does in its demo
 * data: a liaison officer finds "Kurumumun görevleri", "Gecikenler" and "Bu hafta"; a secretary "İlimin
 * toplantıları" and "Süresi yaklaşanlar"; a chair "Başkanlık görevleri"; a manager the tasks they watch. The list
 * shows the business data (meeting with its province, institution, dates, decision) as filter variables, so nobody
 * has to open a task to know what it is.
 *
 * <p>Kept in step with the registry by {@link IdentitySynchronizer}: created with the user, changed when their
 * roles change, removed when a role ends — idempotent, identified by the owner and the {@value #MARK} property.
 */
@Component
class TaskFilters {

    /** A filter property that marks the filters Kurul manages (a user's own filters are left alone). */
    static final String MARK = "kurul";

    static final String MY_INSTITUTION = "Kurumumun görevleri";
    static final String OVERDUE = "Gecikenler";
    static final String THIS_WEEK = "Bu hafta";
    static final String MY_PROVINCE_MEETINGS = "İlimin toplantıları";
    static final String DUE_SOON = "Süresi yaklaşanlar";
    static final String CHAIR_TASKS = "Başkanlık görevleri";
    static final String CHAIR_DUE_SOON = "Başkanlık: süresi yaklaşanlar";
    static final String MEMBER_TASKS = "Kurul üyeliğim";
    static final String WATCHED = "İzlediğim görevler";
    static final String WATCHED_OVERDUE = "İzlediğim gecikenler";

    private static final String NOW = "${now()}";
    private static final String IN_A_WEEK = "${dateTime().plusDays(7).toDate()}";
    private static final String IN_FIVE_DAYS = "${dateTime().plusDays(5).toDate()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    TaskFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
                AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** Creates, updates and removes the user's Kurul filters so they match these groups. */
    void ensureFor(String username, Collection<GroupSpec> groups) {
        Map<String, Wanted> wanted = wanted(groups);
        AsSystem.run(identityService, () -> {
            List<Filter> existing = managedFiltersOf(username);
            Set<String> kept = new java.util.HashSet<>();
            for (Filter filter : existing) {
                Wanted w = wanted.get(filter.getName());
                if (w == null || !kept.add(filter.getName())) {
                    filterService.deleteFilter(filter.getId());
                    continue;
                }
                apply(filter, w);
            }
            wanted.forEach((name, w) -> {
                if (!kept.contains(name)) {
                    Filter filter = filterService.newTaskFilter(name);
                    filter.setOwner(username);
                    apply(filter, w);
                }
            });
            return null;
        });
    }

    /** Removes the user's Kurul filters (the user is deleted). */
    void removeAll(String username) {
        AsSystem.run(identityService, () -> {
            managedFiltersOf(username).forEach(f -> filterService.deleteFilter(f.getId()));
            return null;
        });
    }

    private List<Filter> managedFiltersOf(String username) {
        return filterService.createTaskFilterQuery().filterOwner(username).list().stream()
                .filter(f -> f.getProperties() != null && Boolean.TRUE.equals(f.getProperties().get(MARK)))
                .toList();
    }

    /** Saves the filter unless it already is as wanted (a daily synchronisation of every user writes nothing). */
    private void apply(Filter filter, Wanted w) {
        FilterEntity probe = new FilterEntity(EntityTypes.TASK);
        probe.setQuery(w.query());
        probe.setProperties(w.properties());
        if (filter instanceof FilterEntity stored && stored.getId() != null
                && java.util.Objects.equals(stored.getQueryInternal(), probe.getQueryInternal())
                && java.util.Objects.equals(stored.getPropertiesInternal(), probe.getPropertiesInternal())) {
            return;
        }
        filter.setQuery(w.query());
        filter.setProperties(w.properties());
        ownerOnlyReads(filterService.saveFilter(filter));
    }

    /**
     * Camunda gives a filter's owner every permission on it; an owner who may update a filter may store an
     * expression in it, which the engine would run for them. The owner of a Kurul filter only reads it; the system
     * keeps it in step with the roles.
     */
    private void ownerOnlyReads(Filter filter) {
        authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .userIdIn(filter.getOwner()).list().forEach(this::readOnly);
    }

    /** Existing installations: every Kurul filter's owner is brought down to read (run at every start). */
    void ownersOnlyRead() {
        AsSystem.run(identityService, () -> {
            Set<String> managed = new java.util.HashSet<>();
            for (Filter filter : filterService.createTaskFilterQuery().list()) {
                if (filter.getOwner() != null && filter.getProperties() != null && Boolean.TRUE.equals(filter.getProperties().get(MARK))) {
                    managed.add(filter.getId());
                }
            }
            authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).list().stream()
                    .filter(a -> a.getUserId() != null && managed.contains(a.getResourceId()))
                    .forEach(this::readOnly);
            return null;
        });
    }

    private void readOnly(Authorization authorization) {
        if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
            return;
        }
        Permission[] granted = authorization.getPermissions(Permissions.values());
        if (granted.length == 1 && granted[0] == Permissions.READ) {
            return;
        }
        authorization.setPermissions(new Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(authorization);
    }

    private Map<String, Wanted> wanted(Collection<GroupSpec> groups) {
        List<String> liaison = ids(groups, GroupKind.LIAISON);
        List<String> secretariat = ids(groups, GroupKind.SECRETARIAT);
        List<String> chair = ids(groups, GroupKind.CHAIR);
        boolean manager = groups.stream().anyMatch(g -> g.kind() == GroupKind.MANAGERS);
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        if (!liaison.isEmpty()) { // R10.2, R5.6: agenda proposals and decision follow-ups of the institution
            wanted.put(MY_INSTITUTION, new Wanted(offeredTo(liaison), properties(-30, "#c8102e",
                    "Kurumunuza gelen gündem önerisi ve karar takip görevleri", LIAISON_VARIABLES)));
            wanted.put(OVERDUE, new Wanted(offeredTo(liaison).dueBeforeExpression(NOW), properties(-29, "#8b0000",
                    "Son tarihi geçmiş görevler", LIAISON_VARIABLES)));
            wanted.put(THIS_WEEK, new Wanted(offeredTo(liaison).dueAfterExpression(NOW).dueBeforeExpression(IN_A_WEEK),
                    properties(-28, "#a84c00", "Önümüzdeki yedi gün içinde son tarihi gelen görevler", LIAISON_VARIABLES)));
        }
        if (!secretariat.isEmpty()) { // R11.1, R11.2
            wanted.put(MY_PROVINCE_MEETINGS, new Wanted(offeredTo(secretariat), properties(-20, "#1f5c99",
                    "Sekreteryanızın kurul ve alt komisyon toplantısı görevleri", MEETING_VARIABLES)));
            wanted.put(DUE_SOON, new Wanted(offeredTo(secretariat).dueBeforeExpression(IN_FIVE_DAYS), properties(-19,
                    "#a84c00", "Son tarihi beş gün içinde gelen ya da geçmiş görevler", MEETING_VARIABLES)));
        }
        if (!chair.isEmpty()) { // R11.3, R12.2, R5.13
            wanted.put(CHAIR_TASKS, new Wanted(offeredTo(chair), properties(-15, "#1f5c99",
                    "Toplantı tarihi, tutanak imzası ve onaylar", MEETING_VARIABLES)));
            wanted.put(CHAIR_DUE_SOON, new Wanted(offeredTo(chair).dueBeforeExpression(IN_FIVE_DAYS), properties(-14,
                    "#a84c00", "Son tarihi beş gün içinde gelen ya da geçmiş başkanlık görevleri", MEETING_VARIABLES)));
        }
        // R9.1, R9.2, R12.2: a member's own replies to meeting notices and signatures — the chair (Vali, Kaymakam) signs too
        if (!ids(groups, GroupKind.MEMBER).isEmpty() || !chair.isEmpty()) {
            wanted.put(MEMBER_TASKS, new Wanted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").active(),
                    properties(-12, "#1f5c99", "Size atanan toplantı görevleri: katılım bildirimi ve tutanak imzası", MEETING_VARIABLES)));
        }
        if (manager) { // managers read, they do not act: every task of their provinces (tenant check)
            wanted.put(WATCHED, new Wanted(taskService.createTaskQuery().active(), properties(-10, "#555555",
                    "İzlediğiniz illerin bütün açık görevleri", MEETING_VARIABLES)));
            wanted.put(WATCHED_OVERDUE, new Wanted(taskService.createTaskQuery().active().dueBeforeExpression(NOW),
                    properties(-9, "#8b0000", "İzlediğiniz illerde son tarihi geçmiş görevler", MEETING_VARIABLES)));
        }
        return wanted;
    }

    private TaskQuery offeredTo(List<String> groupIds) {
        return taskService.createTaskQuery().taskCandidateGroupIn(groupIds).includeAssignedTasks().active();
    }

    private static List<String> ids(Collection<GroupSpec> groups, GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).map(GroupSpec::id).sorted().collect(Collectors.toList());
    }

    private static final List<Map<String, String>> LIAISON_VARIABLES = TaskListVariables.liaisonColumns();
    private static final List<Map<String, String>> MEETING_VARIABLES = TaskListVariables.meetingColumns();

    private static Map<String, Object> properties(int priority, String color, String description,
                                                  List<Map<String, String>> variables) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MARK, true);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", new ArrayList<>(variables));
        return properties;
    }

    private record Wanted(TaskQuery query, Map<String, Object> properties) {
    }
}
