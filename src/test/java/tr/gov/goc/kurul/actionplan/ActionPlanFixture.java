package tr.gov.goc.kurul.actionplan;

import tr.gov.goc.kurul.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.decision.Decision;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;

/** Decisions that ask for an action plan update, the engine clock, and removal of everything a test made. */
final class ActionPlanFixture {

    private static final AtomicInteger YEAR = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(5000));

    private final ProcessEngine engine;
    private final Decisions decisions;
    private final Institutions institutions;
    private final JdbcTemplate jdbc;
    private final List<String> meetingKeys = new ArrayList<>();

    ActionPlanFixture(ProcessEngine engine, Decisions decisions, Institutions institutions, JdbcTemplate jdbc) {
        this.engine = engine;
        this.decisions = decisions;
        this.institutions = institutions;
        this.jdbc = jdbc;
    }

    /** A fresh meeting key of the province that no other test uses, e.g. 22-4711-2. */
    String meetingKey(int plateCode) {
        String key = plateCode + "-" + YEAR.incrementAndGet() + "-2";
        meetingKeys.add(key);
        return key;
    }

    /** A meeting key whose processes and plan versions this fixture removes at the end. */
    void track(String meetingKey) {
        meetingKeys.add(meetingKey);
    }

    Decision decisionAskingForAnUpdate(String meetingKey, int plateCode, LocalDate meetingDate) {
        long education = institutions.provincial(plateCode, "MILLI_EGITIM").orElseThrow().getId();
        return decisions.record(meetingKey, plateCode, "Yerel uyum eylem planı okul kayıtları yönünden güncellensin.",
                "Okul kayıt oranı hedefin altında kaldı.", "Eğitime erişimin artırılması",
                meetingDate.plusMonths(2), Set.of(education), false, true, meetingDate);
    }

    void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant()));
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
                if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                    continue;
                }
                management.executeJob(job.getId());
            }
        }
        throw new AssertionError("Jobs keep coming");
    }

    List<Task> tasks(String businessKey, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .active().list();
    }

    Task task(String businessKey, String taskKey) {
        List<Task> tasks = tasks(businessKey, taskKey);
        if (tasks.size() != 1) {
            throw new AssertionError("open " + taskKey + " of " + businessKey + ": " + tasks.size());
        }
        return tasks.get(0);
    }

    void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    }

    void cleanUp() {
        for (String key : meetingKeys) {
            String like = key + "/%";
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").list()
                    .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test bitti", true, true));
            jdbc.update("delete from action_plan_item where version_id in (select id from action_plan_version where update_key like ?)", like);
            jdbc.update("delete from action_plan_version where update_key like ?", like);
            jdbc.update("delete from action_plan_opinion where update_key like ?", like);
            jdbc.update("delete from action_plan_progress where meeting_key = ?", key);
            jdbc.update("delete from notice where business_key like ?", like);
            String ids = "(select id from decision where meeting_key = ?)";
            jdbc.update("delete from follow_up_report where decision_id in " + ids, key);
            jdbc.update("delete from decision_responsibility where decision_id in " + ids, key);
            jdbc.update("delete from decision where meeting_key = ?", key);
        }
        meetingKeys.clear();
        TestClock.reset();
    }
}
