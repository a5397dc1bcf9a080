package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;

/**
 * R5.7: every meeting evaluates how the earlier decisions went. The latest follow-up report of each responsible
 * institution is put before the secretary automatically (R5.5, R5.6); the evaluation is recorded with the meeting.
 */
final class PreviousDecisionsEvaluation {

    private PreviousDecisionsEvaluation() {
    }

    static List<Map<String, String>> rows(Decisions decisions, Meeting meeting) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (DecisionStatus status : decisions.openForProvince(meeting.getPlateCode())) {
            String key = status.decision().getMeetingKey();
            if (key.equals(meeting.getMeetingKey()) || !DistrictMeetingKeys.sameBoard(meeting, key)) {
                continue; // each board evaluates its own decisions; district findings reach the province by R10.7
            }
            for (DecisionStatus.InstitutionStatus institution : status.institutions()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("karar", status.label() + ": " + status.decision().getText());
                row.put("kurum", institution.institutionName());
                row.put("durum", institution.status() == null ? "Rapor verilmedi" : institution.status().turkish());
                row.put("aciklama", institution.latestReport() == null || institution.latestReport().getNote() == null
                        ? "" : institution.latestReport().getNote());
                rows.add(row);
            }
        }
        return rows;
    }

    @Component("preparePreviousDecisionsForm")
    static class Prepare implements TaskListener {

        private final MeetingRecords records;
        private final Decisions decisions;

        Prepare(MeetingRecords records, Decisions decisions) {
            this.records = records;
            this.decisions = decisions;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            List<Map<String, String>> rows = rows(decisions, meeting);
            task.setVariable("previousDecisionRows", FormValues.json(rows));
            task.setVariable("previousDecisionCount", rows.size());
        }
    }

    @Component("evaluatePreviousDecisions")
    static class Evaluate implements TaskListener {

        private final MeetingRecords records;

        Evaluate(MeetingRecords records) {
            this.records = records;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            Object count = task.getVariable("previousDecisionCount");
            String evaluation = FormValues.optionalText(task.getVariable("previousDecisionsEvaluation"),
                    "Önceki kararların değerlendirmesi", 4000);
            if (evaluation == null && count instanceof Number n && n.intValue() > 0) {
                throw new TaskInputException("Önceki toplantı kararlarının uygulanması değerlendirilmeden devam edilemez (R5.7).");
            }
            meeting.evaluatePreviousDecisions(evaluation == null ? "Değerlendirilecek açık karar yoktu." : evaluation);
        }
    }
}
