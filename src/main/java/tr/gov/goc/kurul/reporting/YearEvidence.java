package tr.gov.goc.kurul.reporting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.decision.FollowUpStatus;
import tr.gov.goc.kurul.meeting.AgendaItem;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.reporting.AnnualReportView.DecisionRow;
import tr.gov.goc.kurul.reporting.AnnualReportView.InstitutionRow;
import tr.gov.goc.kurul.reporting.AnnualReportView.MeetingRow;

/**
 * What a province's boards did in a year (R5.12, R13.4): every provincial and district meeting of the province
 * (meeting rows of the same plate code and year), the problems raised on their agendas, and their decisions with
 * each responsible institution's latest follow-up report. The Ek-3 draft is pre-filled from it.
 */
@Component
class YearEvidence {

    private static final ZoneId TURKIYE = ZoneId.of("Europe/Istanbul");
    private static final Set<AgendaItem.Source> PROBLEM_ITEMS = Set.of(AgendaItem.Source.INSTITUTION_PROPOSAL,
            AgendaItem.Source.NEGATIVE_EVENTS, AgendaItem.Source.ADDITIONAL);

    private final Meetings meetings;
    private final Decisions decisions;
    private final Boards boards;

    YearEvidence(Meetings meetings, Decisions decisions, Boards boards) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.boards = boards;
    }

    record Year(List<MeetingRow> meetings, List<String> problems, List<DecisionRow> decisions) {

        AnnualReportView.Summary summary() {
            int provincial = (int) meetings.stream().filter(m -> m.level().equals("İl")).count();
            return new AnnualReportView.Summary(provincial, meetings.size() - provincial, decisions.size(),
                    (int) decisions.stream().filter(d -> d.outcome().equals(AnnualReportView.OUTCOME_IMPLEMENTED)).count(),
                    (int) decisions.stream().filter(DecisionRow::notImplemented).count(),
                    (int) decisions.stream().filter(DecisionRow::unsolved).count());
        }
    }

    Year of(int plateCode, int year) {
        long provincialBoardId = boards.provincialBoard(plateCode).getId();
        List<Meeting> held = meetings.ofProvince(plateCode).stream().filter(m -> m.getYear() == year).toList();
        Map<String, Meeting> byKey = held.stream().collect(Collectors.toMap(Meeting::getMeetingKey, Function.identity()));
        List<MeetingRow> meetingRows = held.stream()
                .map(m -> new MeetingRow(m.getMeetingKey(), m.getTitle(), level(m, provincialBoardId), m.getMeetingDate(),
                        m.getStatus().name()))
                .toList();
        List<String> problems = new ArrayList<>();
        for (Meeting m : held) {
            for (AgendaItem item : meetings.agenda(m)) {
                if (PROBLEM_ITEMS.contains(item.getSource())) {
                    problems.add(m.getTitle() + ": " + item.getTitle());
                }
            }
        }
        List<DecisionRow> decisionRows = new ArrayList<>();
        for (DecisionStatus status : decisions.ofProvince(plateCode)) {
            Meeting meeting = byKey.get(status.decision().getMeetingKey());
            boolean ofYear = meeting != null
                    || (!meetingKnown(plateCode, status.decision().getMeetingKey())
                    && status.decision().getCreatedAt().atZone(TURKIYE).getYear() == year);
            if (ofYear) {
                decisionRows.add(row(status, meeting == null ? "İl" : level(meeting, provincialBoardId)));
            }
        }
        return new Year(meetingRows, problems, decisionRows);
    }

    private boolean meetingKnown(int plateCode, String meetingKey) {
        return meetings.findByKey(meetingKey).isPresent();
    }

    private static String level(Meeting meeting, long provincialBoardId) {
        return meeting.getBoardId() == provincialBoardId ? "İl" : "İlçe";
    }

    private static DecisionRow row(DecisionStatus status, String level) {
        List<InstitutionRow> institutions = status.institutions().stream()
                .map(i -> new InstitutionRow(i.institutionName(), i.status() == null ? null : i.status().name(),
                        i.status() == null ? "Rapor verilmedi" : i.status().turkish(),
                        i.latestReport() == null ? null : i.latestReport().getReason(),
                        i.latestReport() == null ? null : i.latestReport().getNote()))
                .toList();
        String outcome;
        if (status.institutions().stream().anyMatch(i -> i.status() == FollowUpStatus.CANNOT_BE_DONE)) {
            outcome = AnnualReportView.OUTCOME_NOT_IMPLEMENTED;
        } else if (status.isOpen()) {
            outcome = AnnualReportView.OUTCOME_ONGOING;
        } else {
            outcome = AnnualReportView.OUTCOME_IMPLEMENTED;
        }
        return new DecisionRow(status.label(), status.decision().getMeetingKey(), level, status.decision().getText(),
                status.decision().getDeadline(), outcome, institutions);
    }

    /** The draft the İl GİM starts from (R13.1, R13.4); the last three sections are theirs to write. */
    AnnualReportContent prefill(Year year) {
        AnnualReportView.Summary s = year.summary();
        StringBuilder problems = new StringBuilder();
        year.problems().forEach(p -> problems.append("• ").append(p).append('\n'));
        if (year.problems().isEmpty()) {
            problems.append("Kurul gündemlerinde kayıtlı sorun maddesi yok.");
        }
        StringBuilder evaluation = new StringBuilder()
                .append(s.provincialMeetings()).append(" il ve ").append(s.districtMeetings()).append(" ilçe kurulu toplantısında ")
                .append(s.decisions()).append(" karar alındı: ").append(s.implemented()).append(" uygulandı, ")
                .append(s.notImplemented()).append(" uygulanamadı, ").append(s.ongoing()).append(" sürüyor.\n");
        StringBuilder notImplemented = new StringBuilder();
        StringBuilder unsolved = new StringBuilder();
        for (DecisionRow d : year.decisions()) {
            evaluation.append("• ").append(d.label()).append(": ").append(d.text()).append(" — ").append(d.outcome())
                    .append(" (").append(d.institutions().stream().map(i -> i.institutionName() + ": " + i.statusLabel())
                            .collect(Collectors.joining("; "))).append(")\n");
            if (d.notImplemented()) {
                notImplemented.append("• ").append(d.label()).append(": ").append(d.text()).append(" — ")
                        .append(d.institutions().stream().filter(i -> FollowUpStatus.CANNOT_BE_DONE.name().equals(i.status()))
                                .map(i -> i.institutionName() + ": " + (i.reason() == null ? "gerekçe bildirilmedi" : i.reason()))
                                .collect(Collectors.joining("; ")))
                        .append('\n');
            }
            if (d.unsolved()) {
                unsolved.append("• ").append(d.label()).append(": ").append(d.text()).append(" — ")
                        .append(d.institutions().stream().filter(i -> i.status() == null || !isFinal(i.status()))
                                .map(i -> i.institutionName() + ": " + i.statusLabel()).collect(Collectors.joining("; ")))
                        .append('\n');
            }
        }
        return new AnnualReportContent(fit(problems), fit(evaluation), fit(notImplemented), fit(unsolved), "", "", "");
    }

    private static boolean isFinal(String status) {
        return FollowUpStatus.valueOf(status).isFinal();
    }

    /** Keeps a pre-filled section within the column; the full list stays in the report's decision table. */
    private static String fit(CharSequence text) {
        String s = text.toString().strip();
        int max = AnnualReportContent.MAX_LENGTH;
        return s.length() <= max ? s : s.substring(0, max - 60) + "\n… (liste kısaltıldı; tamamı raporun karar tablosunda)";
    }
}
