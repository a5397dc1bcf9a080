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
 * R5.8, R5.12, R5.13, R13.2), while the sub-commission has not reported (R10.3), or while a proposal or special request
 * is set aside without a reason (R10.2, R10.10); then writes the agenda in order, each item with what it brings for
 * the Ek-1: mandatory items (negative events with the institutions' texts), the proposals and special requests taken
 * in (R10.2, R10.10), the institutions' activities (R5.3, R10.8), district board findings (R10.7), other items
 * (R10.6, R10.11). A district board's agenda (R8.1) carries R5.7 and, when the district secretariat reports negative
 * events, their separate item (R10.9).
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
        Answers answers = meeting.isDistrict() ? Answers.ofDistrict(task) : Answers.of(proposals.forMeeting(key));
        boolean subCommissionDue = FormValues.flag(task.getVariable("subCommissionDue"));
        List<AgendaRules.Required> required = meeting.isDistrict() ? AgendaRules.district(answers.negativeEventsRaised())
                : AgendaRules.required(subCommissionDue, answers.negativeEventsRaised(), meeting.isFirstOfYear());
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
            AnnualReportGate firstMeetingGate = annualReport.getIfAvailable();
            Optional<String> refusal = firstMeetingGate == null ? Optional.empty() : firstMeetingGate.agendaRefusal(meeting);
            if (refusal.isPresent()) {
                throw new TaskInputException(refusal.get());
            }
        }
        // R10.2, R10.10: every proposal and special request is taken onto the agenda or set aside with a reason
        Set<Long> takenProposals = Set.copyOf(FormValues.ids(task.getVariable("acceptedProposals"), "öneri"));
        Set<Long> takenRequests = Set.copyOf(FormValues.ids(task.getVariable("acceptedSpecialRequests"), "özel gündem talebi"));
        List<String> setAside = answers.setAside(takenProposals, takenRequests);
        String reason = FormValues.optionalText(task.getVariable("setAsideReason"), "Gerekçe", 1000);
        if (!setAside.isEmpty() && reason == null) {
            throw new TaskInputException("setAsideReason", "Gündeme alınmayan öneri ve talepler için gerekçe yazın: "
                    + String.join("; ", setAside) + " (md. 10/2).");
        }

        List<AgendaItem> items = new ArrayList<>();
        String extraordinaryReason = FormValues.text(task.getVariable("extraordinaryReason"));
        if (extraordinaryReason != null) { // R7.3, R8.4: the request's reason opens the extraordinary meeting's agenda
            String title = "Olağanüstü toplantı gerekçesi: " + extraordinaryReason;
            items.add(new AgendaItem(meeting.getId(), 1, AgendaItem.Source.EXTRAORDINARY_REQUEST, shortened(title), null, false));
        }
        for (AgendaRules.Required r : required) {
            boolean events = r.source() == AgendaItem.Source.NEGATIVE_EVENTS;
            items.add(new AgendaItem(meeting.getId(), items.size() + 1, r.source(), r.title(), null,
                    events && answers.riskFound(), events ? answers.negativeEventsText() : null));
        }
        AnnualReportGate gate = annualReport.getIfAvailable();
        Optional<String> revisedReport = gate == null || meeting.isDistrict() ? Optional.empty()
                : gate.revisedReportAgendaItem(meeting);
        // R13.2: a revised Ek-3 the board rejected goes back to the board at its next meeting (Art 7(3))
        revisedReport.ifPresent(title -> items.add(new AgendaItem(meeting.getId(), items.size() + 1,
                AgendaItem.Source.ANNUAL_REPORT_APPROVAL, title, null, false)));
        for (AgendaProposalView a : answers.views()) {
            if (a.hasProposal() && takenProposals.contains(a.institutionId())) { // R10.2
                items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.INSTITUTION_PROPOSAL,
                        shortened(a.institutionName() + ": " + a.topic()), a.institutionId(), false, proposalText(a)));
            }
        }
        for (AgendaProposalView a : answers.views()) {
            if (a.specialRequested() && takenRequests.contains(a.institutionId())) { // R10.2, R10.10
                items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.SPECIAL_REQUEST,
                        shortened("Özel gündem talebi — " + a.institutionName() + ": " + a.specialRequest()), a.institutionId(),
                        false, null));
            }
        }
        if (answers.activitiesText() != null) { // R5.3, R10.8: what the institutions did for foreigners
            items.add(new AgendaItem(meeting.getId(), items.size() + 1, AgendaItem.Source.ACTIVITIES,
                    "Kurumların yabancılara yönelik faaliyetleri (R5.3, R10.8)", null, false, answers.activitiesText()));
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
        if (!meeting.isDistrict()) {
            proposals.recordHandling(key, takenProposals, takenRequests, reason);
        }
        // R10.9: a risk raised on the agenda needs a decision at the meeting
        task.setVariable("agendaHasRisk", answers.riskFound());
    }

    private static String proposalText(AgendaProposalView a) {
        String category = a.categoryLabel() == null ? "" : a.categoryLabel() + ". ";
        return a.description() == null ? category.isEmpty() ? null : category.trim() : category + a.description();
    }

    private static String shortened(String title) {
        return title.length() > 500 ? title.substring(0, 499) + "…" : title;
    }

    /**
     * What came to the agenda: a provincial board's institution answers (R10.2, R5.3, R10.8, R10.9), or what the
     * district secretariat wrote on its agenda form (activities, negative events, a risk found; R10.9 "ilçede").
     */
    private record Answers(List<AgendaProposalView> views, String activitiesText, String negativeEventsText, boolean riskFound) {

        static Answers of(List<AgendaProposalView> views) {
            return new Answers(views,
                    lines(views.stream().filter(a -> a.activities() != null).map(a -> a.institutionName() + ": " + a.activities()).toList()),
                    lines(views.stream().filter(a -> a.negativeEvents() != null || a.riskFlag())
                            .map(a -> a.institutionName() + ": " + (a.negativeEvents() == null ? "Risk bildirildi." : a.negativeEvents())
                                    + (a.riskFlag() ? " (risk tespit edildi)" : "")).toList()),
                    views.stream().anyMatch(AgendaProposalView::riskFlag));
        }

        static Answers ofDistrict(DelegateTask task) {
            String events = FormValues.optionalText(task.getVariable("negativeEvents"), "Olumsuz olaylar", 2000);
            boolean risk = FormValues.flag(task.getVariable("riskFound"));
            return new Answers(List.of(), FormValues.optionalText(task.getVariable("activities"), "Faaliyetler", 2000),
                    events == null && risk ? "Risk tespit edildi." : events, risk);
        }

        boolean negativeEventsRaised() {
            return negativeEventsText != null;
        }

        /** The proposals and special requests the secretary did not take onto the agenda. */
        List<String> setAside(Set<Long> takenProposals, Set<Long> takenRequests) {
            List<String> names = new ArrayList<>();
            for (AgendaProposalView a : views) {
                if (a.hasProposal() && !takenProposals.contains(a.institutionId())) {
                    names.add(a.institutionName() + " (öneri)");
                }
                if (a.specialRequested() && !takenRequests.contains(a.institutionId())) {
                    names.add(a.institutionName() + " (özel gündem talebi)");
                }
            }
            return names;
        }

        private static String lines(List<String> lines) {
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
    }
}
