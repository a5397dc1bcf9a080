package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.support.KurulIntegrationTest;
import tr.gov.goc.kurul.support.PdfText;

/**
 * What the institutions send reaches the agenda and the Ek-1 (R5.3, R10.2, R10.8, R10.9, R10.10): the secretary sees
 * every proposal, special request, activity and negative event, takes each proposal and request in or sets it aside
 * with a reason, and the signed Ek-1 carries the agenda with what was taken in. District boards get the same
 * negative-events item and the same "risk → decision" rule (R10.9: "ilde veya ilçede"). Years 2086 (Edirne) and 2085
 * (İpsala) are this test's own.
 */
@KurulIntegrationTest
class AgendaContentTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingActions actions;
    @Autowired
    YearPlanner planner;
    @Autowired
    AgendaProposals proposals;
    @Autowired
    Provinces provinces;

    CycleDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void everyAnswerIsShownTakenInOrSetAsideWithAReasonAndTheEk1CarriesTheAgenda() {
        driver.at("2086-03-01T10:00:00");
        String key = actions.callExtraordinary(22, ExtraordinaryRequester.GOVERNOR, "Mevsimlik işçilerin barınması").getMeetingKey();
        driver.runDueJobs();
        for (Task call : driver.tasks(key, "Task_SubmitAgendaProposal")) {
            String group = groupOf(call);
            Map<String, Object> answer = new HashMap<>(Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false,
                    "activities", "Olağan hizmetler."));
            if (group.endsWith("-saglik")) {
                answer.putAll(Map.of("hasProposal", "yes", "topic", "Sağlıkta dil engeli", "category", "SOSYAL_UYUM",
                        "description", "Hastanelerde tercüman yok.", "specialRequest", true,
                        "specialRequestText", "Aşı kampanyası özel gündem olsun.", "riskFlag", true,
                        "negativeEvents", "Acil serviste tercüman yüzünden tartışma çıktı."));
            } else if (group.endsWith("-milli-egitim")) {
                answer.putAll(Map.of("hasProposal", "yes", "topic", "Okul kayıtları", "category", "SOSYAL_UYUM",
                        "activities", "120 öğrenciye Türkçe kursu verildi."));
            }
            driver.complete(call, answer);
        }

        Task compile = driver.task(key, "Task_CompileAgenda");
        // the secretary sees every answer: proposals, special requests, activities and negative events
        String rows = engine.getTaskService().getVariable(compile.getId(), "proposalRows").toString();
        assertThat(rows).contains("Hastanelerde tercüman yok.", "Aşı kampanyası özel gündem olsun.",
                "Acil serviste tercüman yüzünden tartışma çıktı.", "Risk var", "120 öğrenciye Türkçe kursu verildi.");
        List<String> proposalOptions = driver.optionValues(compile, "proposalOptions");
        List<String> requestOptions = driver.optionValues(compile, "specialRequestOptions");
        assertThat(proposalOptions).hasSize(2);
        assertThat(requestOptions).hasSize(1);
        String health = requestOptions.get(0);
        String education = proposalOptions.stream().filter(o -> !o.equals(health)).findFirst().orElseThrow();

        // a proposal set aside without a reason is refused, naming it (R10.2)
        Map<String, Object> values = new HashMap<>(Map.of("includesPreviousDecisions", true, "includesActionPlan", true,
                "includesNegativeEvents", true, "acceptedProposals", List.of(health), "acceptedSpecialRequests", List.of(health)));
        assertThatThrownBy(() -> driver.complete(compile, values)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("gerekçe").hasMessageContaining("Milli Eğitim");
        values.put("setAsideReason", "Milli Eğitim: okul kayıtları bir sonraki olağan toplantıda görüşülecek.");
        driver.complete(compile, values);

        List<AgendaItem> agenda = meetings.agenda(meetings.byKey(key));
        assertThat(agenda).anySatisfy(i -> {
            assertThat(i.getSource()).isEqualTo(AgendaItem.Source.NEGATIVE_EVENTS);
            assertThat(i.isRisk()).isTrue();
            assertThat(i.getDetail()).contains("Acil serviste tercüman yüzünden tartışma çıktı.", "risk");
        });
        assertThat(agenda).anySatisfy(i -> {
            assertThat(i.getSource()).isEqualTo(AgendaItem.Source.INSTITUTION_PROPOSAL);
            assertThat(i.getTitle()).contains("Sağlıkta dil engeli");
            assertThat(i.getDetail()).contains("Hastanelerde tercüman yok.");
        });
        assertThat(agenda).anySatisfy(i -> {
            assertThat(i.getSource()).isEqualTo(AgendaItem.Source.SPECIAL_REQUEST);
            assertThat(i.getTitle()).contains("Aşı kampanyası özel gündem olsun.");
        });
        assertThat(agenda).anySatisfy(i -> {
            assertThat(i.getSource()).isEqualTo(AgendaItem.Source.ACTIVITIES);
            assertThat(i.getDetail()).contains("120 öğrenciye Türkçe kursu verildi.");
        });
        assertThat(agenda).noneMatch(i -> i.getTitle().contains("Okul kayıtları"));
        AgendaProposalView setAside = proposals.forMeeting(key).stream()
                .filter(p -> String.valueOf(p.institutionId()).equals(education)).findFirst().orElseThrow();
        assertThat(setAside.proposalTaken()).isFalse();
        assertThat(setAside.setAsideReason()).contains("bir sonraki olağan toplantıda");

        // the meeting takes a decision on the risk (R10.9) and signs its minutes: the Ek-1 carries the agenda
        driver.complete(driver.task(key, "Task_SetMeetingDate"),
                Map.of("meetingDateChoice", "2086-04-04", "meetingTime", "10:00", "meetingPlace", "Edirne Valiliği"));
        driver.at("2086-04-04T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions").subList(0, 3)));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of("previousDecisionsEvaluation", "İzlendi."));
        Task decision = driver.task(key, "Task_RecordDecision");
        Map<String, Object> riskDecision = new HashMap<>(Map.of("decisionAction", "record",
                "decisionText", "Acil servislere tercüman görevlendirilecek.", "decisionJustification", "Olumsuz olay.",
                "decisionAim", "Gerilimin önlenmesi.", "decisionDeadline", "2086-06-30",
                "responsibleInstitutions", List.of(health), "decisionRiskItem", true, "moreDecisions", false));
        driver.complete(decision, riskDecision);
        driver.complete(driver.task(key, "Task_DraftMinutes"), Map.of("minutesTopics", "Gündemdeki konular görüşüldü."));
        driver.signMinutes(key);
        Api.Document ek1 = Api.as(port, "edirne.sekreter", "demo").document("/api/meetings/" + key + "/minutes.pdf");
        assertThat(ek1.status()).isEqualTo(200);
        assertThat(PdfText.of(ek1.body())).contains("Gündem", "Sağlıkta dil engeli", "Hastanelerde tercüman yok.",
                "Aşı kampanyası özel gündem olsun.", "Acil serviste tercüman yüzünden tartışma çıktı.",
                "120 öğrenciye Türkçe kursu verildi.").doesNotContain("Okul kayıtları");
    }

    @Test
    void aDistrictAgendaCarriesItsNegativeEventsAndARiskNeedsADecision() {
        long ipsala = provinces.findDistrict(22, "İpsala").orElseThrow().getId();
        driver.at("2084-12-01T09:00:00");
        planner.plan(22, 2085);
        String key = "22-ilce-" + ipsala + "-2085-1";
        driver.at("2085-01-10T09:00:00");
        Task compile = driver.task(key, "Task_CompileAgenda");
        Map<String, Object> values = new HashMap<>(Map.of("includesPreviousDecisions", true,
                "negativeEvents", "Sınır köyünde yerli ve yabancı gençler arasında kavga çıktı.", "riskFound", true,
                "activities", "Kaymakamlık köylerde bilgilendirme yaptı."));
        assertThatThrownBy(() -> driver.complete(compile, values)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("R10.9");
        values.put("includesNegativeEvents", true);
        driver.complete(compile, values);
        assertThat(meetings.agenda(meetings.byKey(key))).anySatisfy(i -> {
            assertThat(i.getSource()).isEqualTo(AgendaItem.Source.NEGATIVE_EVENTS);
            assertThat(i.getDetail()).contains("Sınır köyünde");
        }).anyMatch(i -> i.getSource() == AgendaItem.Source.ACTIVITIES);

        driver.complete(driver.task(key, "Task_SetMeetingDate"), Map.of("meetingDateChoice", "2085-02-14", "meetingTime", "10:00",
                "meetingPlace", "İpsala Kaymakamlığı"));
        driver.runDueJobs();
        driver.at("2085-02-14T09:00:00");
        Task attendance = driver.task(key, "Task_RecordAttendance");
        driver.complete(attendance, Map.of("attendedMembers", driver.optionValues(attendance, "memberOptions")));
        driver.complete(driver.task(key, "Task_EvaluatePreviousDecisions"), Map.of());
        // the district board must decide on the risk (R10.9)
        Task decision = driver.task(key, "Task_RecordDecision");
        assertThatThrownBy(() -> driver.complete(decision, Map.of("decisionAction", "none")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R10.9");
        driver.complete(decision, Map.of("decisionAction", "record", "decisionText", "Köyde ortak etkinlik düzenlenecek.",
                "decisionJustification", "Gerilim riski.", "decisionAim", "Uyum.", "decisionDeadline", "2085-05-29",
                "responsibleInstitutions", driver.optionValues(decision, "institutionOptions").subList(0, 1),
                "decisionRiskItem", true, "moreDecisions", false));
        assertThat(driver.tasks(key, "Task_DraftMinutes")).hasSize(1);
    }

    private String groupOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
                .filter(g -> g != null && g.contains("-liaison-")).findFirst().orElse("");
    }
}
