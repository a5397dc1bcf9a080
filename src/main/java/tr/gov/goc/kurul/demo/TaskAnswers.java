package tr.gov.goc.kurul.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import tr.gov.goc.kurul.demo.Autopilot.Answer;

/**
 * What a diligent user enters in each of Kurul's user tasks, for the {@link Autopilot}: on time, complete, with
 * dates chosen inside the windows the rules allow (the calendar's rule check refuses a holiday; the next day is
 * tried). One institution in five has an agenda proposal; every board meeting takes one decision, which its
 * responsible institution reports done at the first report.
 */
public final class TaskAnswers {

    private TaskAnswers() {
    }

    public static Map<String, Answer> standard() {
        Map<String, Answer> answers = new HashMap<>();
        // agendaCollection (R10.2)
        answers.put("Task_SubmitAgendaProposal", (task, pilot) -> List.of(Math.floorMod(task.getId().hashCode(), 5) == 0
                ? Map.of("hasProposal", "yes", "topic", "Uyum kurslarına katılım", "category", "SOSYAL_UYUM",
                        "description", "Kurslara katılım düşük.", "specialRequest", false, "riskFlag", false,
                        "activities", "Bilgilendirme toplantıları yapıldı.")
                : Map.of("hasProposal", "no", "specialRequest", false, "riskFlag", false, "activities", "Olağan hizmetler sürdü.")));
        // subCommissionMeeting (R6.9, R11.4, R6.8, R12.6)
        answers.put("Task_ScheduleMeeting", (task, pilot) -> dates(latest(pilot.today().plusDays(4), pilot.dateVariable(task, "windowStart")),
                        windowEnd(task, pilot, 30))
                .stream().map(d -> Map.<String, Object>of("meetingDate", d.toString(), "meetingTime", "10:00",
                        "meetingPlace", "İl Göç İdaresi Müdürlüğü")).toList());
        answers.put("Task_RecordMeeting", (task, pilot) -> List.of(Map.of(
                "attendees", pilot.optionValues(task, "liaisonOptions").subList(0, 1),
                "chairedBy", "Alt Komisyon Başkanı", "findingEducation", "Okul kayıtları izlendi.",
                "problems", "Türkçe kursları yetersiz.", "proposals", "Kurs sayısı artırılmalı.",
                "actionPlanMonitoring", "Eylem planı maddeleri takvimde.",
                // R12.7: someone who is not a liaison officer on the sub-commission's Ek-2
                "otherParticipants", "Selin Yurt; Sosyal Uyum Uzmanı; İl Göç İdaresi Müdürlüğü; 0 (342) 000 00 00")));
        answers.put("Task_PlatformEntry", platformEntry());
        // provincialBoardCycle
        // the secretary compiles the agenda once the sub-commission has reported (R10.3)
        // and, for the first meeting of the year, once last year's Ek-3 is drafted (R13.1, R13.2): patient
        answers.put("Task_CompileAgenda", new Autopilot.Patient((task, pilot) -> subCommissionReported(task, pilot)
                ? List.of(compileAgenda(task, pilot)) : List.of()));
        answers.put("Task_SetMeetingDate", (task, pilot) -> {
            LocalDate earliest = latest(pilot.today().plusDays(6), pilot.dateVariable(task, "windowStart")); // R11.3: notice 5 days before
            LocalDate proposed = pilot.dateVariable(task, "proposedDate");
            List<LocalDate> candidates = new java.util.ArrayList<>();
            if (proposed != null && !proposed.isBefore(earliest)) {
                candidates.add(proposed);
            }
            candidates.addAll(dates(earliest, windowEnd(task, pilot, 45)));
            return candidates.stream().distinct().limit(12).map(d -> Map.<String, Object>of("meetingDateChoice", d.toString(),
                    "meetingTime", "10:00", "meetingPlace", "Valilik Toplantı Salonu")).toList();
        });
        answers.put("Task_RecordAttendance", (task, pilot) -> List.of(Map.of("attendedMembers", pilot.optionValues(task, "memberOptions"))));
        // the first board of the year: the members sign the sub-commission's list in force (R5.8, R6.5)
        answers.put("Task_FormSubCommission", (task, pilot) -> List.of(Map.of("listSigned", true)));
        // R5.13: the first board approves the plan the İl GİM prepared with the institutions (patient until it is submitted)
        answers.put("Task_RecordActionPlanApproval", new Autopilot.Patient((task, pilot) -> List.of(Map.of("actionPlanDecision", "APPROVE"))));
        answers.put("Task_EvaluatePreviousDecisions", (task, pilot) -> List.of(Map.of(
                "previousDecisionsEvaluation", "Önceki kararların uygulanması değerlendirildi.")));
        // the April board asks for the action plan to be updated (R5.13)
        answers.put("Task_RecordDecision", (task, pilot) -> {
            Map<String, Object> values = decision(pilot.optionValues(task, "institutionOptions"), pilot.today().plusDays(60));
            values.put("decisionActionPlanUpdate", String.valueOf(pilot.variable(task, "meetingKey")).matches("\\d+-\\d{4}-2"));
            return List.of(values);
        });
        // actionPlanUpdate (R5.13, R5.14): institutions agree; the İl GİM submits the plan as pre-filled; the chair
        // rejects the first version of an update with a reason and approves the next
        answers.put("Task_GiveOpinion", (task, pilot) -> List.of(Map.of("agreesAsIs", true)));
        answers.put("Task_ConsolidateVersion", (task, pilot) -> {
            Object lines = pilot.variable(task, "planLines");
            String plan = lines == null || lines.toString().isBlank()
                    ? "| Eğitim | Uyum sınıfları açılacak | Milli Eğitim | 31.12." + (pilot.today().getYear() + 1) + " | Açılan sınıf sayısı"
                    : lines.toString();
            return List.of(Map.of("planLines", plan, "submitForApproval", true, "changeNote", "Kurumların görüşleri işlendi."));
        });
        answers.put("Task_ApproveVersion", (task, pilot) -> List.of(pilot.engine().getHistoryService()
                .createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey("Task_ApproveVersion").finished().count() == 0
                ? Map.of("approval", "REJECT", "approvalReason", "Sağlık maddesinin göstergesi ölçülebilir değil.")
                : Map.of("approval", "APPROVE")));
        // annualEvaluation (R13.1–R13.4): the İl GİM drafts the Ek-3 as pre-filled; the board approves at its first
        // meeting once it has been held (patient until then); a revised report at a later board meeting
        answers.put("Task_DraftReport", (task, pilot) -> List.of(Map.of(
                "mainProblems", text(pilot.variable(task, "mainProblems"), "Dil engeli ve kayıt dışı istihdam."),
                "decisionsEvaluation", text(pilot.variable(task, "decisionsEvaluation"), "Kararlar izlendi."),
                "expectedSupport", "Tercüman desteği.", "conclusions", "Kurullar düzenli toplandı.")));
        answers.put("annualEvaluation/Task_PlatformEntry", platformEntry());
        answers.put("Task_RecordBoardDecision", new Autopilot.Patient((task, pilot) -> List.of(Map.of(
                "boardDecision", "approved", "decisionNote", "Oy birliğiyle onaylandı."))));
        // R13.2: a revised report goes back to the board: the secretariat names a board meeting held after the
        // rejection (patient until one is held); the options are prepared when the task opens, so a meeting held since
        // is found in the engine's history too
        answers.put("Task_RecordRevisedBoardDecision", new Autopilot.Patient((task, pilot) -> {
            List<String> meetings = new java.util.ArrayList<>(pilot.optionValues(task, "revisionMeetingOptions"));
            meetings.addAll(heldProvincialMeetings(task, pilot));
            return meetings.stream().distinct().map(key -> Map.<String, Object>of("revisionMeeting", key,
                    "boardDecision", "approved", "decisionNote", "Düzeltilmiş rapor oy birliğiyle onaylandı.")).toList();
        }));
        answers.put("Task_PlatformUpdate", platformEntry());
        // noticeReply (R9.1): the demo's members with a login (the Kaymakams of larger districts) will attend
        answers.put("Task_ReplyToNotice", (task, pilot) -> List.of(Map.of("attendance", "ATTEND")));
        // extraordinaryMeeting (R7.3): the chair agrees to the İl GİM's proposal
        answers.put("Task_ChairDecision", (task, pilot) -> List.of(Map.of("chairDecision", "APPROVE")));
        answers.put("Task_DraftMinutes", (task, pilot) -> List.of(Map.of("minutesTopics", "Uyum kurslarına katılım.",
                "minutesProblems", "Kurslara katılım düşük.", "minutesSolutions", "Bilgilendirme artırılacak.")));
        // the first meeting's minutes wait for the board's decision on the Ek-3 report (R13.2): patient
        // minutesSignatures (R12.2, R12.4): each signatory with a login signs; the secretariat records the wet signatures
        answers.put("Task_SignMinutes", new Autopilot.Patient((task, pilot) -> List.of(Map.of("signature", "SIGN"))));
        answers.put("Task_RecordWetSignatures", new Autopilot.Patient((task, pilot) -> List.of(Map.of(
                "wetSigned", pilot.optionValues(task, "wetOptions")))));
        answers.put("Task_DistributeMinutes", (task, pilot) -> List.of(Map.of("distributedToAll", true,
                "letterNumber", "E-" + task.getId(), "sentOn", pilot.today().toString())));
        answers.put("Task_RecordPlatformEntry", platformEntry());
        // decisionFollowUp (R5.6)
        answers.put("Task_ReportFollowUp", (task, pilot) -> List.of(Map.of("followUpStatus", "DONE",
                "followUpNote", "Karar uygulandı.")));
        return answers;
    }

