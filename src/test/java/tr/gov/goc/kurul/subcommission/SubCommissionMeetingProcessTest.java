package tr.gov.goc.kurul.subcommission;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import tr.gov.goc.kurul.notification.Notice;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfText;

/**
 * subCommissionMeeting as the board cycle will call it (started directly here): the İl GİM sets the day in the R6.9
 * first week (checked with the calendar), every liaison group of Gaziantep is notified (R11.4), the engine waits
 * until the meeting, the secretariat records the Ek-1/Ek-2 report (R6.7, R6.8, R5.14, R12.6, R12.7) and the
 * platform entry (R12.6). The engine clock stands at 20.02.2026; the window is 01–07.03.2026.
 */
@KurulIntegrationTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SubCommissionMeetingProcessTest {

    static final String PROCESS = "subCommissionMeeting";
    static final String BUSINESS_KEY = "27-2026-2-AK";
    static final String MEETING_KEY = "27-2026-2";
    static final String TITLE = "Gaziantep İl GKK 2026/2";
    static final String SECRETARY = "gaziantep.sekreter";
    static final ZoneId ZONE = ZoneId.systemDefault();

    /** Gaziantep's Art 4(2) institutions that send liaison officers (V2 catalogue, not "varsa" ones; demo data). */
    static final Set<String> GAZIANTEP_LIAISON_GROUPS = Set.of(
            "milli-egitim", "aile-sosyal", "sydv", "sgk", "iskur", "genclik-spor", "kultur-turizm", "saglik", "nufus",
            "sivil-toplum", "afad", "emniyet", "jandarma", "ticaret", "sanayi", "cevre", "tarim", "muftuluk",
            "goc-idaresi", "kizilay").stream().map(code -> "prov-27-liaison-" + code).collect(Collectors.toSet());

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    ManagementService managementService;
    @Autowired
    SubCommissionReports reports;
    @Autowired
    SubCommissionMeetingRepository meetingRows;
    @Autowired
    SubCommissionReportRepository reportRows;
    @Autowired
    Notices notices;
    @Autowired
    tr.gov.goc.kurul.mail.Mails mails;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        clock("2026-02-20T09:00");
    }

    @AfterEach
    void tearDown() {
        for (String id : started) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "test bitti", true, true);
            }
        }
        reportRows.findByMeetingMeetingKey(MEETING_KEY).ifPresent(reportRows::delete);
        meetingRows.findByMeetingKey(MEETING_KEY).ifPresent(meetingRows::delete);
        // other test classes count the notices of the same liaison groups
        jdbc.update("DELETE FROM notice WHERE business_key = ?", BUSINESS_KEY);
        TestClock.reset();
        BpmnAwareTests.reset();
    }

    // ---------------------------------------------------------------- paths

    @Test
    void happyPathFromTheDayToThePlatformEntry() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ScheduleMeeting");
        Task schedule = task(pi);
        assertThat(schedule.getName()).isEqualTo("Alt komisyon toplantı gününü belirle — " + TITLE);
        assertThat(schedule).hasCandidateGroup("prov-27-secretariat");
        // the day must be set while the 3-day notice is still possible for the window's last working day (06.03.)
        assertThat(schedule.getDueDate()).isEqualTo(at("2026-03-03T17:30"));
        assertThat(formService.getTaskFormData(schedule.getId()).getCamundaFormRef().getKey()).isEqualTo("subcommission-schedule");
        // the earliest valid day of the first week is proposed (01.03. is a Sunday)
        assertThat(runtimeService.getVariable(pi.getId(), "proposedDate")).isEqualTo("2026-03-02");
        assertThat(runtimeService.getVariable(pi.getId(), "meetingDate")).isEqualTo("2026-03-02");

        taskService.complete(schedule.getId(), scheduleInput("2026-03-03", "10:00", "Gaziantep Valiliği Toplantı Salonu"));
        assertThat(pi).isWaitingAt("Task_NotifyMembers");
        assertThat(runtimeService.getVariables(pi.getId()))
                .containsEntry("meetingStartsAt", "2026-03-03T10:00:00")
                .containsEntry("noticeDueDate", "2026-02-27")
                .containsEntry("platformEntryDueDate", "2026-03-31");

        executeJob(pi);
        assertThat(pi).isWaitingAt("Timer_UntilMeetingDay");
        clock("2026-03-03T10:00");
        executeJob(pi);

        assertThat(pi).isWaitingAt("Task_RecordMeeting");
        Task record = task(pi);
        assertThat(record.getName()).isEqualTo("Alt komisyon toplantısını kaydet — " + TITLE);
        assertThat(record).hasCandidateGroup("prov-27-secretariat");
        assertThat(runtimeService.getVariable(pi.getId(), "chairedBy")).isEqualTo("Deniz Aktaş, Uyum Çalışma Grubu Başkanı");
        taskService.complete(record.getId(), recordInput(List.of("milli-egitim:asil", "saglik:yedek", "iskur:asil")));

        assertThat(pi).isWaitingAt("Task_PlatformEntry");
        Task platform = task(pi);
        assertThat(platform.getName()).isEqualTo("Platform girişi — alt komisyon " + TITLE);
        assertThat(platform.getDueDate()).isEqualTo(at("2026-03-31T17:30")); // R12.6: last working day of March
        assertThat(formService.getTaskFormData(platform.getId()).getCamundaFormRef().getKey()).isEqualTo("platform-entry");
        clock("2026-03-10T14:00");
        taskService.complete(platform.getId(), platformInput(true, "2026-03-10"));
        assertThat(pi).isEnded().hasPassedInOrder("Task_ScheduleMeeting", "Task_NotifyMembers", "Timer_UntilMeetingDay",
                "Task_RecordMeeting", "Task_PlatformEntry", "EndEvent_ReportReady");
        assertThat(reports.forMeeting(MEETING_KEY)).get().satisfies(view -> assertThat(view.enteredInPlatform()).isTrue());
    }

    @Test
    void aDateOutsideTheFirstWeekOnAWeekendOrTooLateForTheNoticeKeepsTheTaskOpen() {
        ProcessInstance pi = start();
        Task schedule = task(pi);

        assertRefused(schedule, scheduleInput("2026-03-10", "10:00", "Valilik"), "aralığının dışında", "R6.9");
        assertRefused(schedule, scheduleInput("2026-03-07", "10:00", "Valilik"), "çalışma günü değil", "Cumartesi");
        assertRefused(schedule, scheduleInput("2026-03-03", "25:00", "Valilik"), "SS:DD");
        assertRefused(schedule, scheduleInput("2026-03-03", "19:00", "Valilik"), "08:00 ile 17:00");
        assertRefused(schedule, scheduleInput("2026-03-03", "10:00", " "), "Toplantı yeri zorunludur");
        assertRefused(schedule, scheduleInput("2026-03-03", "10:00", "Salon \uD83D\uDE00"), "emoji");

        // on 01.03. the 3-day notice for 03.03. (due 27.02.) can no longer be given (R11.4)
        clock("2026-03-01T09:00");
        assertRefused(schedule, scheduleInput("2026-03-03", "10:00", "Valilik"), "en az 3 gün önce", "R11.4");

        // the secretary sees the same Turkish message through the REST API Tasklist uses
        Api.Response answer = Api.as(port, SECRETARY, "demo").post("/engine-rest/task/" + schedule.getId() + "/submit-form",
                restVariables(Map.of("meetingDate", "2026-03-03", "meetingTime", "10:00", "meetingPlace", "Valilik")));
        assertThat(answer.status()).isNotEqualTo(204);
        assertThat(answer.body()).contains("en az 3 gün önce bildirim yapılmalıdır");

        assertThat(pi).isWaitingAt("Task_ScheduleMeeting");
        assertThat(task(pi).getId()).isEqualTo(schedule.getId());
        assertThat(meetingRows.findByMeetingKey(MEETING_KEY)).isEmpty();

        // a later day of the window is still possible
        taskService.complete(schedule.getId(), scheduleInput("2026-03-05", "09:30", "Valilik"));
        assertThat(pi).isWaitingAt("Task_NotifyMembers");
    }

    @Test
    void everyLiaisonGroupOfTheProvinceIsNotifiedWithDateTimeAndPlace() {
        ProcessInstance pi = scheduled("2026-03-03", "10:00", "Gaziantep Valiliği Toplantı Salonu");
        int before = notices.about(BUSINESS_KEY).size();
        int mailsBefore = mails.about(BUSINESS_KEY, "SUB_COMMISSION_NOTICE").size();
        executeJob(pi);

        // each group's people get the notice by mail with an invitation at 10:00 Türkiye time (R11.4)
        var mailed = mails.about(BUSINESS_KEY, "SUB_COMMISSION_NOTICE");
        mailed = mailed.subList(mailsBefore, mailed.size());
        assertThat(mailed).hasSize(20).allSatisfy(m -> assertThat(m.getCalendar())
                .contains("METHOD:REQUEST").contains("DTSTART;TZID=Europe/Istanbul:20260303T100000"));
        assertThat(mailed).anySatisfy(m -> assertThat(m.getRecipients())
                .contains("gaziantep.kizilay.asil@kurul.example", "gaziantep.kizilay.yedek@kurul.example"));

        List<Notice> sent = notices.about(BUSINESS_KEY).subList(before, notices.about(BUSINESS_KEY).size());
        assertThat(sent).hasSize(20);
        assertThat(sent).extracting(Notice::getRecipientGroup).containsExactlyInAnyOrderElementsOf(GAZIANTEP_LIAISON_GROUPS);
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.getSubject()).contains("03.03.2026").contains("10:00");
            assertThat(n.getBody()).contains("03.03.2026 Salı").contains("10:00").contains("Gaziantep Valiliği Toplantı Salonu");
        });
        assertThat(runtimeService.getVariable(pi.getId(), "noticeCount")).isEqualTo(20);
        assertThat(meetingRows.findByMeetingKey(MEETING_KEY).orElseThrow().getNoticeCount()).isEqualTo(20);

        // a liaison officer reads it among their notices
        Api.Response mine = Api.as(port, "gaziantep.kizilay.yedek", "demo").get("/api/notices");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(mine.json().spliterator(), false)
                .anyMatch(n -> n.path("businessKey").asText().equals(BUSINESS_KEY)
                        && n.path("body").asText().contains("Gaziantep Valiliği Toplantı Salonu"))).isTrue();
    }

    @Test
    void theEngineWaitsUntilTheMeetingStarts() {
        ProcessInstance pi = scheduled("2026-03-04", "14:00", "Valilik");
        executeJob(pi);
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(at("2026-03-04T14:00"));

        clock("2026-03-04T13:59");
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
        assertThat(pi).isWaitingAt("Timer_UntilMeetingDay");
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

        clock("2026-03-04T14:00");
        executeJob(pi);
        assertThat(pi).isWaitingAt("Task_RecordMeeting");
    }

    @Test
    void theRecordIsCheckedBeforeItIsStored() {
        ProcessInstance pi = atRecordTask();
        Task record = task(pi);

        Map<String, Object> nobody = recordInput(List.of());
        assertRefused(record, nobody, "En az bir katılımcı");

        Map<String, Object> stranger = recordInput(List.of("milli-egitim:asil", "edirne-valiligi"));
        assertRefused(record, stranger, "Katılımcı listesinde olmayan seçim: edirne-valiligi");

        Map<String, Object> silent = recordInput(List.of("milli-egitim:asil"));
        silent.remove("findingEducation");
        silent.remove("findingHealth");
        assertRefused(record, silent, "En az bir tematik alanda bulgu yazın");

        Map<String, Object> contradictory = recordInput(List.of("milli-egitim:asil"));
        contradictory.put("noFindings", true);
        assertRefused(record, contradictory, "bulgu yok\" işaretli");

        Map<String, Object> tooLong = recordInput(List.of("milli-egitim:asil"));
        tooLong.put("findingHealth", "a".repeat(2001));
        assertRefused(record, tooLong, "Bulgu (Sağlık) en fazla 2000 karakter");
        tooLong.put("findingHealth", "a".repeat(2000));
        tooLong.put("proposals", "ö".repeat(3001));
        assertRefused(record, tooLong, "Çözüm önerileri en fazla 3000 karakter");

        Map<String, Object> emoji = recordInput(List.of("milli-egitim:asil"));
        emoji.put("problems", "Sorun \uD83D\uDE1F");
        assertRefused(record, emoji, "Tespit edilen sorunlar emoji");

        Map<String, Object> noMonitoring = recordInput(List.of("milli-egitim:asil"));
        noMonitoring.put("actionPlanMonitoring", "");
        noMonitoring.put("chairedBy", "");
        assertRefused(record, noMonitoring, "Eylem planının izlenmesi zorunludur", "Toplantıyı yöneten");

        assertThat(task(pi).getId()).isEqualTo(record.getId());
        assertThat(reports.forMeeting(MEETING_KEY)).isEmpty();

        // "no findings" said explicitly is a valid record; a java.util.List of attendees is accepted too
        Map<String, Object> none = recordInput(List.of("sgk:asil"));
        ThematicAreaValues.clear(none);
        none.put("noFindings", true);
        none.put("attendees", new ArrayList<>(List.of("sgk:asil", "sgk:yedek")));
        taskService.complete(record.getId(), none);
        assertThat(pi).isWaitingAt("Task_PlatformEntry");
        SubCommissionReportView view = reports.forMeeting(MEETING_KEY).orElseThrow();
        assertThat(view.noFindings()).isTrue();
        assertThat(view.findings()).isEmpty();
        assertThat(view.participantCount()).isEqualTo(2);
    }

    @Test
    void theReportIsAvailableToTheBoardCycle() {
        assertThat(reports.forMeeting(MEETING_KEY)).isEmpty();
        ProcessInstance pi = atRecordTask();
        taskService.complete(task(pi).getId(), recordInput(List.of("milli-egitim:asil", "milli-egitim:yedek", "saglik:asil")));

        SubCommissionReportView view = reports.forMeeting(MEETING_KEY).orElseThrow();
        assertThat(view.category()).isEqualTo("Alt Komisyon Toplantısı");
        assertThat(view.title()).isEqualTo(TITLE);
        assertThat(view.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(view.time()).isEqualTo("10:00");
        assertThat(view.place()).isEqualTo("Gaziantep Valiliği Toplantı Salonu");
        assertThat(view.chairedBy()).isEqualTo("Deniz Aktaş, Uyum Çalışma Grubu Başkanı");
        assertThat(view.findings()).containsOnlyKeys(ThematicArea.EDUCATION, ThematicArea.HEALTH)
                .containsEntry(ThematicArea.EDUCATION, "Okul kayıtlarında dil desteği ihtiyacı sürüyor.");
        assertThat(view.problems()).isEqualTo("Tercüman sayısı yetersiz.");
        assertThat(view.proposals()).isEqualTo("Gönüllü tercüman havuzu kurulması.");
        assertThat(view.actionPlanMonitoring()).isEqualTo("Eylem planının 2. ve 5. faaliyetleri takvimde.");
        assertThat(view.topics()).isEqualTo("Eğitim ve sağlık hizmetlerine erişim");
        assertThat(view.enteredInPlatform()).isFalse();

        // Ek-2: every liaison officer of every member institution, with whether they came (R12.7)
        assertThat(view.attendees()).hasSize(40);
        assertThat(view.participantCount()).isEqualTo(3);
        assertThat(view.presentInstitutions()).containsExactly("Gaziantep İl Milli Eğitim Müdürlüğü", "Gaziantep İl Sağlık Müdürlüğü");
        SubCommissionReportView.Attendee principal = view.attendees().get(0);
        assertThat(principal.institution()).isEqualTo("Gaziantep İl Milli Eğitim Müdürlüğü");
        assertThat(principal.role()).isEqualTo("asil");
        assertThat(principal.personTitle()).isEqualTo("Şube Müdürü");
        assertThat(principal.personName()).isNotBlank();
        assertThat(principal.present()).isTrue();
        assertThat(view.attendees()).filteredOn(a -> a.institution().contains("Sosyal Güvenlik")).noneMatch(SubCommissionReportView.Attendee::present);
    }

    @Test
    void theDeployedRecordFormTakesItsChecklistFromAVariableAndTheServerAcceptsTheListTasklistSends() throws Exception {
        ProcessInstance pi = atRecordTask();
        Task record = task(pi);
        JsonNode form;
        try (InputStream in = formService.getDeployedTaskForm(record.getId())) {
            form = JSON.readTree(in);
        }
        assertThat(form.path("id").asText()).isEqualTo("subcommission-record");
        JsonNode checklist = StreamSupport.stream(form.path("components").spliterator(), false)
                .filter(c -> c.path("key").asText().equals("attendees")).findFirst().orElseThrow();
        assertThat(checklist.path("type").asText()).isEqualTo("checklist");
        assertThat(checklist.path("valuesKey").asText()).isEqualTo("liaisonOptions");

        // the options are a JSON list of {label, value}, as form-js reads them
        TypedValue options = runtimeService.getVariableTyped(pi.getId(), "liaisonOptions");
        assertThat(options.getType().getName()).isEqualTo("json");
        SpinJsonNode list = (SpinJsonNode) options.getValue();
        assertThat(list.elements()).hasSize(40);
        assertThat(list.elements().get(0).prop("value").stringValue()).isEqualTo("milli-egitim:asil");
        assertThat(list.elements().get(0).prop("label").stringValue()).startsWith("Gaziantep İl Milli Eğitim Müdürlüğü — ").endsWith("(asil)");

        // Tasklist submits the checklist as a JSON variable of the options' type
        Map<String, Object> variables = new HashMap<>();
        recordInput(List.of()).forEach((k, v) -> {
            if (!k.equals("attendees")) {
                variables.put(k, Map.of("value", v));
            }
        });
        variables.put("attendees", Map.of("type", "Json", "value", "[\"afad:asil\",\"afad:yedek\",\"kizilay:asil\"]"));
        Api.Response answer = Api.as(port, SECRETARY, "demo").post("/engine-rest/task/" + record.getId() + "/submit-form",
                Map.of("variables", variables));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
        assertThat(reports.forMeeting(MEETING_KEY).orElseThrow().participantCount()).isEqualTo(3);
        assertThat(pi).isWaitingAt("Task_PlatformEntry");
    }

    @Test
    void thePlatformEntryRecordsWhoEnteredItAndWhen() {
        ProcessInstance pi = atRecordTask();
        taskService.complete(task(pi).getId(), recordInput(List.of("milli-egitim:asil")));
        Task platform = task(pi);
        clock("2026-03-12T11:15");

        assertRefused(platform, platformInput(false, "2026-03-12"), "platforma girilmeden");
        assertRefused(platform, platformInput(true, "2026-03-13"), "ileri bir tarih olamaz");
        assertRefused(platform, platformInput(true, "2026-03-02"), "toplantı tarihinden (03.03.2026) önce");

        Api.Response answer = Api.as(port, SECRETARY, "demo").post("/engine-rest/task/" + platform.getId() + "/submit-form",
                restVariables(Map.of("platformEntered", true, "platformEnteredOn", "2026-03-12", "platformNote", "Giriş tamam.")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);

        assertThat(pi).isEnded();
        SubCommissionReportView view = reports.forMeeting(MEETING_KEY).orElseThrow();
        assertThat(view.platformEnteredBy()).isEqualTo(SECRETARY);
        assertThat(view.platformEnteredOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(view.platformRecordedAt()).isEqualTo(at("2026-03-12T11:15").toInstant());
    }

    @Test
    void aLiaisonOfficerCannotSeeOrCompleteTheSecretariatsTasks() {
        ProcessInstance pi = start();
        String taskId = task(pi).getId();

        Api officer = Api.as(port, "gaziantep.milli-egitim.asil", "demo");
        assertThat(ids(officer.get("/engine-rest/task"))).doesNotContain(taskId);
        assertThat(officer.get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(officer.get("/engine-rest/task/" + taskId + "/variables").status()).isIn(403, 404);
        assertThat(officer.post("/engine-rest/task/" + taskId + "/submit-form",
                restVariables(Map.of("meetingDate", "2026-03-03", "meetingTime", "10:00", "meetingPlace", "X"))).status()).isIn(403, 404);
        assertThat(ids(officer.get("/api/tasks"))).doesNotContain(taskId);
        assertThat(officer.post("/api/tasks/" + taskId + "/complete", Map.of()).status()).isEqualTo(404);
        assertThat(ids(Api.as(port, "edirne.sekreter", "demo").get("/engine-rest/task"))).doesNotContain(taskId);

        assertThat(ids(Api.as(port, SECRETARY, "demo").get("/engine-rest/task"))).contains(taskId);
        assertThat(ids(Api.as(port, "gaziantep.sekreter2", "demo").get("/api/tasks"))).contains(taskId);
        assertThat(pi).isWaitingAt("Task_ScheduleMeeting");
    }

    // ---------------------------------------------------------------- helpers

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("plateCode", 27);
        variables.put("meetingKey", MEETING_KEY);
        variables.put("meetingTitle", TITLE);
        variables.put("windowStart", "2026-03-01");
        variables.put("windowEnd", "2026-03-07");
        variables.put("plannedOn", "2026-01-05");
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, BUSINESS_KEY, variables);
        started.add(pi.getId());
        assertThat(pi.getTenantId()).isEqualTo("prov-27");
        return pi;
    }

    @Test
    void theSubCommissionsEk1AndEk2ArePrintedFromItsRecordWithTheOtherParticipants() {
        ProcessInstance pi = atRecordTask();
        Task record = task(pi);
        Api secretary = Api.as(port, SECRETARY, "demo");
        assertThat(secretary.document("/api/sub-commissions/" + MEETING_KEY + "/minutes.pdf").status()).isEqualTo(404);

        // R12.7: a line without a name or with letters in the phone is refused beside the field, nothing is stored
        Map<String, Object> nameless = recordInput(List.of("milli-egitim:asil"));
        nameless.put("otherParticipants", "Ayşe Demir; Sosyal Çalışmacı\n; Topluluk temsilcisi");
        assertRefused(record, nameless, "2. satır: ad soyad yazılmalıdır");
        Map<String, Object> badPhone = recordInput(List.of("milli-egitim:asil"));
        badPhone.put("otherParticipants", "Ayşe Demir; Sosyal Çalışmacı; İl Göç İdaresi; bir iki üç");
        assertRefused(record, badPhone, "1. satır: telefon yalnızca rakam");
        assertThat(reports.forMeeting(MEETING_KEY)).isEmpty();

        Map<String, Object> input = recordInput(List.of("milli-egitim:asil", "saglik:asil"));
        input.put("otherParticipants", "Ayşe Demir; Sosyal Çalışmacı; Gaziantep İl Göç İdaresi Müdürlüğü; 0342 123 45 67\n"
                + "\n  Hasan Halep; Topluluk temsilcisi; ; 0532 000 11 22  \n");
        taskService.complete(record.getId(), input);
        SubCommissionReportView view = reports.forMeeting(MEETING_KEY).orElseThrow();
        assertThat(view.participantCount()).isEqualTo(4);
        assertThat(view.otherAttendees()).extracting(SubCommissionReportView.OtherAttendee::personName)
                .containsExactly("Ayşe Demir", "Hasan Halep");
        SubCommissionReportView.Attendee education = view.attendees().get(0);
        assertThat(education.phone()).isNotBlank();

        // the platform entry task links both forms
        Task platform = task(pi);
        assertThat(taskService.getVariable(platform.getId(), "subCommissionMinutesPdfUrl"))
                .isEqualTo("/api/sub-commissions/" + MEETING_KEY + "/minutes.pdf");

        Api.Document ek1 = secretary.document("/api/sub-commissions/" + MEETING_KEY + "/minutes.pdf");
        assertThat(ek1.status()).isEqualTo(200);
        assertThat(ek1.contentType()).startsWith("application/pdf");
        String minutes = PdfText.of(ek1.body());
        assertThat(minutes).contains("☒ Alt Komisyon Toplantısı", "☐ İl Göç Koordinasyon Kurulu", "GAZİANTEP VALİLİĞİ",
                "Deniz Aktaş, Uyum Çalışma Grubu Başkanı", "Eğitim Okul kayıtlarında dil desteği ihtiyacı sürüyor.",
                "Tercüman sayısı yetersiz.", "Gönüllü tercüman havuzu kurulması.", "Eylem planının 2. ve 5. faaliyetleri takvimde.",
                "Katılımcı Sayısı 4", "03.03.2026 Salı saat 10:00");

        Api.Document ek2 = secretary.document("/api/sub-commissions/" + MEETING_KEY + "/participants.pdf");
        assertThat(ek2.status()).isEqualTo(200);
        String participants = PdfText.of(ek2.body());
        assertThat(participants).contains("KATILIMCI LİSTESİ", "İmza", education.personName(), education.phone(),
                "Ayşe Demir", "Sosyal Çalışmacı", "0342 123 45 67", "Hasan Halep", "0532 000 11 22");
        SubCommissionReportView.Attendee absent = view.attendees().stream().filter(a -> !a.present() && a.personName() != null)
                .findFirst().orElseThrow();
        assertThat(participants).doesNotContain(absent.personName());

        // KVKK: a liaison officer of the province reads the list without anybody's phone
        String withoutPhones = PdfText.of(Api.as(port, "gaziantep.milli-egitim.asil", "demo")
                .document("/api/sub-commissions/" + MEETING_KEY + "/participants.pdf").body());
        assertThat(withoutPhones).contains("Ayşe Demir", education.personName()).doesNotContain("0342 123 45 67", education.phone());

        // users of another province do not read Gaziantep's forms
        assertThat(Api.as(port, "edirne.sekreter", "demo").document("/api/sub-commissions/" + MEETING_KEY + "/participants.pdf")
                .status()).isEqualTo(403);
    }

    private ProcessInstance scheduled(String date, String time, String place) {
        ProcessInstance pi = start();
        taskService.complete(task(pi).getId(), scheduleInput(date, time, place));
        return pi;
    }

    private ProcessInstance atRecordTask() {
        ProcessInstance pi = scheduled("2026-03-03", "10:00", "Gaziantep Valiliği Toplantı Salonu");
        executeJob(pi);
        clock("2026-03-03T10:00");
        executeJob(pi);
        assertThat(pi).isWaitingAt("Task_RecordMeeting");
        return pi;
    }

    private Task task(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void executeJob(ProcessInstance pi) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
        assertThat(job).as("an executable job").isNotNull();
        managementService.executeJob(job.getId());
    }

    private void assertRefused(Task task, Map<String, Object> variables, String... messageParts) {
        assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
                .satisfies(e -> {
                    for (String part : messageParts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
    }

    private static Map<String, Object> scheduleInput(String date, String time, String place) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingDate", date);
        variables.put("meetingTime", time);
        variables.put("meetingPlace", place);
        return variables;
    }

    private static Map<String, Object> recordInput(List<String> attendees) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("attendees", SpinValues.jsonValue(toJson(attendees)).create());
        variables.put("chairedBy", "Deniz Aktaş, Uyum Çalışma Grubu Başkanı");
        variables.put("topicsDiscussed", "Eğitim ve sağlık hizmetlerine erişim");
        variables.put("noFindings", false);
        variables.put("findingEducation", "Okul kayıtlarında dil desteği ihtiyacı sürüyor.");
        variables.put("findingHealth", "Aşı takviminde aksama yok.");
        variables.put("problems", "Tercüman sayısı yetersiz.");
        variables.put("proposals", "Gönüllü tercüman havuzu kurulması.");
        variables.put("actionPlanMonitoring", "Eylem planının 2. ve 5. faaliyetleri takvimde.");
        return variables;
    }

    private static Map<String, Object> platformInput(boolean entered, String on) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("platformEntered", entered);
        variables.put("platformEnteredOn", on);
        return variables;
    }

    private static Map<String, Object> restVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return Map.of("variables", variables);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    private static void clock(String localDateTime) {
        ClockUtil.setCurrentTime(at(localDateTime));
    }

    private static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    /** Clears the finding fields of a record input. */
    private static final class ThematicAreaValues {
        static void clear(Map<String, Object> variables) {
            for (ThematicArea area : ThematicArea.values()) {
                variables.remove(area.variable());
            }
        }
    }
}
