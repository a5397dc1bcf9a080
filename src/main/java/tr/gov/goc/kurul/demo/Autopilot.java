package tr.gov.goc.kurul.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Lives through whole months of Kurul: moves the engine clock day by day (morning and evening), runs every job
 * that falls due, and answers every open task the way its users would — from a table of answers per
 * {@code processKey/taskKey} or task definition key ({@link TaskAnswers}). A task without an answer stops the run: a
 * new user task must be taught to the autopilot, not skipped. By default every task is answered at once and by the
 * engine itself; {@link #pace(Pace)} lets a task wait (users answer after some days, or never) and
 * {@link #actingAs(Actor)} completes it as one of its users, through the engine's authorization. Used by the demo
 * that has lived ({@link DemoLife}), the whole-year test and the national-year benchmark.
 */
public final class Autopilot {

    /** What the user of a task would enter: nothing yet (empty list), or alternatives tried in order. */
    @FunctionalInterface
    public interface Answer {
        List<Map<String, Object>> answer(Task task, Autopilot pilot);
    }

    /**
     * An answer whose refusal means "not yet": the step waits for another one (the Ek-3 report before the first
     * meeting's agenda, R13.2) and is tried again at the next turn, where an ordinary answer's refusal stops the run.
     */
    public record Patient(Answer answer) implements Answer {
        @Override
        public List<Map<String, Object>> answer(Task task, Autopilot pilot) {
            return answer.answer(task, pilot);
        }
    }

    /** When a task's user answers it: not before the moment returned (null: at once). */
    @FunctionalInterface
    public interface Pace {
        LocalDateTime readyAt(Task task, Autopilot pilot);
    }

    /** Who answers a task (a login of one of its candidate groups), or null for the engine itself. */
    @FunctionalInterface
    public interface Actor {
        String userOf(Task task, Autopilot pilot);
    }

    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final ProcessEngine engine;
    private final Map<String, Answer> answers;
    private final String businessKeyPrefix;
    private final Map<String, Integer> completed = new LinkedHashMap<>();
    private int refusals;
    private int jobs;
    private Consumer<LocalDate> everyMorning = day -> { };
    private Pace pace = (task, pilot) -> null;
    private Actor actor = (task, pilot) -> null;

    public Autopilot(ProcessEngine engine, Map<String, Answer> answers, String businessKeyPrefix) {
        this.engine = engine;
        this.answers = Map.copyOf(answers);
        this.businessKeyPrefix = businessKeyPrefix;
    }

    /** Something to do at the start of each day (e.g. checks), after the morning's jobs. */
    public Autopilot everyMorning(Consumer<LocalDate> action) {
        this.everyMorning = action;
        return this;
    }

    public Autopilot pace(Pace pace) {
        this.pace = pace;
        return this;
    }

    public Autopilot actingAs(Actor actor) {
        this.actor = actor;
        return this;
    }

    /** Lives every day from {@code from} to {@code to}, both included. */
    public void live(LocalDate from, LocalDate to) {
        liveUntil(from, to.atTime(23, 59));
    }

    /** Lives every day from {@code from}, morning and evening, as long as the moment is not after {@code end}. */
    public void liveUntil(LocalDate from, LocalDateTime end) {
        for (LocalDate day = from; !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            LocalDateTime morning = day.atTime(9, 0);
            if (morning.isAfter(end)) {
                return;
            }
            at(morning);
            everyMorning.accept(day);
            answerOpenTasks();
            LocalDateTime evening = day.atTime(18, 0);
            if (evening.isAfter(end)) {
                return;
            }
            at(evening);
            answerOpenTasks();
        }
    }

    public void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ISTANBUL).toInstant()));
        runDueJobs();
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ISTANBUL);
    }

    public void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                // an interrupting timer that fired before may have removed this job with its activity
                if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                    continue;
                }
                management.executeJob(job.getId());
                jobs++;
            }
        }
        throw new IllegalStateException("Jobs keep coming on " + today());
    }

    /** Answers open tasks until a pass changes nothing (a completed task may open the next one). */
    public void answerOpenTasks() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Task task : openTasks()) {
                LocalDateTime readyAt = pace.readyAt(task, this);
                if (readyAt != null && readyAt.isAfter(now())) {
                    continue;
                }
                if (answer(task)) {
                    progress = true;
                    runDueJobs();
                }
            }
        }
    }

    private List<Task> openTasks() {
        TaskQuery query = engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().asc();
        if (businessKeyPrefix != null) {
            query.processInstanceBusinessKeyLike(businessKeyPrefix + "%");
        }
        return query.list();
    }

    private boolean answer(Task task) {
        // "processKey/taskKey" first: several processes name a task alike (Task_CompileAgenda, Task_PlatformEntry)
        String processKey = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
        Answer answer = answers.getOrDefault(processKey + "/" + task.getTaskDefinitionKey(), answers.get(task.getTaskDefinitionKey()));
        if (answer == null) {
            throw new IllegalStateException("Autopilot has no answer for task " + task.getTaskDefinitionKey() + " (" + task.getName() + ")");
        }
        List<String> refused = new ArrayList<>();
        String user = actor.userOf(task, this);
        for (Map<String, Object> values : answer.answer(task, this)) {
            try {
                complete(task, user, values);
                completed.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
                return true;
            } catch (ProcessEngineException refusal) {
                refusals++;
                refused.add(refusal.getMessage());
            }
        }
        if (!refused.isEmpty() && !(answer instanceof Patient)) {
            throw new IllegalStateException("Every answer to " + task.getName() + " on " + today() + " was refused: " + refused);
        }
        return false;
    }

    /** As Tasklist does for the user: claim, then complete, with the user's groups and provinces (tenants). */
    private void complete(Task task, String user, Map<String, Object> values) {
        if (user == null) {
            engine.getTaskService().complete(task.getId(), new HashMap<>(values));
            return;
        }
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getTaskService().complete(task.getId(), new HashMap<>(values));
        } catch (ProcessEngineException refusal) {
            if (task.getAssignee() == null) { // the claim of a refused answer is undone, as a user's "Bırak" would
                engine.getTaskService().setAssignee(task.getId(), null);
            }
            throw refusal;
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Completed tasks per task definition key. */
    public Map<String, Integer> completed() {
        return Map.copyOf(completed);
    }

    public int completedTotal() {
        return completed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int refusals() {
        return refusals;
    }

    public int jobsRun() {
        return jobs;
    }

    public ProcessEngine engine() {
        return engine;
    }

    public Object variable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    public LocalDate dateVariable(Task task, String name) {
        Object value = variable(task, name);
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    /** The option values (checklist) a create listener offered, e.g. memberOptions. */
    public List<String> optionValues(Task task, String variable) {
        Object options = variable(task, variable);
        if (options == null) {
            return List.of();
        }
        return ((SpinJsonNode) options).elements().stream().map(o -> o.prop("value").stringValue()).toList();
    }

    /** Weekdays from {@code from} to {@code to} (the calendar's rule check refuses holidays; the next one is tried). */
    public static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }
}
