package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/** Drives a board cycle as its users and its timers would: moves the engine clock, runs due jobs, completes tasks. */
final class CycleDriver {

    private final ProcessEngine engine;

    CycleDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Moves the engine's time (and so Kurul's clock) and runs every job that is due by then. */
    void at(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
        runDueJobs();
    }

    void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                // an interrupting timer that fired before may have removed this job with its activity
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                }
            }
        }
        throw new AssertionError("Jobs keep coming");
    }

    /** The open task of a process instance tree with this business-key prefix and task definition key. */
    Task task(String businessKeyPrefix, String taskKey) {
        List<Task> tasks = tasks(businessKeyPrefix, taskKey);
        assertThat(tasks).as("open %s of %s", taskKey, businessKeyPrefix).hasSize(1);
        return tasks.get(0);
    }

    List<Task> tasks(String businessKeyPrefix, String taskKey) {
        TaskService tasks = engine.getTaskService();
        return tasks.createTaskQuery().taskDefinitionKey(taskKey).processInstanceBusinessKeyLike(businessKeyPrefix + "%")
                .active().list();
    }

    void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    }

    /** The option values (checklist) a create listener offered, e.g. memberOptions. */
    List<String> optionValues(Task task, String variable) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), variable);
        return options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
    }

    static void reset() {
        TestClock.reset();
    }
}
