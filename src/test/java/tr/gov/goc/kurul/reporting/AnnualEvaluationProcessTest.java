package tr.gov.goc.kurul.reporting;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.decision.Decision;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.decision.FollowUps;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.YearPlanner;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.meeting.SubCommissionFormation;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.people.LiaisonAssignment;
import tr.gov.goc.kurul.people.LiaisonRole;
import tr.gov.goc.kurul.people.Liaisons;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;
import tr.gov.goc.kurul.people.PersonData;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * The Ek-3 annual evaluation (R13.1–R13.4) driven by the engine clock: the January timer, the draft pre-filled from
 * last year's decisions and their follow-up, the platform entry due on the last working day of January, and the
 * first board of the year, which cannot close its agenda without the report nor sign its minutes without deciding
 * on it (R13.2); a report the board rejected goes back, revised, to a later board meeting (2094–2095). Years far from
 * the other tests' (2033–2035, 2094–2095), so no meetings are shared.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AnnualEvaluationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AnnualReports reports;
    @Autowired
    YearPlanner planner;
    @Autowired
    Decisions decisions;
    @Autowired
    FollowUps followUps;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubCommissionFormation formation;
    @Autowired
    Liaisons liaisons;
    @Autowired
    People people;
    @Autowired
    Meetings meetings;
    @Autowired
    AnnualReportDocument ek3;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
        BpmnAwareTests.reset();
        removeDecisions("27-2033-2", "27-2036-1"); // other tests evaluate Gaziantep's open decisions (R5.7)
    }

    /** Removes the decisions a test recorded, with their follow-ups, as the decision module's tests do. */
    private void removeDecisions(String... meetingKeys) {
        for (String key : meetingKeys) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("decisionFollowUp")
                    .processInstanceBusinessKeyLike(key + "/%").list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "Test bitti"));
            String ids = "(select id from decision where meeting_key = ?)";
            jdbc.update("delete from follow_up_report where decision_id in " + ids, key);
            jdbc.update("delete from decision_responsibility where decision_id in " + ids, key);
            jdbc.update("delete from decision where meeting_key = ?", key);
        }
    }

    @Test
    void theJanuaryTimerStartsOneReportPerProvinceOnTheFirstWorkingDay() {
        // 1 January 2027 is a holiday (Friday), 2–3 January a weekend: the first working day is Monday 4 January
        at("2027-01-01T08:00:00");
        engine.getManagementService().executeJob(starterJob().getId());
        assertThat(instancesLike("%-2027-EK3")).isEmpty();

        at("2027-01-04T08:00:00");
        engine.getManagementService().executeJob(starterJob().getId());
        try {
            assertThat(instancesLike("%-2027-EK3")).extracting(ProcessInstance::getBusinessKey)
                    .contains("27-2027-EK3", "22-2027-EK3");
            ProcessInstance gaziantep = instance("27-2027-EK3");
            assertThat(gaziantep).isWaitingAt("Task_DraftReport").hasVariables("plateCode", "reportYear");
            assertThat(gaziantep.getTenantId()).isEqualTo("prov-27");
            assertThat(engine.getRuntimeService().getVariable(gaziantep.getId(), "platformEntryDueDate"))
                    .isEqualTo("2027-02-01"); // R13.3, R-DATES: 31 January 2027 is a Sunday
            assertThat(BpmnAwareTests.task(gaziantep)).hasCandidateGroup("prov-27-secretariat");
            // a second run on a later January day starts nothing twice
            at("2027-01-05T08:00:00");
            engine.getManagementService().executeJob(starterJob().getId());
            assertThat(instancesLike("27-2027-EK3")).hasSize(1);
        } finally {
            instancesLike("%-2027-EK3").forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "Test bitti"));
            removeReports(2026);
        }
    }

    @Test
    void theDraftIsPreFilledAndTheFirstBoardApprovesTheReport() {
        // 2033: Gaziantep's meetings; at the April meeting two decisions, followed up by the institutions
        at("2032-12-01T10:00:00");
        planner.plan(27, 2033);
        at("2033-04-10T11:00:00");
        long meb = institutions.provincial(27, "MILLI_EGITIM").orElseThrow().getId();
        long saglik = institutions.provincial(27, "SAGLIK").orElseThrow().getId();
        Decision classes = decisions.record("27-2033-2", 27, "Uyum sınıfları açılacak.", "Kapasite yetersiz.", "Erişim.",
                java.time.LocalDate.parse("2033-09-30"), Set.of(meb, saglik), false);
        Decision screening = decisions.record("27-2033-2", 27, "Okullarda sağlık taraması yapılacak.", "Salgın riski.", "Sağlık.",
                java.time.LocalDate.parse("2033-10-31"), Set.of(saglik), false);
        followUps.start(classes.getId());
        followUps.start(screening.getId());
        at("2033-05-10T11:00:00");
        report(classes, "MILLI_EGITIM", Map.of("followUpStatus", "DONE"));
        report(classes, "SAGLIK", Map.of("followUpStatus", "CANNOT_BE_DONE", "followUpReason", "Ödenek ayrılmadı."));
        report(screening, "SAGLIK", Map.of("followUpStatus", "IN_PROGRESS", "followUpNote", "Tarama sürüyor."));

        // December 2033: the 2034 plan; its first meeting approves the report on 2033 (R13.2)
        at("2033-12-01T10:00:00");
        planner.plan(27, 2034);
        at("2034-01-02T09:00:00");
        reports.start(27, 2033);
        ProcessInstance annual = instance("27-2034-EK3");
        assertThat(annual).isWaitingAt("Task_DraftReport");
        Task draft = task(annual, "Task_DraftReport");
        Map<String, Object> filled = engine.getTaskService().getVariables(draft.getId());
        assertThat((String) filled.get("decisionsEvaluation")).contains("2 karar alındı: 0 uygulandı, 1 uygulanamadı, 1 sürüyor")
                .contains("KARAR-1").contains("Yapılamıyor").contains("KARAR-2");
        assertThat((String) filled.get("notImplemented")).contains("Uyum sınıfları açılacak.").contains("Ödenek ayrılmadı.");
        assertThat((String) filled.get("unsolvedProblems")).contains("Okullarda sağlık taraması").contains("Devam ediyor");
        assertThat(filled.get("annualReportPdfUrl")).isEqualTo("/api/annual-reports/27/2033.pdf");
        assertThat(PdfText.of(ek3.render(reports.view(27, 2033)))).contains("TASLAK").contains("Henüz sunulmadı (ön doldurulmuş taslak)")
                .contains("Uyum sınıfları açılacak.");

        // the first meeting's agenda does not close before the report is ready (R13.1, R13.2)
        ProcessInstance cycle = toCompileAgenda("27-2034-1");
        Task compile = task(cycle, "Task_CompileAgenda");
        assertThatThrownBy(() -> complete(compile, firstOfYearAgenda()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ek-3").hasMessageContaining("R13.2");

        // the İl GİM submits the report (a missing conclusion is refused, nothing stored)
        Map<String, Object> text = new HashMap<>(filled);
        text.put("expectedSupport", "Uyum sınıfları için ödenek desteği.");
        text.put("conclusions", "");
        assertThatThrownBy(() -> complete(draft, text)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Sonuç, değerlendirme ve öneriler zorunludur");
        assertThat(reports.view(27, 2033).versions()).isEmpty();
        text.put("conclusions", "Kurullar düzenli toplandı; kararların yarısı sürüyor.");
        complete(draft, text);
        assertThat(reports.view(27, 2033).status()).isEqualTo(AnnualReportStatus.SUBMITTED);
        assertThat(annual).isWaitingAt("Task_PlatformEntry", "Task_RecordBoardDecision");
        assertThat(task(annual, "Task_PlatformEntry").getDueDate())
                .isEqualTo(date("2034-01-31T17:30:00")); // R13.3: 31 January (a Tuesday)

        complete(compile, firstOfYearAgenda());
        Task decision = task(annual, "Task_RecordBoardDecision");
        assertThatThrownBy(() -> complete(decision, Map.of("boardDecision", "approved")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("toplantı yapıldıktan sonra");

        holdMeeting(cycle, "2034-01-16");
        Task sign = signatureTasks(cycle).get(0);
        assertThatThrownBy(() -> complete(sign, signature(sign)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R13.2").hasMessageContaining("tutanağı imzalanamaz");
        complete(decision, Map.of("boardDecision", "approved", "decisionNote", "Oy birliğiyle onaylandı."));
        signAll(cycle);
        assertThat(cycle).isWaitingAt("Task_DistributeMinutes", "Task_RecordPlatformEntry");

        complete(task(annual, "Task_PlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", "2034-01-16"));
        assertThat(annual).hasPassed("EndEvent_Approved").isEnded();
        AnnualReportView view = reports.view(27, 2033);
        assertThat(view.status()).isEqualTo(AnnualReportStatus.APPROVED);
        assertThat(view.boardDecision().meetingKey()).isEqualTo("27-2034-1");
        assertThat(view.approval().version()).isEqualTo(1);
        assertThat(view.platformEntry().enteredOn()).hasToString("2034-01-16");
        assertThat(view.meetings()).extracting(AnnualReportView.MeetingRow::meetingKey).contains("27-2033-1", "27-2033-2");
        assertThat(view.decisions()).extracting(AnnualReportView.DecisionRow::outcome)
                .containsExactlyInAnyOrder(AnnualReportView.OUTCOME_NOT_IMPLEMENTED, AnnualReportView.OUTCOME_ONGOING);

        // the approved Ek-3 as the İl GİM prints it: no TASLAK, the form's sections in order, every decision with its status
        String ek3Text = PdfText.of(ek3.render(view));
        assertThat(ek3Text).doesNotContain("TASLAK").contains("GAZİANTEP VALİLİĞİ").contains("Sayfa 1 /")
                .contains("YILLIK DEĞERLENDİRME RAPORU").contains("Uyum sınıfları açılacak.").contains("Ödenek ayrılmadı.")
                .contains("Uygulanamadı").contains("Sürüyor").contains("Uyum sınıfları için ödenek desteği.")
                .contains("Onaylandı — 27-2034-1, 16.01.2034");
        assertThat(ek3Text).containsSubsequence("1. Kurullarda Dile Getirilen Başlıca Sorunlar", "2. Sorunlara İlişkin Alınan Kararlar",
                "3. Uygulanamayan Kararlar ve Nedenleri", "4. Kararlara Rağmen Çözülemeyen Sorunlar", "5. Çözüm Önerileri",
                "6. Başkanlıktan Beklenen Destek", "7. Sonuç, Değerlendirme ve Öneriler", "8. Onay");
    }


    @Test
    void aRejectedReportGoesBackToALaterBoardMeetingNeverToTheChairAlone() {
        // Edirne's report on 2094: the first board of 2095 rejects it; the revised report waits for a later board (R13.2)
        at("2094-12-01T10:00:00");
        planner.plan(22, 2095);
        at("2095-01-02T09:00:00");
        reports.start(22, 2094);
        ProcessInstance annual = instance("22-2095-EK3");
        complete(task(annual, "Task_DraftReport"), reportText("İlk taslak."));
        ProcessInstance first = toCompileAgenda("22-2095-1");
        complete(task(first, "Task_CompileAgenda"), firstOfYearAgenda());
        String firstDay = schedule(first, java.time.LocalDate.parse("2095-01-15"));
        holdScheduledMeeting(first, firstDay);

        Task decision = task(annual, "Task_RecordBoardDecision");
        assertThatThrownBy(() -> complete(decision, Map.of("boardDecision", "rejected")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ret gerekçesi zorunludur");
        complete(decision, Map.of("boardDecision", "rejected", "decisionNote", "Çözüm önerileri eksik."));
        signAll(first); // a rejection is a decision too
        complete(task(annual, "Task_PlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", firstDay));
        assertThat(reports.view(22, 2094).status()).isEqualTo(AnnualReportStatus.REJECTED);

        // back to the İl GİM, who sees the reason; the revised version goes back to the board, not to the Vali
        Task redraft = task(annual, "Task_DraftReport");
        assertThat(engine.getTaskService().getVariable(redraft.getId(), "returnReason")).isEqualTo("Çözüm önerileri eksik.");
        assertThat(engine.getTaskService().getVariable(redraft.getId(), "conclusions")).isEqualTo("İlk taslak.");
        complete(redraft, reportText("İkinci taslak."));
        assertThat(reports.view(22, 2094).status()).isEqualTo(AnnualReportStatus.RESUBMITTED);
        assertThat(annual).isWaitingAt("Task_RecordRevisedBoardDecision");
        assertThat(task(annual, "Task_ChairApproval")).isNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(annual.getId()).taskCandidateGroup("prov-22-chair")
                .count()).isZero();
        Task revised = task(annual, "Task_RecordRevisedBoardDecision");
        assertThat(revised).hasCandidateGroup("prov-22-secretariat");
        assertThat(optionValues(revised, "revisionMeetingOptions")).isEmpty();
        assertThatThrownBy(() -> complete(revised, Map.of("boardDecision", "approved", "revisionMeeting", "22-2095-1")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bir sonraki kurul toplantısını bekler")
                .hasMessageContaining("olağanüstü toplantıda").hasMessageContaining("R13.2");

        // the next ordinary meeting carries the revised report on its agenda (Art 7(3))
        Meeting second = meetings.byKey("22-2095-2");
        at(second.getWindowStart().minusDays(20) + "T09:00:00");
        ProcessInstance cycle = toCompileAgenda("22-2095-2");
        complete(task(cycle, "Task_CompileAgenda"), Map.of("includesPreviousDecisions", true, "includesActionPlan", true));
        assertThat(meetings.agenda(second).stream().map(i -> i.getTitle()).toList())
                .contains("Düzeltilmiş 2094 yılı değerlendirme raporunun (Ek-3) onayı (R13.2)");
        String secondDay = schedule(cycle, second.getWindowStart());
        // scheduled is not held: the decision still waits
        assertThatThrownBy(() -> complete(revised, Map.of("boardDecision", "approved", "revisionMeeting", "22-2095-2")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bir sonraki kurul toplantısını bekler");

        runJobs(cycle);
        at(secondDay + "T09:00:00");
        runJobs(cycle);
        Task attendance = task(cycle, "Task_RecordAttendance");
        complete(attendance, Map.of("attendedMembers", optionValues(attendance, "memberOptions")));
        complete(task(cycle, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation",
                "Önceki kararlar görüşüldü."));
        complete(task(cycle, "Task_RecordDecision"), Map.of("decisionAction", "none", "moreDecisions", false));
        complete(task(cycle, "Task_DraftMinutes"), Map.of("minutesTopics", "Düzeltilmiş yıllık değerlendirme raporu."));
        Task sign = signatureTasks(cycle).get(0);
        assertThatThrownBy(() -> complete(sign, signature(sign)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R13.2").hasMessageContaining("tutanak imzalanamaz");

        // claimed, the task offers the meeting held since; the meeting that rejected the report is no later meeting
        engine.getTaskService().claim(revised.getId(), "edirne.sekreter");
        assertThat(optionValues(revised, "revisionMeetingOptions")).containsExactly("22-2095-2");
        assertThatThrownBy(() -> complete(revised, Map.of("boardDecision", "approved", "revisionMeeting", "22-2095-1")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ret kararından")
                .hasMessageContaining("sonra yapılmış bir il kurulu toplantısı değil");
        assertThatThrownBy(() -> complete(revised, Map.of("boardDecision", "approved")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("toplantısını seçin");
        engine.getIdentityService().setAuthentication("edirne.sekreter", List.of("prov-22-secretariat"), List.of("prov-22"));
        try {
            complete(revised, Map.of("boardDecision", "approved", "revisionMeeting", "22-2095-2",
                    "decisionNote", "Düzeltilmiş rapor oy birliğiyle onaylandı."));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        signAll(cycle);

        // R13.3: the platform is updated with the version the board approved
        assertThat(annual).isWaitingAt("Task_PlatformUpdate");
        complete(task(annual, "Task_PlatformUpdate"), Map.of("platformEntered", true, "platformEnteredOn", secondDay));
        assertThat(annual).hasPassed("EndEvent_RevisionApproved").hasNotPassed("EndEvent_Approved").isEnded();
        AnnualReportView view = reports.view(22, 2094);
        assertThat(view.status()).isEqualTo(AnnualReportStatus.APPROVED);
        assertThat(view.versions()).hasSize(2);
        assertThat(view.approval().version()).isEqualTo(2);
        assertThat(view.platformEntry().version()).isEqualTo(2);
        assertThat(view.boardDecision().meetingKey()).isEqualTo("22-2095-2");
        assertThat(view.boardDecision().decision()).isEqualTo("APPROVED");
        assertThat(view.boardDecision().recordedBy()).isEqualTo("edirne.sekreter");
        assertThat(view.boardDecisions()).extracting(AnnualReportView.BoardDecisionRow::meetingKey,
                AnnualReportView.BoardDecisionRow::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("22-2095-1", "REJECTED"), org.assertj.core.groups.Tuple.tuple("22-2095-2", "APPROVED"));
    }

    /** Completes the meeting date task on the first day from {@code from} the date rules accept; answers that day. */
    private String schedule(ProcessInstance cycle, java.time.LocalDate from) {
        Task task = task(cycle, "Task_SetMeetingDate");
        for (java.time.LocalDate day = from; day.isBefore(from.plusDays(60)); day = day.plusDays(1)) {
            try {
                complete(task, Map.of("meetingDateChoice", day.toString(), "meetingTime", "10:00",
                        "meetingPlace", "Valilik Toplantı Salonu"));
                return day.toString();
            } catch (ProcessEngineException refused) {
                // a weekend, a holiday or outside the window: the next day
            }
        }
        throw new AssertionError("No permitted meeting day from " + from);
    }


    @Test
    void theListSignedAtTheFirstBoardDecidesWhoGetsLiaisonTasks() {
        at("2035-12-01T10:00:00");
        planner.plan(27, 2036);
        at("2036-01-02T09:00:00");
        reports.start(27, 2035);
        complete(task(instance("27-2036-EK3"), "Task_DraftReport"), reportText("Sonuç."));
        ProcessInstance cycle = toCompileAgenda("27-2036-1");
        complete(task(cycle, "Task_CompileAgenda"), firstOfYearAgenda());
        long meb = institutions.provincial(27, "MILLI_EGITIM").orElseThrow().getId();
        String group = GroupIds.liaison(27, institutions.institution(meb).getCode());
        List<LiaisonAssignment> before = liaisons.inForce(meb, 2036);
        long principal = before.stream().filter(a -> a.getRole() == LiaisonRole.PRINCIPAL).findFirst().orElseThrow().getPersonId();
        long substitute = before.stream().filter(a -> a.getRole() == LiaisonRole.SUBSTITUTE).findFirst().orElseThrow().getPersonId();
        String oldPrincipal = people.person(principal).getUsername();
        Person newcomer = people.create(new PersonData("Ece", "Yenidoğan", "Öğretmen", meb, null, null, "ece.yenidogan", false, Set.of()));
        List<SubCommissionFormation.Slot> list = List.of(
                new SubCommissionFormation.Slot(meb, LiaisonRole.PRINCIPAL, newcomer.getId()),
                new SubCommissionFormation.Slot(meb, LiaisonRole.SUBSTITUTE, substitute));
        try {
            // R6.5: signed at the meeting, not before it
            assertThatThrownBy(() -> formation.sign("27-2036-1", list, "gaziantep.sekreter"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("henüz yapılmadı");
            holdMeeting(cycle, "2036-01-15");
            SubCommissionFormation.Result signed = formation.sign("27-2036-1", list, "gaziantep.sekreter");
            assertThat(signed.warnings()).anyMatch(w -> w.contains("R6.4") && w.contains("Ece Yenidoğan")) // a warning, not a refusal
                    .anyMatch(w -> w.contains("R6.3"));
            assertThat(formation.of(meetings.byKey("27-2036-1"))).hasSize(2);
            assertThat(liaisons.inForce(meb, 2036)).extracting(LiaisonAssignment::getPersonId)
                    .containsExactlyInAnyOrder(newcomer.getId(), substitute);
            assertThat(groupsOf("ece.yenidogan")).contains(group);
            assertThat(groupsOf(oldPrincipal)).doesNotContain(group);

            // a decision of this meeting: its follow-up task reaches the signed list's officer, not last year's
            Decision decision = decisions.record("27-2036-1", 27, "Uyum kursları açılacak.", "Talep arttı.", "Erişim.",
                    java.time.LocalDate.parse("2036-06-30"), Set.of(meb), false);
            followUps.start(decision.getId());
            assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("decisionFollowUp")
                    .processVariableValueEquals("decisionId", decision.getId()).taskCandidateUser("ece.yenidogan").count()).isOne();
            assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("decisionFollowUp")
                    .processVariableValueEquals("decisionId", decision.getId()).taskCandidateUser(oldPrincipal).count()).isZero();

            // R5.11, R6.5: a later board decision replaces the principal again
            assertThatThrownBy(() -> formation.replace("27-2036-1", new SubCommissionFormation.Slot(meb, LiaisonRole.PRINCIPAL,
                    principal), " ", "gaziantep.sekreter")).isInstanceOf(InvalidInputException.class).hasMessageContaining("R5.11");
            formation.replace("27-2036-1", new SubCommissionFormation.Slot(meb, LiaisonRole.PRINCIPAL, principal), "KARAR-2",
                    "gaziantep.sekreter");
            assertThat(groupsOf(oldPrincipal)).contains(group);
            assertThat(groupsOf("ece.yenidogan")).doesNotContain(group);
        } finally {
            TestClock.reset();
            liaisons.ofProvince(27, 2036).forEach(a -> liaisons.remove(a.getId())); // last year's list is in force again
        }
    }

    private List<String> groupsOf(String username) {
        return engine.getIdentityService().createGroupQuery().groupMember(username).list().stream().map(g -> g.getId()).toList();
    }

    // ---- the first meeting of the year, its preparation skipped ----

    /** Moves a planned cycle straight to its agenda (the agenda call and the sub-commission are other tests' business). */
    private ProcessInstance toCompileAgenda(String meetingKey) {
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("provincialBoardCycle")
                .processInstanceBusinessKey(meetingKey).singleResult();
        engine.getRuntimeService().createProcessInstanceModification(cycle.getId())
                .startBeforeActivity("Task_CompileAgenda")
                .setVariable("subCommissionDue", false)
                .cancelAllForActivity("Timer_AgendaOpens")
                .cancelAllForActivity("Timer_SubCommissionWindow")
                .execute();
        return cycle;
    }

    private void holdMeeting(ProcessInstance cycle, String date) {
        complete(task(cycle, "Task_SetMeetingDate"), Map.of("meetingDateChoice", date, "meetingTime", "10:00",
                "meetingPlace", "Valilik Toplantı Salonu"));
        holdScheduledMeeting(cycle, date);
    }

    private void holdScheduledMeeting(ProcessInstance cycle, String date) {
        runJobs(cycle);
        at(date + "T09:00:00");
        runJobs(cycle);
        Task attendance = task(cycle, "Task_RecordAttendance");
        complete(attendance, Map.of("attendedMembers", optionValues(attendance, "memberOptions")));
        // R5.8, R6.5: the first board forms the sub-commission: the list in force is shown, its signature recorded
        Task formationTask = task(cycle, "Task_FormSubCommission");
        assertThat(engine.getTaskService().getVariable(formationTask.getId(), "formationRows").toString())
                .contains("İl Milli Eğitim Müdürlüğü");
        assertThatThrownBy(() -> complete(formationTask, Map.of("listSigned", false))).hasMessageContaining("md. 5/8");
        complete(formationTask, Map.of("listSigned", true));
        assertThat(formation.signed(meetings.byKey(cycle.getBusinessKey()))).isTrue();
        // R5.13: the plan the İl GİM prepares is not submitted in this test: the board records that it was not discussed
        complete(task(cycle, "Task_RecordActionPlanApproval"), Map.of("actionPlanDecision", "REJECT",
                "actionPlanReason", "İl GİM planı henüz sunmadı; başkanın onayına sunulacak."));
        complete(task(cycle, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation",
                "Geçen yılın kararları yıllık değerlendirme raporuyla birlikte görüşüldü (R5.12)."));
        complete(task(cycle, "Task_RecordDecision"), Map.of("decisionAction", "none", "moreDecisions", false));
        complete(task(cycle, "Task_DraftMinutes"), Map.of("minutesTopics", "Yıllık değerlendirme raporu; alt komisyon."));
    }

    private static Map<String, Object> firstOfYearAgenda() {
        return Map.of("includesPreviousDecisions", true, "includesActionPlan", true, "includesSubCommissionFormation", true,
                "includesLastYearEvaluation", true, "includesAnnualReportApproval", true, "includesActionPlanApproval", true);
    }

    private static Map<String, Object> reportText(String conclusions) {
        return Map.of("mainProblems", "Dil engeli.", "decisionsEvaluation", "Kararlar sürüyor.",
                "expectedSupport", "Tercüman desteği.", "conclusions", conclusions);
    }

    // ---- helpers ----

    private void report(Decision decision, String institutionKind, Map<String, Object> values) {
        long institution = institutions.provincial(27, institutionKind).orElseThrow().getId();
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey("decisionFollowUp")
                .processVariableValueEquals("decisionId", decision.getId())
                .processVariableValueEquals("institutionId", institution).singleResult();
        complete(task, values);
    }

    private Job starterJob() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("annualEvaluationStarter").singleResult();
    }

    private List<ProcessInstance> instancesLike(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReports.PROCESS_KEY)
                .processInstanceBusinessKeyLike(businessKey).list();
    }

    private ProcessInstance instance(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReports.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    /** The minutes' signature tasks of a board cycle (R12.2): each signatory's, and the secretariat's wet signatures. */
    private List<Task> signatureTasks(ProcessInstance cycle) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycle.getBusinessKey())
                .taskDefinitionKeyIn("Task_SignMinutes", "Task_RecordWetSignatures").active().list();
        assertThat(tasks).as("signature tasks").isNotEmpty();
        return tasks;
    }

    private Map<String, Object> signature(Task task) {
        return "Task_SignMinutes".equals(task.getTaskDefinitionKey()) ? Map.of("signature", "SIGN")
                : Map.of("wetSigned", optionValues(task, "wetOptions"));
    }

    private void signAll(ProcessInstance cycle) {
        for (Task task : signatureTasks(cycle)) {
            complete(task, signature(task));
        }
    }

    private void complete(Task task, Map<String, Object> values) {
        assertThat(task).as("open task").isNotNull();
        engine.getTaskService().complete(task.getId(), new HashMap<>(values));
    }

    private List<String> optionValues(Task task, String variable) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), variable);
        return options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
    }

    private void runJobs(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    private void removeReports(int year) {
        jdbc.update("delete from annual_report_board_decision where report_id in (select id from annual_report where report_year = ?)", year);
        jdbc.update("delete from annual_report_version where report_id in (select id from annual_report where report_year = ?)", year);
        jdbc.update("delete from annual_report where report_year = ?", year);
    }

    private static void at(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    private static Date date(String isoDateTime) {
        return Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.of("Europe/Istanbul")).toInstant());
    }
}
