package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesSignature;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

/**
 * On the real MariaDB, a whole Edirne quarter through Camunda's REST API as the real users would do it: the
 * administrator plans the year, the secretariat runs the sub-commission, every liaison officer answers the agenda
 * call with their own login, the chair's office sets the date, the Vali signs, the responsible institution reports.
 * Only time is moved by the test (the engine clock and its due jobs).
 */
@MariaDbIntegrationTest
class QuarterThroughRestMariaDbTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "22-2028-2";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;

    @AfterEach
    void resetClock() {
        CycleDriver.reset();
    }

    @Test
    void aQuarterIsCarriedFromPlanToFollowUpByItsUsers() throws Exception {
        CycleDriver driver = new CycleDriver(engine);
        // planned today, before time moves on (moving it past 1 December also runs the yearly planning timer)
        Api.Response planned = Api.as(port, "admin", "admin").post("/api/planning/2028?province=22", "");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        // R7.2: below 10,000, January and July. The yearly planning timer may have planned 2028 already (another test
        // of this JVM lived through 1 December 2027); planning again adds nothing, so the meetings are checked.
        assertThat(meetings.ofProvince(22).stream().filter(m -> m.getYear() == 2028 && !m.isDistrict()
                && m.getKind() == MeetingKind.ORDINARY).map(Meeting::getMeetingKey)).containsExactlyInAnyOrder("22-2028-1", "22-2028-2");

        // June, first week: the sub-commission (İl GİM)
        driver.at("2028-06-01T09:00:00");
        Api secretary = Api.as(port, "edirne.sekreter", "demo");
        complete(secretary, driver.task(KEY + "-AK", "Task_ScheduleMeeting"),
                Map.of("meetingDate", "2028-06-06", "meetingTime", "10:00", "meetingPlace", "Edirne İl Göç İdaresi Müdürlüğü"));
        driver.runDueJobs();
        driver.at("2028-06-06T11:00:00");
        Task record = driver.task(KEY + "-AK", "Task_RecordMeeting");
        complete(secretary, record, Map.of("attendees", json(List.of(driver.optionValues(record, "liaisonOptions").get(0))),
                "chairedBy", "Pınar Esen", "findingHealth", "Aşı takibinde dil sorunu.", "actionPlanMonitoring", "Takvimde."));
        complete(secretary, driver.task(KEY + "-AK", "Task_PlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", "2028-06-06"));

        // the agenda call: each liaison officer answers with their own login (principal or substitute)
        driver.at("2028-06-07T09:00:00");
        List<Task> calls = driver.tasks(KEY, "Task_SubmitAgendaProposal");
        assertThat(calls).hasSizeGreaterThanOrEqualTo(20);
        boolean first = true;
        for (Task call : calls) {
            Api officer = Api.as(port, liaisonLogin(call), "demo");
            complete(officer, call, first
                    ? Map.of("hasProposal", "yes", "topic", "Sağlık hizmetlerine erişim", "category", "SOSYAL_UYUM",
                            "description", "Tercüman eksikliği.", "specialRequest", false, "riskFlag", false, "activities", "Sağlık taraması.")
                    : Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Olağan hizmetler."));
            first = false;
        }

        // R10.2: the one proposal is taken onto the agenda (a proposal set aside would need a reason)
        Task compile = driver.task(KEY, "Task_CompileAgenda");
        assertThat(driver.optionValues(compile, "proposalOptions")).hasSize(1);
        complete(secretary, compile, Map.of("includesPreviousDecisions", true, "includesSubCommissionReport", true,
                "includesActionPlan", true, "acceptedProposals", json(driver.optionValues(compile, "proposalOptions"))));
        complete(Api.as(port, "edirne.valiyardimcisi", "demo"), driver.task(KEY, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2028-07-05", "meetingTime", "10:00", "meetingPlace", "Edirne Valiliği"));
        driver.runDueJobs();
        // the Kaymakam of Edirne Merkez (4,100 foreigners) is a member (R4.2) and says he attends (R9.1)
        complete(Api.as(port, "edirnemerkez.kaymakam", "demo"), driver.task(KEY + "/katilim/edirnemerkez.kaymakam", "Task_ReplyToNotice"),
                Map.of("attendance", "ATTEND"));

        driver.at("2028-07-05T09:00:00");
        Task attendance = driver.task(KEY, "Task_RecordAttendance");
        complete(secretary, attendance, Map.of("attendedMembers", json(driver.optionValues(attendance, "memberOptions"))));
        complete(secretary, driver.task(KEY, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation", "İlk dönem."));
        Task decision = driver.task(KEY, "Task_RecordDecision");
        String institution = driver.optionValues(decision, "institutionOptions").get(1);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Sağlık merkezlerinde tercüman desteği sağlanacak.");
        values.put("decisionJustification", "Başvurularda dil engeli.");
        values.put("decisionAim", "Hizmete eşit erişim.");
        values.put("decisionDeadline", "2028-12-31");
        values.put("responsibleInstitutions", json(List.of(institution)));
        values.put("moreDecisions", false);
        complete(secretary, decision, values);
        complete(secretary, driver.task(KEY, "Task_DraftMinutes"), Map.of("minutesTopics", "Sağlık hizmetlerine erişim."));
        // R12.2: each signatory with a login signs in Tasklist (the Vali his own task), the secretariat records the wet ones
        for (Task sign : driver.tasks(KEY, "Task_SignMinutes")) {
            complete(Api.as(port, sign.getAssignee(), "demo"), sign, Map.of("signature", "SIGN"));
        }
        for (Task wet : driver.tasks(KEY, "Task_RecordWetSignatures")) {
            complete(secretary, wet, Map.of("wetSigned", json(driver.optionValues(wet, "wetOptions"))));
        }
        complete(secretary, driver.task(KEY, "Task_DistributeMinutes"), Map.of("distributedToAll", true,
                "letterNumber", "E-22-2028-41", "sentOn", "2028-07-05"));
        complete(secretary, driver.task(KEY, "Task_RecordPlatformEntry"), Map.of("platformEntered", true, "platformEnteredOn", "2028-07-05"));

        // the responsible institution's liaison officer reports the decision done (R5.6)
        Task followUp = driver.task(KEY + "/", "Task_ReportFollowUp");
        complete(Api.as(port, liaisonLogin(followUp), "demo"), followUp, Map.of("followUpStatus", "DONE",
                "followUpNote", "Tercümanlar görevde."));

        Meeting meeting = meetings.byKey(KEY);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.MINUTES_SIGNED);
        assertThat(meetings.platformEntries(meeting)).extracting(PlatformEntry::getRecordedBy).containsExactly("edirne.sekreter");
        MinutesVersion signed = minutes.versions(meeting).get(0);
        assertThat(signed.getStatus()).isEqualTo(MinutesVersion.Status.SIGNED);
        // the Vali signed his own task in Kurul; the others without a login were recorded as wet signatures
        assertThat(minutes.signatures(signed)).anyMatch(s -> s.getHow() == MinutesSignature.How.IN_SYSTEM
                && "edirne.vali".equals(s.getRecordedBy()));
        assertThat(minutes.signatures(signed)).hasSize(meetings.attendance(meeting).stream()
                .filter(a -> a.getAttendedAs() != Attendance.AttendedAs.INVITED && a.getAttendedAs() != Attendance.AttendedAs.PRESIDENCY)
                .toList().size());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(KEY + "%").count()).isZero();
    }

    /** The principal liaison officer of the institution a task is offered to (prov-22-liaison-<code>). */
    private String liaisonLogin(Task task) {
        String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null && g.startsWith("prov-22-liaison-")).findFirst().orElseThrow();
        return "edirne." + group.substring("prov-22-liaison-".length()) + ".asil";
    }

    private void complete(Api user, Task task, Map<String, Object> variables) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, value instanceof JsonText j
                ? Map.of("value", j.text(), "type", "Json")
                : Map.of("value", value)));
        Api.Response response = user.post("/engine-rest/task/" + task.getId() + "/complete",
                JSON.writeValueAsString(Map.of("variables", typed)));
        assertThat(response.status()).as(task.getName() + " → " + response).isEqualTo(204);
        driver().runDueJobs();
    }

    private CycleDriver driver() {
        return new CycleDriver(engine);
    }

    private static JsonText json(List<String> values) throws Exception {
        return new JsonText(JSON.writeValueAsString(values));
    }

    record JsonText(String text) {
    }
}
