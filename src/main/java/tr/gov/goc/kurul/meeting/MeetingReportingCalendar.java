package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.decision.Decision;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.ReportingCalendar;

/**
 * R5.6, R5.7: follow-up reports are due before the next meeting can evaluate them — at its agenda due date.
 * Also tells the distribution which institutions a meeting's decisions name (R12.2).
 */
@Component
class MeetingReportingCalendar implements ReportingCalendar, ResponsibleInstitutions {

    private final MeetingRepository meetings;
    private final Decisions decisions;

    MeetingReportingCalendar(MeetingRepository meetings, Decisions decisions) {
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate nextReportDue(int plateCode, LocalDate after) {
        return meetings.findByPlateCodeOrderByWindowStartAsc(plateCode).stream()
                .filter(m -> !m.isDistrict()) // the provincial board evaluates its decisions (R5.7)
                .map(Meeting::getAgendaDueDate)
                .filter(due -> due.isAfter(after))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> of(String meetingKey) {
        return decisions.ofMeeting(meetingKey).stream()
                .map(DecisionStatus::decision)
                .map(Decision::getId)
                .flatMap(id -> decisions.responsibleInstitutions(id).stream())
                .collect(Collectors.toSet());
    }
}
