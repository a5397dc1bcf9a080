package tr.gov.goc.kurul.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The process instances of one meeting (business keys starting with its key), for tests that drive them. */
public final class MeetingInstances {

    private MeetingInstances() {
    }

    /** Runs the due jobs of these meetings' instances only: other processes' timers (year planning …) stay as they are. */
    public static void runDueJobs(ProcessEngine engine, List<String> keys) {
        RuntimeService runtime = engine.getRuntimeService();
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = keys.stream()
                    .flatMap(key -> runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").list().stream())
                    .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming");
    }

    /** Deletes these meetings' instances: the cycles first (deleting one deletes the instances it called), then the rest. */
    public static void delete(ProcessEngine engine, List<String> keys, String reason) {
        RuntimeService runtime = engine.getRuntimeService();
        for (String key : keys) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").rootProcessInstances().list()
                    .forEach(p -> delete(runtime, p, reason));
            runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").list().forEach(p -> delete(runtime, p, reason));
        }
    }

    private static void delete(RuntimeService runtime, ProcessInstance instance, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtime.deleteProcessInstance(instance.getId(), reason, true, true);
        }
    }
}
