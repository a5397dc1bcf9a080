package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;
import org.camunda.bpm.engine.ProcessEngineException;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfText;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Gaziantep quarter from the plan to the follow-up of its decisions, driven by the engine clock, with the rule
 * checks that stop it on the way. Each test plans a different year, so they do not share meetings.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ProvincialBoardCycleTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    tr.gov.goc.kurul.agenda.AgendaProposals agendaProposals;
    @Autowired
    Decisions decisions;
    @Autowired
    Notices notices;
    @Autowired
    tr.gov.goc.kurul.board.Memberships memberships;

    CycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new CycleDriver(engine);
        driver.at("2026-11-25T10:00:00");
    }

    @AfterEach
    void tearDown() {
        CycleDriver.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aQuarterRunsFromThePlanToTheFollowUpOfItsDecisions() {
        List<Meeting> planned = planner.plan(27, 2027);
        // the plan also starts the district boards' cycles (R8.1, DistrictBoardCycleTest); here the provincial ones
        assertThat(planned).filteredOn(m -> !m.isDistrict()).extracting(Meeting::getMeetingKey)
                .containsExactly("27-2027-1", "27-2027-2", "27-2027-3", "27-2027-4");
        Meeting april = meetings.byKey("27-2027-2");
        assertThat(april.getAgendaDueDate()).hasToString("2027-03-17"); // R10.2: 1 April − 15 days
        assertThat(april.getSubCommissionWindowStart()).hasToString("2027-03-01"); // R6.9: first week of March
        ProcessInstance cycle = instance("27-2027-2");
        assertThat(cycle).isWaitingAt("Timer_SubCommissionWindow", "Timer_AgendaOpens");

        // March, first week: the İl GİM sets the sub-commission's day and holds it (R6.9, R11.4, R10.3)
        driver.at("2027-03-01T09:00:00");
        driver.complete(driver.task("27-2027-2-AK", "Task_ScheduleMeeting"),
                Map.of("meetingDate", "2027-03-05", "meetingTime", "10:00", "meetingPlace", "İl Göç İdaresi Müdürlüğü"));
        driver.runDueJobs();
        driver.at("2027-03-05T11:00:00");
        Task record = driver.task("27-2027-2-AK", "Task_RecordMeeting");
        driver.complete(record, Map.of("attendees", List.of(driver.optionValues(record, "liaisonOptions").get(0)),
                "chairedBy", "Deniz Aktaş", "findingEducation", "Okul kayıtlarında dil sorunu.",
                "problems", "Türkçe kursları yetersiz.", "proposals", "Kurs sayısı artırılmalı.",
                "actionPlanMonitoring", "Eylem planı maddeleri takvimde."));
        driver.complete(driver.task("27-2027-2-AK", "Task_PlatformEntry"),
                Map.of("platformEntered", true, "platformEnteredOn", "2027-03-05"));

        // agenda call (opened 5 March): every liaison-sending institution of Gaziantep gets a task (R10.2)
        List<Task> proposals = driver.tasks("27-2027-2", "Task_SubmitAgendaProposal");
        assertThat(proposals).hasSizeGreaterThanOrEqualTo(20);
        driver.complete(proposals.get(0), Map.of("hasProposal", "yes", "topic", "Uyum sınıfları", "category", "SOSYAL_UYUM",
                "description", "Uyum sınıflarının kapasitesi yetersiz.", "specialRequest", false,
                "activities", "1.200 öğrenciye Türkçe kursu.", "riskFlag", true, "negativeEvents", "Bir okulda veliler arasında gerginlik."));
        for (Task task : proposals.subList(1, proposals.size())) {
            driver.complete(task, Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false,
                    "activities", "Olağan hizmetler sürdü."));
        }

        // the secretary compiles the agenda: refused while a mandatory item is missing (R5.7, R10.4, R10.9)
        Task compile = driver.task("27-2027-2", "Task_CompileAgenda");
        assertThatThrownBy(() -> driver.complete(compile, Map.of("includesPreviousDecisions", true, "includesSubCommissionReport", true)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("R10.4").hasMessageContaining("R10.9");
        assertThat(driver.task("27-2027-2", "Task_CompileAgenda").getId()).isEqualTo(compile.getId());
        driver.complete(compile, Map.of("includesPreviousDecisions", true, "includesSubCommissionReport", true,
                "includesActionPlan", true, "includesNegativeEvents", true,
                "acceptedProposals", List.of(String.valueOf(meetings.byKey("27-2027-2").getId() > 0 ? proposalInstitution() : 0)),
                "additionalItems", "İl GİM bilgilendirme sunumu"));
        assertThat(meetings.agenda(meetings.byKey("27-2027-2"))).extracting(AgendaItem::getSource)
                .startsWith(AgendaItem.Source.PREVIOUS_DECISIONS, AgendaItem.Source.SUB_COMMISSION_REPORT,
                        AgendaItem.Source.ACTION_PLAN, AgendaItem.Source.NEGATIVE_EVENTS)
                .contains(AgendaItem.Source.ADDITIONAL);

        // the chair's office sets the date: a Saturday is refused by the calendar, a working day in April is taken
        Task schedule = driver.task("27-2027-2", "Task_SetMeetingDate");
        assertThatThrownBy(() -> driver.complete(schedule, Map.of("meetingDateChoice", "2027-04-03", "meetingTime", "10:00",
                "meetingPlace", "Valilik Toplantı Salonu"))).isInstanceOf(ProcessEngineException.class);
        driver.complete(schedule, Map.of("meetingDateChoice", "2027-04-08", "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu"));
        driver.runDueJobs(); // the notices (R11.3)
        assertThat(notices.about("27-2027-2")).anyMatch(n -> n.getKind().equals("MEETING_NOTICE_LIST")
                && n.getRecipientGroup().equals("prov-27-secretariat"));
        assertThat(notices.about("27-2027-2")).anyMatch(n -> "gaziantep.vali".equals(n.getRecipientUser()));

        // meeting day: attendance (Ek-2), evaluation of earlier decisions (R5.7), decisions (R12.1, R10.9)
        driver.at("2027-04-08T09:00:00");
        Task attendance = driver.task("27-2027-2", "Task_RecordAttendance");
        List<String> members = driver.optionValues(attendance, "memberOptions");
        String deputy = driver.optionValues(attendance, "deputyOptions").get(0);
        String standsInFor = String.valueOf(memberships.membership(Long.parseLong(deputy)).getDeputyOfId());
        // R9.2: a deputy cannot attend in place of a member who is there, and nobody off the list can stand in
        assertThatThrownBy(() -> driver.complete(attendance, Map.of("attendedMembers", members, "attendedDeputies", List.of(deputy))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R9.2");
        assertThatThrownBy(() -> driver.complete(attendance, Map.of("attendedMembers", List.of("999999"))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R9.2");
        List<String> present = members.stream().filter(m -> !m.equals(standsInFor)).toList();
        driver.complete(attendance, Map.of("attendedMembers", present, "attendedDeputies", List.of(deputy)));
        assertThat(meetings.attendance(meetings.byKey("27-2027-2")))
                .anyMatch(a -> a.getAttendedAs() == Attendance.AttendedAs.DEPUTY && String.valueOf(a.getForMembershipId()).equals(standsInFor))
                .hasSize(present.size() + 1);
        // R5.7: the board's open decisions are evaluated (other tests' later years may have left some open)
        driver.complete(driver.task("27-2027-2", "Task_EvaluatePreviousDecisions"),
                Map.of("previousDecisionsEvaluation", "Önceki kararlar takipte."));
        Task decision = driver.task("27-2027-2", "Task_RecordDecision");
        String meb = driver.optionValues(decision, "institutionOptions").get(1);
        assertThatThrownBy(() -> driver.complete(decision, Map.of("decisionAction", "none")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R10.9");
        driver.complete(decision, decisionValues(meb, true, true));
        driver.complete(driver.task("27-2027-2", "Task_RecordDecision"), decisionValues(meb, false, false));
        assertThat(decisions.ofMeeting("27-2027-2")).extracting(d -> d.decision().getLabel()).containsExactly("KARAR-1", "KARAR-2");

        // minutes (R12.1, R12.2): drafted; the chair and every member or deputy who sat sign — each one with a login
        // in their own task, the others on paper (recorded by the secretariat); a return is a new version and every
        // signature starts again
        driver.complete(driver.task("27-2027-2", "Task_DraftMinutes"), Map.of("minutesTopics", "Uyum sınıfları; okullarda gerginlik."));
        Meeting held = meetings.byKey("27-2027-2");
        List<Task> signing = driver.tasks("27-2027-2", "Task_SignMinutes");
        assertThat(signing).extracting(Task::getAssignee).contains("gaziantep.vali").doesNotContainNull();
        assertThat(signing).allMatch(t -> t.getName().startsWith("Tutanağı imzalayın — "));
        Task valiSigns = signing.stream().filter(t -> "gaziantep.vali".equals(t.getAssignee())).findFirst().orElseThrow();
        // who acts is the rule: the chair's office cannot sign for the Vali
        engine.getIdentityService().setAuthentication("gaziantep.valiyardimcisi", List.of("prov-27-chair"), List.of("prov-27"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().complete(valiSigns.getId(), Map.of("signature", "SIGN")))
                    .isInstanceOf(ProcessEngineException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        driver.complete(valiSigns, Map.of("signature", "SIGN"));
        assertThat(minutes.signatures(minutes.versions(held).get(0))).hasSize(1);
        driver.returnMinutes("27-2027-2", "Sorunlar eksik.");
        assertThat(driver.tasks("27-2027-2", "Task_SignMinutes")).isEmpty();
        assertThat(driver.tasks("27-2027-2", "Task_RecordWetSignatures")).isEmpty();
        driver.complete(driver.task("27-2027-2", "Task_DraftMinutes"), Map.of("minutesTopics", "Uyum sınıfları; okullarda gerginlik.",
                "minutesProblems", "Sınıf kapasitesi."));
        assertThat(minutes.versions(held)).extracting(MinutesVersion::getStatus)
                .containsExactly(MinutesVersion.Status.RETURNED, MinutesVersion.Status.DRAFT);
        assertThat(minutes.signatures(minutes.versions(held).get(1))).isEmpty();
        assertThat(driver.tasks("27-2027-2", "Task_SignMinutes")).hasSize(signing.size());
        // the wet signatures: the task is refused until every signatory without login is ticked
        Task wet = driver.task("27-2027-2", "Task_RecordWetSignatures");
        List<String> wetOptions = driver.optionValues(wet, "wetOptions");
        assertThat(wetOptions.size() + signing.size()).isEqualTo(meetings.signatories(held).size());
        assertThatThrownBy(() -> driver.complete(wet, Map.of("wetSigned", wetOptions.subList(0, wetOptions.size() - 1))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("md. 12/2");
        // a signatory may sign with a dissent note (muhalefet şerhi); it is required text
        List<Task> again = driver.tasks("27-2027-2", "Task_SignMinutes");
        assertThatThrownBy(() -> driver.complete(again.get(0), Map.of("signature", "DISSENT")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Muhalefet şerhinizi");
        driver.complete(again.get(0), Map.of("signature", "DISSENT", "dissentNote", "Kapasite artışının bütçesi gösterilmedi."));
        for (Task t : again.subList(1, again.size())) {
            driver.complete(t, Map.of("signature", "SIGN"));
        }
        // the secretariat sees how many signed; the draft Ek-1 shows the electronic signatures and no wet one yet
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/api/meetings/progress?province=27").body())
                .contains("\"signatures\":\"" + again.size() + "/" + meetings.signatories(held).size() + "\"");
        String draftEk1 = PdfText.of(Api.as(port, "gaziantep.sekreter", "demo").document("/api/meetings/27-2027-2/minutes.pdf").body())
                .replaceAll("\\s+", " ");
        assertThat(draftEk1).contains("TASLAK", "Elektronik onay:", "(Kurul)", "Muhalefet şerhi: Kapasite artışının bütçesi gösterilmedi.")
                .doesNotContain("Islak imza (kaydeden");
        // distribution waits for the last signature, the wet ones included
        assertThat(driver.tasks("27-2027-2", "Task_DistributeMinutes")).isEmpty();
        assertThat(meetings.byKey("27-2027-2").getStatus()).isEqualTo(MeetingStatus.HELD);
        driver.complete(wet, Map.of("wetSigned", wetOptions));
        String signedEk1 = PdfText.of(Api.as(port, "gaziantep.sekreter", "demo").document("/api/meetings/27-2027-2/minutes.pdf").body())
                .replaceAll("\\s+", " ");
        assertThat(signedEk1).contains("Islak imza (kaydeden", "Muhalefet şerhi: Kapasite artışının bütçesi gösterilmedi.",
                "tutanak onaylanmıştır").doesNotContain("TASLAK");
        assertThat(minutes.versions(held)).extracting(MinutesVersion::getStatus)
                .containsExactly(MinutesVersion.Status.RETURNED, MinutesVersion.Status.SIGNED);
        assertThat(minutes.signatures(minutes.versions(held).get(1))).hasSize(meetings.signatories(held).size());
        assertThat(meetings.byKey("27-2027-2").getStatus()).isEqualTo(MeetingStatus.MINUTES_SIGNED);
        assertThat(driver.tasks("27-2027-2", "Task_DistributeMinutes")).hasSize(1);

        // follow-ups started per decision × institution (R5.5, R5.6)
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("decisionFollowUp")
                .processInstanceBusinessKeyLike("27-2027-2/%").count()).isEqualTo(2);

        // distribution: reminder before the 15 days end, then recorded (R12.2); platform entry (R12.3)
        // 8 April + 15 = 23 April, a national holiday: due the next working day, 26 April; reminded 3 days before
        assertThat(meetings.byKey("27-2027-2").getMinutesDistributionDueDate()).hasToString("2027-04-26");
        driver.at("2027-04-23T10:00:00");
        assertThat(notices.about("27-2027-2")).anyMatch(n -> n.getKind().equals("DISTRIBUTION_REMINDER"));
        driver.complete(driver.task("27-2027-2", "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-12345678-000-123", "sentOn", "2027-04-22"));
        assertThat(meetings.distributions(meetings.byKey("27-2027-2"))).isNotEmpty();
        driver.complete(driver.task("27-2027-2", "Task_RecordPlatformEntry"), Map.of("platformEntered", true,
                "platformEnteredOn", "2027-04-23"));
        assertThat(cycle).isEnded();
    }

    /** The institution that sent a proposal to the April agenda. */
    private long proposalInstitution() {
        return agendaProposals.forMeeting("27-2027-2").stream().filter(AgendaProposalView::hasProposal)
                .map(AgendaProposalView::institutionId).findFirst().orElse(0L);
    }

    private static Map<String, Object> decisionValues(String institution, boolean risk, boolean more) {
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Uyum sınıflarının kapasitesi artırılacak.");
        values.put("decisionJustification", "Kayıtlı öğrenci sayısı kapasiteyi aştı.");
        values.put("decisionAim", "Her öğrencinin uyum sınıfına erişmesi.");
        values.put("decisionDeadline", "2027-06-30");
        values.put("responsibleInstitutions", List.of(institution));
        values.put("decisionRiskItem", risk);
        values.put("moreDecisions", more);
        return values;
    }

    private ProcessInstance instance(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("provincialBoardCycle")
                .processInstanceBusinessKey(key).singleResult();
    }
}
