package tr.gov.goc.kurul.agenda;

import tr.gov.goc.kurul.support.TestClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * Starts {@code agendaCollection} as the board cycle will (Gaziantep, meeting 2026/2: collection opens 17.03.2026,
 * due 31.03.2026), moves the engine clock and cleans up. Each start gets its own meeting key, so tests never see
 * each other's rows or notices.
 */
final class AgendaCollectionFixture {

    static final int GAZIANTEP = 27;
    static final String OPENS_ON = "2026-03-17";
    static final String DUE_DATE = "2026-03-31";
    static final String TITLE = "Gaziantep İl GKK 2026/2";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100 + (int) (System.nanoTime() % 800));

    private final ProcessEngine engine;
    private final AgendaProposalRepository rows;
    private final Institutions institutions;
    private final List<String> meetingKeys = new ArrayList<>();
    private final List<String> instances = new ArrayList<>();

    AgendaCollectionFixture(ProcessEngine engine, AgendaProposalRepository rows, Institutions institutions) {
        this.engine = engine;
        this.rows = rows;
        this.institutions = institutions;
    }

    static void clock(String isoLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoLocalDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    ProcessInstance start() {
        return start(DUE_DATE);
    }

    ProcessInstance start(String dueDate) {
        return start(dueDate, Map.of());
    }

    ProcessInstance start(String dueDate, Map<String, Object> more) {
        String meetingKey = GAZIANTEP + "-2026-" + SEQUENCE.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put("plateCode", GAZIANTEP);
        variables.put("meetingKey", meetingKey);
        variables.put("meetingTitle", TITLE);
        variables.put("agendaOpensOn", OPENS_ON);
        variables.put("agendaDueDate", dueDate);
        variables.putAll(more);
        ProcessInstance instance = runtime().startProcessInstanceByKey(AgendaVariables.PROCESS_KEY, meetingKey, variables);
        meetingKeys.add(meetingKey);
        instances.add(instance.getId());
        return instance;
    }

    /** The institutions that get a task: Gaziantep's Art 4(2) institutions with liaison officers. */
    List<Institution> liaisonInstitutions() {
        return institutions.ofProvince(GAZIANTEP).stream().filter(institutions::sendsLiaison).toList();
    }

    Institution institution(String code) {
        return institutions.ofProvince(GAZIANTEP).stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
    }

    Task taskOf(ProcessInstance instance, String institutionCode) {
        return tasks().createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("prov-27-liaison-" + institutionCode).singleResult();
    }

    List<Task> openTasks(ProcessInstance instance) {
        return tasks().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    /** Runs every job of the instance that is due at the engine's current time, as the job executor would. */
    int runDueJobs(ProcessInstance instance) {
        ManagementService management = engine.getManagementService();
        int ran = 0;
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(instance.getId()).executable().list()).isEmpty()) {
            for (Job job : due) {
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                    ran++;
                }
            }
        }
        return ran;
    }

    long dueJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count();
    }

    static Map<String, Object> proposal(String topic) {
        Map<String, Object> values = new HashMap<>();
        values.put("hasProposal", "yes");
        values.put("topic", topic);
        values.put("category", "SOSYAL_UYUM");
        values.put("description", "Okul kayıtlarında dil desteği yetersiz; Türkçe kursları artırılmalı.");
        values.put("specialRequest", true);
        values.put("specialRequestText", "Uyum sınıflarının durumu ayrıca görüşülsün.");
        values.put("activities", "2025-2026 öğretim yılında 1.200 yabancı öğrenciye Türkçe kursu verildi; 3 yeni kurs planlandı.");
        values.put("negativeEvents", "Bir okulda veliler arasında gerginlik yaşandı.");
        values.put("riskFlag", true);
        return values;
    }

    static Map<String, Object> noProposal() {
        Map<String, Object> values = new HashMap<>();
        values.put("hasProposal", "no");
        values.put("specialRequest", false);
        values.put("riskFlag", false);
        values.put("activities", "Olağan hizmetler sürdü.");
        return values;
    }

    void cleanUp() {
        for (String id : instances) {
            if (runtime().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime().deleteProcessInstance(id, "test bitti", true, true);
            }
        }
        for (String key : meetingKeys) {
            rows.deleteAll(rows.findByMeetingKeyOrderByIdAsc(key));
        }
        TestClock.reset();
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private TaskService tasks() {
        return engine.getTaskService();
    }
}
