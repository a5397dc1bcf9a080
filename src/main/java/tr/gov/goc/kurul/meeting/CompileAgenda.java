package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Closes the agenda. Refuses while a mandatory item is missing (R5.7, R10.3, R10.4, R10.9; first meeting of the year
 * R5.8, R5.12, R5.13, R13.2) or while the sub-commission has not reported (R10.3); then writes the agenda in order:
 * mandatory items, accepted institution proposals (R10.2, R10.8), district board findings (R10.7), other items (R10.6,
 * R10.10, R10.11). A district board's agenda (R8.1) needs only the evaluation of earlier decisions (R5.7).
 */
@Component("compileAgenda")
class CompileAgenda implements TaskListener {

    private final MeetingRecords records;
    private final AgendaProposals proposals;
    private final SubCommissionReportCheck subCommission;
    private final DistrictFindings districtFindings;
    private final ObjectProvider<AnnualReportGate> annualReport;

    CompileAgenda(MeetingRecords records, AgendaProposals proposals, SubCommissionReportCheck subCommission,
                  DistrictFindings districtFindings, ObjectProvider<AnnualReportGate> annualReport) {
        this.records = records;
        this.proposals = proposals;
        this.subCommission = subCommission;
        this.districtFindings = districtFindings;
        this.annualReport = annualReport;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = (String) task.getVariable(CycleVariables.MEETING_KEY);
        Meeting meeting = records.meeting(key);
        List<AgendaProposalView> answers = proposals.forMeeting(key);
        boolean subCommissionDue = FormValues.flag(task.getVariable("subCommissionDue"));
        boolean negativeEvents = answers.stream().anyMatch(a -> a.riskFlag() || a.negativeEvents() != null);
        List<AgendaRules.Required> required = meeting.isDistrict() ? AgendaRules.district()
                : AgendaRules.required(subCommissionDue, negativeEvents, meeting.isFirstOfYear());
        List<AgendaRules.Required> missing = required.stream().filter(r -> !FormValues.flag(task.getVariable(r.field())))
                .toList();
        if (!missing.isEmpty()) { // shown beside the first unticked item
            throw new TaskInputException(missing.get(0).field(), "Gündemde zorunlu maddeler eksik: "
                    + String.join("; ", missing.stream().map(AgendaRules.Required::title).toList()) + ".");
        }
        if (subCommissionDue && subCommission.summary(key).isEmpty()) {
            throw new TaskInputException("Alt komisyonun raporu henüz kaydedilmedi; gündem alt komisyon bulgularını içermelidir (R10.3).");
        }
        if (meeting.isFirstOfYear()) { // R13.1, R13.2: the Ek-3 report is ready before the first meeting's agenda closes
            AnnualReportGate gate = annualReport.getIfAvailable();
            Optional<String> refusal = gate == null ? Optional.empty() : gate.agendaRefusal(meeting);
            if (refusal.isPresent()) {
                throw new TaskInputException(refusal.get());
            }
        }
        Set<Long> accepted = Set.copyOf(FormValues.ids(task.getVariable("acceptedProposals"), "öneri"));
        List<AgendaItem> items = new ArrayList<>();
        String extraordinaryReason = FormValues.text(task.getVariable("extraordinaryReason"));
        if (extraordinaryReason != null) { // R7.3, R8.4: the request's reason opens the extraordinary meeting's agenda
            String title = "Olağanüstü toplantı gerekçesi: " + extraordinaryReason;
            items.add(new AgendaItem(meeting.getId(), 1, AgendaItem.Source.EXTRAORDINARY_REQUEST,
                    title.length() > 500 ? title.substring(0, 499) + "…" : title, null, false));
        }
        for (AgendaRules.Required r : required) {
            items.add(new AgendaItem(meeting.getId(), items.size() + 1, r.source(), r.title(), null,
                    r.source() == AgendaItem.Source.NEGATIVE_EVENTS && answers.stream().anyMatch(AgendaProposalView::riskFlag)));
        }
        for (AgendaProposalView a : answers) {
            if (a.hasProposal() && accepted.contains(a.institutionId())) {
                items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.INSTITUTION_PROPOSAL,
                        a.institutionName() + ": " + a.topic(), a.institutionId(), false));
            }
        }
        if (!meeting.isDistrict()) { // R10.7: the district boards' decisions the secretary took onto the agenda
            Set<Long> findings = Set.copyOf(FormValues.ids(task.getVariable("acceptedDistrictFindings"), "ilçe kurulu kararı"));
            for (DistrictFindings.Finding f : districtFindings.since(meeting)) {
                if (f.decisionId() != null && findings.contains(f.decisionId())) {
                    items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.DISTRICT_FINDING,
                            f.agendaTitle(), null, false));
                }
            }
        }
        String additional = FormValues.optionalText(task.getVariable("additionalItems"), "Diğer gündem maddeleri", 4000);
        if (additional != null) {
            for (String line : additional.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
                items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.ADDITIONAL,
                        FormValues.requiredText(line, "Gündem maddesi", 500), null, false));
            }
        }
        records.replaceAgenda(meeting, items);
        // R10.9: a risk raised on the agenda needs a decision at the meeting
        task.setVariable("agendaHasRisk", answers.stream().anyMatch(AgendaProposalView::riskFlag));
    }

}
