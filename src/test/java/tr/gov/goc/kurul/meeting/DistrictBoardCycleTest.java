package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.document.MinutesDistribution;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.support.PdfText;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * District boards (R8.1–R8.4, R11.2, R11.3, R12.4, R12.5, R10.7) on the demo provinces: which districts the yearly
 * plan gives cycles, a meeting held in its window through to the İl GİM's platform entry, a late one (R8.3), one
 * called at the Kaymakam's discretion that is never held, and an extraordinary one. Each test uses its own years, none
 * of them the year after another test's clock (moving the clock past 1 December plans the next year).
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
// years 2061–2069: 28 years after the dates first written, the same weekdays; other tests use the 2030s
class DistrictBoardCycleTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    YearPlanner planner;
    @Autowired
    MeetingActions actions;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    Decisions decisions;
    @Autowired
    Notices notices;
    @Autowired
    Provinces provinces;
    @Autowired
    Boards boards;
    @Autowired
    MinutesDistribution distributionLog;
    @Autowired
    tr.gov.goc.kurul.institution.Institutions institutions;

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
    void theYearlyPlanGivesCyclesToLargeAndBorderDistrictsOnly() {
        long sahinbey = district(27, "Şahinbey");
        long karkamis = district(27, "Karkamış");
        long yavuzeli = district(27, "Yavuzeli");
        List<String> keys = planner.plan(27, 2069).stream().map(Meeting::getMeetingKey).toList();
        // R7.1: four provincial boards; R8.1: Şahinbey (185,000 ≥ 2,000) and Karkamış (860, border) twice each;
        // R8.2: Yavuzeli (1,400, not on the border) meets only at the Kaymakam's discretion
        assertThat(keys).containsExactlyInAnyOrder("27-2069-1", "27-2069-2", "27-2069-3", "27-2069-4",
                "27-ilce-" + sahinbey + "-2069-1", "27-ilce-" + sahinbey + "-2069-2",
                "27-ilce-" + karkamis + "-2069-1", "27-ilce-" + karkamis + "-2069-2");
        assertThat(keys).noneMatch(k -> k.startsWith("27-ilce-" + yavuzeli + "-"));
        Meeting first = meetings.byKey("27-ilce-" + karkamis + "-2069-1");
        assertThat(first.getWindowStart()).hasToString("2069-02-01");
        assertThat(first.getWindowEnd()).hasToString("2069-03-31");
        assertThat(first.getLateDeadline()).hasToString("2069-04-30"); // R8.3: last working day of April
        assertThat(first.getPlateCode()).isEqualTo(27);
        assertThat(first.getBoardId()).isEqualTo(boards.districtBoard(karkamis).getId());
        Meeting second = meetings.byKey("27-ilce-" + karkamis + "-2069-2");
        assertThat(second.getWindowStart()).hasToString("2069-08-01");
        assertThat(second.getWindowEnd()).hasToString("2069-09-30");
        assertThat(meetings.ofDistrict(karkamis)).extracting(Meeting::getMeetingKey).contains(first.getMeetingKey(), second.getMeetingKey());
        // planning again starts nothing new
        assertThat(planner.plan(27, 2069)).isEmpty();
        // the tenant is the province (R11.2 groups of the district get the tasks)
        assertThat(instance(first.getMeetingKey()).getTenantId()).isEqualTo("prov-27");
    }

    @Test
    void aDistrictMeetingHeldInItsWindowReachesTheProvincialAgendaAndThePlatform() {
        long sahinbey = district(27, "Şahinbey");
        planner.plan(27, 2061);
        String key = "27-ilce-" + sahinbey + "-2061-1";
        ProcessInstance cycle = instance(key);
        assertThat(cycle).isWaitingAt("Timer_AgendaOpens");

        // the district secretariat (R11.2) compiles the agenda: R5.7 must be on it
        driver.at("2061-01-10T09:00:00");
        Task agenda = driver.task(key, "Task_CompileAgenda");
        assertThat(groups(agenda)).containsExactly("dist-" + sahinbey + "-secretariat");
        // in Tasklist: the district's secretary sees it, another province's does not (the tenant is the province)
        assertThat(Api.as(port, "sahinbey.sekreter", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + key).body())
                .contains(agenda.getId());
        assertThat(Api.as(port, "ipsala.sekreter", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + key).body())
                .doesNotContain(agenda.getId());
        assertThatThrownBy(() -> driver.complete(agenda, Map.of("additionalItems", "Hane ziyaretlerinin bulguları")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R5.7");
        driver.complete(agenda, Map.of("includesPreviousDecisions", true, "additionalItems", "Hane ziyaretlerinin bulguları"));
        assertThat(meetings.agenda(meetings.byKey(key))).extracting(AgendaItem::getSource)
                .containsExactly(AgendaItem.Source.PREVIOUS_DECISIONS, AgendaItem.Source.ADDITIONAL);

        // the date: before the window refused (R8.1), a working day in February taken; notices incl. the İl GİM (R11.3)
        Task schedule = driver.task(key, "Task_SetMeetingDate");
        // R11.3: the chair sets the day, place and time — the Kaymakamlık, not the district secretariat
        assertThat(groups(schedule)).containsExactly("dist-" + sahinbey + "-chair");
        assertThat(Api.as(port, "sahinbey.sekreter", "demo").post("/engine-rest/task/" + schedule.getId() + "/complete",
                Map.of("variables", Map.of("meetingDateChoice", Map.of("value", "2061-02-15"), "meetingTime", Map.of("value", "10:00"),
                        "meetingPlace", Map.of("value", "Şahinbey Kaymakamlığı")))).status()).isIn(403, 404);
        assertThat(driver.task(key, "Task_SetMeetingDate").getId()).isEqualTo(schedule.getId());
        assertThatThrownBy(() -> driver.complete(schedule, Map.of("meetingDateChoice", "2061-01-28", "meetingTime", "10:00",
                "meetingPlace", "Şahinbey Kaymakamlığı"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("R8.1");
        driver.complete(schedule, Map.of("meetingDateChoice", "2061-02-15", "meetingTime", "10:00", "meetingPlace", "Şahinbey Kaymakamlığı"));
        driver.runDueJobs();
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("MEETING_NOTICE_LIST")
                && n.getRecipientGroup().equals("dist-" + sahinbey + "-secretariat"));
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("MEETING_NOTICE") && "prov-27-secretariat".equals(n.getRecipientGroup()));

        // the meeting: Ek-2, R5.7, a decision for a district institution (R12.1)
        driver.at("2061-02-15T09:00:00");
        assertThat(cycle).hasNotPassed("Task_EscalateWindowMissed");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of());
        Task decision = driver.task(key, "Task_RecordDecision");
        List<String> institutions = driver.optionValues(decision, "institutionOptions");
        assertThat(institutions).allMatch(id -> districtOfInstitution(id) == sahinbey);
        driver.complete(decision, decisionValues(institutions.get(0), true));
        driver.complete(driver.task(key, "Task_RecordDecision"), Map.of("decisionAction", "none"));
        assertThat(decisions.ofMeeting(key)).extracting(d -> d.decision().getLabel()).containsExactly("KARAR-1");
        assertThat(decisions.label(decisions.ofMeeting(key).get(0).decision())).isEqualTo("KARAR-1 (Gaziantep Şahinbey İlçe 2061/1)");

        // minutes on Ek-1, approved by the chair and every attending member (R12.4)
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Okul kayıtları; hane ziyaretleri.",
                "minutesProblems", "Mahallelerde Türkçe kursu yok."));
        // every signatory without login signs on paper: the district secretariat records it, all of them or nothing
        Task wet = driver.task(key, "Task_RecordWetSignatures");
        assertThat(groups(wet)).containsExactly("dist-" + sahinbey + "-secretariat");
        List<String> wetOptions = driver.optionValues(wet, "wetOptions");
        int signatories = meetings.signatories(meetings.byKey(key)).size();
        assertThat(signatories).isGreaterThan(1);
        assertThat(wetOptions.size() + driver.tasks(key, "Task_SignMinutes").size()).isEqualTo(signatories);
        if (wetOptions.size() > 1) {
            assertThatThrownBy(() -> driver.complete(wet, Map.of("wetSigned", wetOptions.subList(0, 1))))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("md. 12/2");
        }
        driver.complete(wet, Map.of("wetSigned", wetOptions));
        assertThat(meetings.byKey(key).getStatus()).isNotEqualTo(MeetingStatus.MINUTES_SIGNED);
        // a signatory returns the draft with a reason: a new version, every signature again
        assertThat(driver.tasks(key, "Task_SignMinutes")).as("the Kaymakam signs his own task").isNotEmpty();
        driver.returnMinutes(key, "Çözüm önerileri eksik.");
        assertThat(driver.tasks(key, "Task_RecordWetSignatures")).isEmpty();
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Okul kayıtları; hane ziyaretleri.",
                "minutesProblems", "Mahallelerde Türkçe kursu yok.", "minutesSolutions", "Halk eğitim kursları açılsın."));
        driver.signMinutes(key);
        List<MinutesVersion> versions = minutes.versions(meetings.byKey(key));
        assertThat(versions).extracting(MinutesVersion::getStatus).containsExactly(MinutesVersion.Status.RETURNED, MinutesVersion.Status.SIGNED);
        assertThat(minutes.signatures(versions.get(1))).hasSize(signatories);
        // R8.4, R14: the district's minutes are an Ek-1 of the district board, under the Kaymakamlık's header
        Api.Document ek1 = Api.as(port, "gaziantep.sekreter", "demo").document("/api/meetings/" + key + "/minutes.pdf");
        assertThat(ek1.status()).isEqualTo(200);
        assertThat(PdfText.of(ek1.body())).contains("ŞAHİNBEY KAYMAKAMLIĞI", "Şahinbey İlçe Göç Koordinasyon Kurulu", "Gaziantep / Şahinbey",
                "Mahallelerde Türkçe kursu yok.", "KARAR-1").doesNotContain("TASLAK");
        // R12.4 as R12.2: the approved district minutes carry the signature page and Kurul's seal, intact
        assertThat(PdfText.of(ek1.body())).contains("İmza sayfası", "Elektronik onay:", "tutanak onaylanmıştır");
        assertThat(tr.gov.goc.kurul.support.PdfSig.signatures(ek1.body())).singleElement()
                .satisfies(s -> assertThat(s).contains("Kurul Kurumsal Mühür", "Signature Validation: Signature is Valid.",
                        "Total document signed"));
        com.fasterxml.jackson.databind.JsonNode export = Api.as(port, "gaziantep.sekreter", "demo")
                .get("/api/meetings/" + key + "/platform-export").json();
        assertThat(export.path("category").asText()).isEqualTo("İlçe Göç Koordinasyon Kurulu");
        assertThat(export.path("district").asText()).isEqualTo("Şahinbey");

        // R12.4, R12.5: reminded before the 15 days end (due 2 March), sent to the members and to the İl GİM
        assertThat(meetings.byKey(key).getMinutesDistributionDueDate()).hasToString("2061-03-02");
        driver.at("2061-02-27T10:00:00");
        assertThat(notices.about(key)).anyMatch(n -> n.getKind().equals("DISTRIBUTION_REMINDER")
                && n.getRecipientGroup().equals("dist-" + sahinbey + "-secretariat"));
        driver.complete(driver.task(key, "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-27-ILCE-2061-4", "sentOn", "2061-02-25"));
        long ilGim = boards.secretariat(boards.provincialBoard(27)).orElseThrow().getId();
        assertThat(meetings.distributions(meetings.byKey(key))).anyMatch(d -> d.getInstitutionId() == ilGim);

        // R5.5, R5.6: the district's decision is followed up like the province's: one task per responsible institution,
        // offered to its liaison group and to the district secretariat, which sees it in Tasklist
        assertThat(cycle).hasPassed("Task_StartFollowUps");
        List<Task> followUps = engine.getTaskService().createTaskQuery().processDefinitionKey("decisionFollowUp")
                .processInstanceBusinessKeyLike(key + "/KARAR-1/%").list();
        assertThat(followUps).hasSize(1);
        assertThat(groups(followUps.get(0))).contains("dist-" + sahinbey + "-secretariat");
        assertThat(Api.as(port, "sahinbey.sekreter", "demo").get("/engine-rest/task?processDefinitionKey=decisionFollowUp").body())
                .contains(followUps.get(0).getId());

        // R12.5: the İl GİM enters the district minutes into the platform by the end of the meeting's month
        Task platform = driver.task(key, "Task_RecordPlatformEntry");
        assertThat(groups(platform)).containsExactly("prov-27-secretariat");
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + key).body())
                .contains(platform.getId());
        assertThat(platform.getDueDate().toInstant().atZone(ZoneId.of("Europe/Istanbul")).toLocalDate()).isEqualTo(LocalDate.of(2061, 2, 28));
        driver.complete(platform, Map.of("platformEntered", true, "platformEnteredOn", "2061-02-27"));
        assertThat(cycle).isEnded();
        assertThat(meetings.platformEntries(meetings.byKey(key))).hasSize(1);

        // R10.7: the next provincial meeting's secretary sees the district's decision and problems and takes the decision on
        Meeting extraordinary = actions.callExtraordinary(27, ExtraordinaryRequester.GOVERNOR, "Mahalle kursları (R10.7 denemesi)");
        driver.runDueJobs();
        for (Task call : driver.tasks(extraordinary.getMeetingKey(), "Task_SubmitAgendaProposal")) {
            driver.complete(call, Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Olağan hizmetler."));
        }
        Task compile = driver.task(extraordinary.getMeetingKey(), "Task_CompileAgenda");
        String districtDecision = String.valueOf(decisions.ofMeeting(key).get(0).decision().getId());
        assertThat(driver.optionValues(compile, "districtFindingOptions")).contains(districtDecision);
        assertThat(engine.getTaskService().getVariable(compile.getId(), "districtFindingRows").toString())
                .contains("Mahallelerde Türkçe kursu yok.");
        driver.complete(compile, Map.of("includesPreviousDecisions", true, "includesActionPlan", true,
                "acceptedDistrictFindings", List.of(districtDecision)));
        assertThat(meetings.agenda(meetings.byKey(extraordinary.getMeetingKey())))
                .anyMatch(i -> i.getSource() == AgendaItem.Source.DISTRICT_FINDING && i.getTitle().startsWith("Şahinbey İlçe GKK 2061/1: KARAR-1"));
    }

    @Test
    void theIlGimEntersAMeetingOfTheTwentiethByTheMonthsEndWhileTheDistributionRunsByMail() {
        long sahinbey = district(27, "Şahinbey");
        planner.plan(27, 2062);
        String key = "27-ilce-" + sahinbey + "-2062-1";
        ProcessInstance cycle = instance(key);
        driver.at("2062-01-10T09:00:00");
        driver.complete(driver.task(key, "Task_CompileAgenda"), Map.of("includesPreviousDecisions", true));
        driver.complete(driver.task(key, "Task_SetMeetingDate"), Map.of("meetingDateChoice", "2062-02-20", "meetingTime", "10:00",
                "meetingPlace", "Şahinbey Kaymakamlığı"));
        driver.runDueJobs();
        driver.at("2062-02-20T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of());
        driver.complete(driver.task(key, "Task_RecordDecision"), Map.of("decisionAction", "none"));
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Okul kayıtları."));
        driver.signMinutes(key);

        // R12.4, R12.5: once approved, distribution (15 days: 7 March) and the İl GİM's platform entry (the month's
        // last day, 28 February) run side by side — the entry does not wait for the distribution
        Task platform = driver.task(key, "Task_RecordPlatformEntry");
        Task distribution = driver.task(key, "Task_DistributeMinutes");
        assertThat(groups(platform)).containsExactly("prov-27-secretariat");
        assertThat(platform.getDueDate().toInstant().atZone(ZoneId.of("Europe/Istanbul")).toLocalDate()).isEqualTo(LocalDate.of(2062, 2, 28));
        assertThat(distribution.getDueDate().toInstant().atZone(ZoneId.of("Europe/Istanbul")).toLocalDate()).isEqualTo(LocalDate.of(2062, 3, 7));
        // the approved Ek-1 goes by mail to the district's institutions and, as a copy, to the İl GİM
        assertThat(distributionLog.log(meetings.byKey(key))).extracting(MinutesDistribution.DeliveryRow::institution)
                .contains("Gaziantep İl Göç İdaresi Müdürlüğü").anyMatch(i -> i.startsWith("Şahinbey"));
        driver.at("2062-02-27T10:00:00");
        driver.complete(platform, Map.of("platformEntered", true, "platformEnteredOn", "2062-02-27"));
        assertThat(cycle).isNotEnded();
        driver.at("2062-03-02T10:00:00");
        driver.complete(driver.task(key, "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-27-ILCE-2062-1", "sentOn", "2062-03-02"));
        assertThat(cycle).isEnded().hasPassed("Task_StartFollowUps", "Gateway_Closed");
    }

    @Test
    void aMeetingNotHeldInItsWindowIsDueByTheLateDeadlineAndTheProvinceIsTold() {
        long ipsala = district(22, "İpsala");
        long merkez = district(22, "Merkez");
        long havsa = district(22, "Havsa");
        List<String> keys = planner.plan(22, 2063).stream().map(Meeting::getMeetingKey).toList();
        // R8.1: Edirne Merkez (4,100) and the border district İpsala (320); Havsa (150) is left to the Kaymakam (R8.2)
        assertThat(keys).contains("22-ilce-" + merkez + "-2063-1", "22-ilce-" + ipsala + "-2063-1", "22-ilce-" + ipsala + "-2063-2")
                .noneMatch(k -> k.startsWith("22-ilce-" + havsa + "-"));
        String key = "22-ilce-" + ipsala + "-2063-1";
        ProcessInstance cycle = instance(key);
        driver.at("2063-01-20T09:00:00");
        driver.complete(driver.task(key, "Task_CompileAgenda"), Map.of("includesPreviousDecisions", true));

        // the window ends without a meeting: the province (İl GİM, Valilik) and the district are told (R8.3)
        driver.at("2063-03-31T19:00:00");
        assertThat(cycle).hasPassed("Task_EscalateWindowMissed");
        List<Notice> late = notices.about(key).stream().filter(n -> n.getKind().equals("DISTRICT_MEETING_LATE")).toList();
        assertThat(late).extracting(Notice::getRecipientGroup)
                .contains("prov-22-secretariat", "prov-22-chair", "dist-" + ipsala + "-secretariat");
        assertThat(late.get(0).getBody()).contains("30.04.2063").contains("md. 8/3");
        Task schedule = driver.task(key, "Task_SetMeetingDate");
        assertThat(schedule.getDueDate().toInstant().atZone(ZoneId.of("Europe/Istanbul")).toLocalDate()).isEqualTo(LocalDate.of(2063, 4, 30));

        // still possible up to the late deadline, with the R8.3 warning; not after it
        assertThatThrownBy(() -> driver.complete(schedule, Map.of("meetingDateChoice", "2063-05-03", "meetingTime", "10:00",
                "meetingPlace", "İpsala Kaymakamlığı"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("R8.3");
        driver.complete(schedule, Map.of("meetingDateChoice", "2063-04-17", "meetingTime", "10:00", "meetingPlace", "İpsala Kaymakamlığı"));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
                .variableName("meetingWarnings").singleResult().getValue().toString()).contains("R8.3");
        driver.runDueJobs();

        driver.at("2063-04-17T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of());
        driver.complete(driver.task(key, "Task_RecordDecision"), Map.of("decisionAction", "none"));
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Sınır kapısındaki geçişler."));
        // R12.2, R12.4: two days (policy) before the distribution deadline, whoever has not signed is reminded and the
        // district secretariat is told
        java.time.LocalDate due = meetings.byKey(key).getMinutesDistributionDueDate();
        assertThat(notices.about(key)).noneMatch(n -> n.getKind().equals("MINUTES_SIGNATURE_REMINDER"));
        driver.at(due.minusDays(3) + "T10:00:00");
        assertThat(notices.about(key)).noneMatch(n -> n.getKind().equals("MINUTES_SIGNATURE_REMINDER"));
        driver.at(due.minusDays(2) + "T10:00:00");
        List<String> unsigned = driver.tasks(key, "Task_SignMinutes").stream().map(Task::getAssignee).toList();
        List<Notice> reminders = notices.about(key).stream().filter(n -> n.getKind().equals("MINUTES_SIGNATURE_REMINDER")).toList();
        assertThat(reminders).extracting(Notice::getRecipientGroup).contains("dist-" + ipsala + "-secretariat");
        assertThat(reminders).extracting(Notice::getRecipientUser).containsAll(unsigned);
        driver.signMinutes(key);

        // 15 days pass without the distribution: the district and the İl GİM are told (R12.4, R12.5)
        driver.at("2063-05-03T09:00:00");
        assertThat(notices.about(key)).filteredOn(n -> n.getKind().equals("DISTRIBUTION_OVERDUE")).extracting(Notice::getRecipientGroup)
                .contains("dist-" + ipsala + "-secretariat", "dist-" + ipsala + "-chair", "prov-22-secretariat");
        driver.complete(driver.task(key, "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-22-ILCE-2063-9", "sentOn", "2063-05-03"));
        driver.complete(driver.task(key, "Task_RecordPlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", "2063-05-03"));
        assertThat(cycle).isEnded();
    }

    @Test
    void aSmallDistrictMeetsAtTheKaymakamsDiscretionAndIsReportedWhenNotHeld() {
        driver.at("2065-03-02T10:00:00");
        long yavuzeli = district(27, "Yavuzeli");
        long sahinbey = district(27, "Şahinbey");
        String path = "/api/districts/" + yavuzeli + "/meetings";

        Api.Response forbidden = Api.as(port, "gaziantep.milli-egitim.asil", "demo").post(path, Map.of("reason", "Deneme"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.message()).contains("md. 8/2");
        // R8.2 "Kaymakamın takdirine bağlı olarak": the Kaymakam's act, not the İl GİM's nor an administrator's
        assertThat(Api.as(port, "gaziantep.sekreter", "demo").post(path, Map.of("reason", "Deneme")).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin", "admin").post(path, Map.of("reason", "Deneme")).status()).isEqualTo(403);
        Api kaymakam = Api.as(port, "yavuzeli.kaymakam", "demo");
        Api.Response blank = kaymakam.post(path, Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Gerekçe zorunludur.");
        assertThat(kaymakam.post("/api/districts/99999999/meetings", Map.of("reason", "Deneme")).status()).isEqualTo(404);

        Api.Response called = kaymakam.post(path, Map.of("reason", "Mevsimlik tarım işçilerinin barınma sorunu"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        String key = called.json().path("meetingKey").asText();
        assertThat(key).isEqualTo("27-ilce-" + yavuzeli + "-2065-T1");
        assertThat(called.json().path("kind").asText()).isEqualTo("DISCRETIONARY");
        assertThat(called.json().path("districtId").asLong()).isEqualTo(yavuzeli);

        // a second call while this one runs, and a call for a district that meets regularly anyway, are refused
        Api.Response again = kaymakam.post(path, Map.of("reason", "Tekrar"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message()).contains("yürüyen bir toplantı dönemi var");
        Api.Response regular = Api.as(port, "sahinbey.kaymakam", "demo").post("/api/districts/" + sahinbey + "/meetings", Map.of("reason", "Deneme"));
        assertThat(regular.status()).isEqualTo(400);
        assertThat(regular.message()).contains("md. 8/1").contains("md. 8/2");
        assertThat(kaymakam.get(path).json()).anyMatch(m -> m.path("meetingKey").asText().equals(key));

        // the call window (60 days, policy) passes without a meeting: recorded as not held, the province is told
        ProcessInstance cycle = instance(key);
        driver.at("2065-05-02T09:00:00");
        assertThat(cycle).hasPassed("Task_RecordNotHeld").isEnded();
        assertThat(meetings.byKey(key).getStatus()).isEqualTo(MeetingStatus.NOT_HELD);
        assertThat(notices.about(key)).filteredOn(n -> n.getKind().equals("DISTRICT_MEETING_NOT_HELD")).extracting(Notice::getRecipientGroup)
                .contains("prov-27-secretariat", "prov-27-chair", "dist-" + yavuzeli + "-chair");
    }

    @Test
    void anExtraordinaryDistrictMeetingStartsTheCycleByItsMessage() {
        driver.at("2067-03-01T10:00:00");
        long havsa = district(22, "Havsa");
        Meeting meeting = actions.callDistrictExtraordinary(havsa, ExtraordinaryRequester.PRESIDENCY, "Başkanlığın isteği (md. 8/4)");
        assertThat(meeting.getMeetingKey()).isEqualTo("22-ilce-" + havsa + "-2067-E1");
        assertThat(meeting.getKind()).isEqualTo(MeetingKind.EXTRAORDINARY);
        ProcessInstance cycle = instance(meeting.getMeetingKey());
        assertThat(cycle).hasPassed("StartEvent_DistrictExtraordinaryRequested");
        assertThat(cycle).hasVariables("extraordinaryRequestedBy", "extraordinaryReason");
        driver.runDueJobs();
        assertThat(driver.task(meeting.getMeetingKey(), "Task_CompileAgenda")).isNotNull();
        Api.Response whileRunning = Api.as(port, "havsa.kaymakam", "demo").post("/api/districts/" + havsa + "/meetings",
                Map.of("reason", "Takdire bağlı toplantı"));
        assertThat(whileRunning.status()).as(whileRunning.toString()).isEqualTo(400);
        assertThat(whileRunning.message()).contains("yürüyen bir toplantı dönemi var");
    }

    private long district(int plate, String name) {
        return provinces.findDistrict(plate, name).orElseThrow().getId();
    }

    private long districtOfInstitution(String institutionId) {
        Long district = institutions.institution(Long.parseLong(institutionId)).getDistrictId();
        return district == null ? -1 : district;
    }

    private List<String> groups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private ProcessInstance instance(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("districtBoardCycle")
                .processInstanceBusinessKey(key).singleResult();
    }

    private static Map<String, Object> decisionValues(String institution, boolean more) {
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Mahallelerde Türkçe kursu açılacak.");
        values.put("decisionJustification", "Hane ziyaretlerinde dil engeli görüldü.");
        values.put("decisionAim", "Yetişkinlerin Türkçe öğrenmesi.");
        values.put("decisionDeadline", "2061-06-30");
        values.put("responsibleInstitutions", List.of(institution));
        values.put("moreDecisions", more);
        return values;
    }

}
