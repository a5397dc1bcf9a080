package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.time.LocalDate;
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

    /**
     * R12.2, R12.4: every signatory signs the minutes draft — each signatory with a login signs their own task
     * ("İmzalıyorum"), the secretariat records the wet signatures of the others — and the minutes are approved.
     */
    void signMinutes(String businessKeyPrefix) {
        List<Task> signing = tasks(businessKeyPrefix, "Task_SignMinutes");
        List<Task> wet = tasks(businessKeyPrefix, "Task_RecordWetSignatures");
        assertThat(signing.size() + wet.size()).as("signature tasks of %s", businessKeyPrefix).isPositive();
        for (Task task : signing) {
            complete(task, Map.of("signature", "SIGN"));
        }
        for (Task task : wet) {
            complete(task, Map.of("wetSigned", optionValues(task, "wetOptions")));
        }
        runDueJobs();
    }

    /** A signatory returns the minutes draft with a reason (R12.2): the İl GİM redrafts, every signature starts again. */
    void returnMinutes(String businessKeyPrefix, String reason) {
        complete(tasks(businessKeyPrefix, "Task_SignMinutes").get(0), Map.of("signature", "RETURN", "returnReason", reason));
    }

    /** The option values (checklist) a create listener offered, e.g. memberOptions. */
    List<String> optionValues(Task task, String variable) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), variable);
        return options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
    }

    /**
     * The steps before a quarter's board day: the sub-commission held on {@code subCommissionDay} (R6.9, R10.3), every
     * institution answering the agenda call (the first with a proposal, R10.2) and the İl GİM compiling the agenda with
     * that proposal taken in, plus {@code compileValues}.
     */
    void holdSubCommissionAndCompileAgenda(String key, LocalDate subCommissionDay, Map<String, Object> compileValues) {
        LocalDate windowOpens = subCommissionDay.withDayOfMonth(1);
        while (windowOpens.getDayOfWeek().getValue() > 5) { // R6.9: the first week's first working day
            windowOpens = windowOpens.plusDays(1);
        }
        at(windowOpens + "T09:00:00");
        complete(task(key + "-AK", "Task_ScheduleMeeting"),
                Map.of("meetingDate", subCommissionDay.toString(), "meetingTime", "10:00", "meetingPlace", "İl Göç İdaresi Müdürlüğü"));
        runDueJobs();
        at(subCommissionDay + "T11:00:00");
        Task record = task(key + "-AK", "Task_RecordMeeting");
        complete(record, Map.of("attendees", List.of(optionValues(record, "liaisonOptions").get(0)),
                "chairedBy", "Deniz Aktaş", "findingEducation", "Okul kayıtlarında dil sorunu.",
                "problems", "Türkçe kursları yetersiz.", "proposals", "Kurs sayısı artırılmalı.",
                "actionPlanMonitoring", "Eylem planı maddeleri takvimde."));
        complete(task(key + "-AK", "Task_PlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", subCommissionDay.toString()));
        List<Task> proposals = tasks(key, "Task_SubmitAgendaProposal");
        for (LocalDate day = subCommissionDay.plusDays(1); proposals.isEmpty() && day.isBefore(subCommissionDay.plusDays(8)); day = day.plusDays(1)) {
            at(day + "T09:00:00"); // R10.1: the agenda call opens 15 days before the board's window
            proposals = tasks(key, "Task_SubmitAgendaProposal");
        }
        complete(proposals.get(0), Map.of("hasProposal", "yes", "topic", "Uyum sınıfları", "category", "SOSYAL_UYUM",
                "description", "Uyum sınıflarının kapasitesi yetersiz.", "specialRequest", false,
                "activities", "Türkçe kursu.", "riskFlag", false));
        for (Task t : proposals.subList(1, proposals.size())) {
            complete(t, Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Olağan hizmetler."));
        }
        Task compile = task(key, "Task_CompileAgenda");
        Map<String, Object> values = new HashMap<>(Map.of("includesPreviousDecisions", true,
                "includesSubCommissionReport", true, "includesActionPlan", true, "includesNegativeEvents", true,
                "acceptedProposals", optionValues(compile, "proposalOptions")));
        values.putAll(compileValues);
        complete(compile, values);
    }

    static void reset() {
        TestClock.reset();
    }
}