    /** The province's board meetings whose attendance was recorded (held), latest first: keys of provincialBoardCycle. */
    static List<String> heldProvincialMeetings(Task task, Autopilot pilot) {
        Object plate = pilot.variable(task, "plateCode");
        if (plate == null) {
            return List.of();
        }
        return pilot.engine().getHistoryService().createHistoricTaskInstanceQuery().processDefinitionKey("provincialBoardCycle")
                .taskDefinitionKey("Task_RecordAttendance").processInstanceBusinessKeyLike(plate + "-%").finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 3).stream()
                .map(t -> pilot.engine().getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId()).singleResult())
                .filter(p -> p != null && p.getBusinessKey() != null).map(p -> p.getBusinessKey()).distinct().toList();
    }

    /** Every mandatory item ticked, and every proposal and special request taken onto the agenda (R10.2, R10.10). */
    public static Map<String, Object> compileAgenda(Task task, Autopilot pilot) {
        Map<String, Object> values = compileAgenda();
        values.put("acceptedProposals", pilot.optionValues(task, "proposalOptions"));
        values.put("acceptedSpecialRequests", pilot.optionValues(task, "specialRequestOptions"));
        values.put("acceptedDistrictFindings", pilot.optionValues(task, "districtFindingOptions"));
        List<String> invitable = pilot.optionValues(task, "inviteeOptions"); // R4.4: the İl GİM proposes, the chair decides
        if (!invitable.isEmpty()) {
            values.put("proposedInvitees", invitable.subList(0, 1));
        }
        return values;
    }

    public static Map<String, Object> compileAgenda() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String item : List.of("includesPreviousDecisions", "includesSubCommissionReport", "includesActionPlan",
                "includesNegativeEvents", "includesLastYearEvaluation", "includesSubCommissionFormation",
                "includesActionPlanApproval", "includesAnnualReportApproval")) {
            values.put(item, true);
        }
        return values;
    }

    public static Map<String, Object> decision(List<String> institutionOptions, LocalDate deadline) {
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", "Uyum kurslarına katılım için bilgilendirme yapılacak.");
        values.put("decisionJustification", "Kurslara katılım düşük.");
        values.put("decisionAim", "Katılımın artırılması.");
        values.put("decisionDeadline", deadline.toString());
        values.put("responsibleInstitutions", institutionOptions.subList(Math.min(1, institutionOptions.size() - 1), Math.min(2, institutionOptions.size())));
        values.put("moreDecisions", false);
        return values;
    }

    private static String text(Object prefilled, String otherwise) {
        return prefilled == null || prefilled.toString().isBlank() ? otherwise : prefilled.toString();
    }

    static boolean subCommissionReported(Task task, Autopilot pilot) {
        String subCommission = pilot.variable(task, "meetingKey") + "-AK";
        var history = pilot.engine().getHistoryService();
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(subCommission).count() == 0
                || history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(subCommission)
                        .taskDefinitionKey("Task_RecordMeeting").finished().count() > 0;
    }

    private static Answer platformEntry() {
        return (task, pilot) -> List.of(Map.of("platformEntered", true, "platformEnteredOn", pilot.today().toString()));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate windowEnd(Task task, Autopilot pilot, int otherwiseDays) {
        LocalDate end = pilot.dateVariable(task, "windowEnd");
        return end != null && !end.isBefore(pilot.today()) ? end : pilot.today().plusDays(otherwiseDays);
    }

    /** Weekdays from..to, at most twelve: enough to step over a holiday block. */
    static List<LocalDate> dates(LocalDate from, LocalDate to) {
        return Autopilot.weekdays(from, to.isBefore(from) ? from.plusDays(14) : to).stream().limit(12).toList();
    }
}
