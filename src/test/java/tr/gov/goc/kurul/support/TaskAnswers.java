package tr.gov.goc.kurul.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import tr.gov.goc.kurul.support.Autopilot.Answer;

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
                "actionPlanMonitoring", "Eylem planı maddeleri takvimde.")));
        answers.put("Task_PlatformEntry", platformEntry());
        // provincialBoardCycle
        // the secretary compiles the agenda once the sub-commission has reported (R10.3)
        answers.put("Task_CompileAgenda", (task, pilot) -> subCommissionReported(task, pilot) ? List.of(compileAgenda()) : List.of());
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
        answers.put("Task_EvaluatePreviousDecisions", (task, pilot) -> List.of(Map.of(
                "previousDecisionsEvaluation", "Önceki kararların uygulanması değerlendirildi.")));
        answers.put("Task_RecordDecision", (task, pilot) -> List.of(decision(pilot.optionValues(task, "institutionOptions"),
                pilot.today().plusDays(60))));
        answers.put("Task_DraftMinutes", (task, pilot) -> List.of(Map.of("minutesTopics", "Uyum kurslarına katılım.",
                "minutesProblems", "Kurslara katılım düşük.", "minutesSolutions", "Bilgilendirme artırılacak.")));
        answers.put("Task_SignMinutes", (task, pilot) -> List.of(Map.of("minutesApproved", "true")));
        // districtBoardCycle (R12.4): the Kaymakam approves with every attending member's approval
        answers.put("Task_ApproveMinutes", (task, pilot) -> List.of(Map.of("minutesApproved", "true",
                "approvingMembers", pilot.optionValues(task, "approverOptions"))));
        answers.put("Task_DistributeMinutes", (task, pilot) -> List.of(Map.of("distributedToAll", true,
                "letterNumber", "E-" + task.getId(), "sentOn", pilot.today().toString())));
        answers.put("Task_RecordPlatformEntry", platformEntry());
        // decisionFollowUp (R5.6)
        answers.put("Task_ReportFollowUp", (task, pilot) -> List.of(Map.of("followUpStatus", "DONE",
                "followUpNote", "Karar uygulandı.")));
        return answers;
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

    private static boolean subCommissionReported(Task task, Autopilot pilot) {
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
