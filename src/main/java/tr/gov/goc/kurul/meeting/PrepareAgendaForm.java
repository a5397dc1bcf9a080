package tr.gov.goc.kurul.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.agenda.AgendaProposalView;
import tr.gov.goc.kurul.agenda.AgendaProposals;
import tr.gov.goc.kurul.common.FormValues;

/**
 * Shows the secretary what came in — each institution's proposal, special request, activities and negative events
 * (R5.3, R10.2, R10.8, R10.9, R10.10) —, whether the sub-commission reported (R10.3), what the district boards decided
 * and found since the previous provincial meeting (R10.7) and what must be on the agenda.
 */
@Component("prepareAgendaForm")
class PrepareAgendaForm implements TaskListener {

    private final AgendaProposals proposals;
    private final SubCommissionReportCheck subCommission;
    private final MeetingRecords records;
    private final DistrictFindings districtFindings;

    PrepareAgendaForm(AgendaProposals proposals, SubCommissionReportCheck subCommission, MeetingRecords records,
                      DistrictFindings districtFindings) {
        this.proposals = proposals;
        this.subCommission = subCommission;
        this.records = records;
        this.districtFindings = districtFindings;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = (String) task.getVariable(CycleVariables.MEETING_KEY);
        List<AgendaProposalView> answers = proposals.forMeeting(key);
        task.setVariable("proposalRows", FormValues.json(answers.stream().map(PrepareAgendaForm::row).toList()));
        task.setVariable("proposalOptions", FormValues.json(answers.stream().filter(AgendaProposalView::hasProposal)
                .map(a -> Map.of("label", a.institutionName() + ": " + a.topic(), "value", String.valueOf(a.institutionId())))
                .toList()));
        task.setVariable("specialRequestOptions", FormValues.json(answers.stream().filter(AgendaProposalView::specialRequested)
                .map(a -> Map.of("label", a.institutionName() + ": " + a.specialRequest(), "value", String.valueOf(a.institutionId())))
                .toList()));
        List<DistrictFindings.Finding> findings = districtFindings.since(records.meeting(key)); // R10.7
        task.setVariable("districtFindingRows", FormValues.json(DistrictFindings.rows(findings)));
        task.setVariable("districtFindingOptions", FormValues.json(DistrictFindings.options(findings)));
        boolean negativeEvents = answers.stream().anyMatch(a -> a.riskFlag() || a.negativeEvents() != null);
        task.setVariable("negativeEventsRaised", negativeEvents);
        task.setVariable("subCommissionSummary", subCommission.summary(key).orElse(
                Boolean.TRUE.equals(task.getVariable("subCommissionDue"))
                        ? "Alt komisyon raporu henüz kaydedilmedi (R10.3)." : "Bu toplantı için alt komisyon toplantısı öngörülmedi."));
    }

    private static Map<String, String> row(AgendaProposalView a) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kurum", a.institutionName());
        row.put("durum", switch (a.status()) {
            case SUBMITTED -> a.hasProposal() ? "Öneri var" : "Öneri yok";
            case NO_PROPOSAL -> "Öneri yok";
            case LATE -> "Süresinde gelmedi";
            case LATE_ACCEPTED -> "Geç kabul edildi";
        });
        row.put("oneri", a.hasProposal() ? a.topic() + " (" + a.categoryLabel() + ")"
                + (a.description() == null ? "" : ": " + a.description()) : "");
        row.put("ozelTalep", a.specialRequested() ? a.specialRequest() : "");
        row.put("faaliyetler", a.activities() == null ? "" : a.activities());
        row.put("olumsuzOlay", (a.negativeEvents() == null ? "" : a.negativeEvents()) + (a.riskFlag() ? " — Risk var" : ""));
        return row;
    }

}
