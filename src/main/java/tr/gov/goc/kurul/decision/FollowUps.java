package tr.gov.goc.kurul.decision;

import java.time.Clock;
import static tr.gov.goc.kurul.decision.FollowUpVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * Starts the follow-up of a decision: one {@code decisionFollowUp} instance per responsible institution, its task
 * offered to that institution's liaison group (R5.5, R5.6).
 */
@Service
public class FollowUps {

    private final Decisions decisions;
    private final Institutions institutions;
    private final ReportDueDates dueDates;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Clock clock;

    FollowUps(Decisions decisions, Institutions institutions, ReportDueDates dueDates, RuntimeService runtimeService,
              HistoryService historyService, Clock clock) {
        this.decisions = decisions;
        this.institutions = institutions;
        this.dueDates = dueDates;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.clock = clock;
    }

    /**
     * Who reports for the institution: its liaison group; for a district institution also the district's secretariat
     * (R11.2), which records the institution's report where the institution has no liaison officer (R6 names them for
     * the province); for a provincial institution without liaison officers — an invited one named responsible (R4.4,
     * R12.2) or the Valilik — the İl GİM, which keeps the board's records (R11.1) and reports what it learns from it.
     */
    static String candidateGroups(Decision decision, Institution institution, boolean sendsLiaison) {
        String liaison = GroupIds.liaison(decision.getPlateCode(), institution.getCode());
        if (institution.getDistrictId() != null) {
            return liaison + "," + GroupIds.districtSecretariat(institution.getDistrictId());
        }
        return sendsLiaison ? liaison : GroupIds.secretariat(decision.getPlateCode());
    }

    /** "27-2026-2/KARAR-3/milli-egitim". */
    public static String businessKey(Decision decision, String institutionCode) {
        return decision.getMeetingKey() + "/" + decision.getLabel() + "/" + institutionCode;
    }

    /**
     * Starts the follow-up of each responsible institution that has none yet (calling it twice starts nothing new).
     *
     * @return the ids of the process instances started
     */
    @Transactional
    public List<String> start(long decisionId) {
        Decision decision = decisions.decision(decisionId);
        LocalDate today = LocalDate.now(clock);
        LocalDate reportDue = dueDates.nextReportDue(decision, today, today);
        String label = decisions.label(decision);
        List<String> started = new ArrayList<>();
        for (long institutionId : decisions.responsibleInstitutions(decisionId)) {
            Institution institution = institutions.institution(institutionId);
            String businessKey = businessKey(decision, institution.getCode());
            if (alreadyStarted(businessKey)) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(PLATE_CODE, decision.getPlateCode());
            variables.put(DECISION_ID, decision.getId());
            variables.put(INSTITUTION_ID, institutionId);
            variables.put(INSTITUTION_NAME, institution.getName());
            variables.put(CANDIDATE_GROUP, candidateGroups(decision, institution, institutions.sendsLiaison(institution)));
            variables.put(DECISION_LABEL, label);
            variables.put(REPORT_DUE_DATE, reportDue.toString());
            variables.put(ESCALATION_DATE, dueDates.escalationDate(reportDue, today).toString());
            variables.put(PLANNED_ON, today.toString());
            started.add(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId());
        }
        return started;
    }

    private boolean alreadyStarted(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0;
    }
}
