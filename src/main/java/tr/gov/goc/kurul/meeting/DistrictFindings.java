package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;

/**
 * R10.7: the findings of the district boards reach the provincial agenda — the decisions and the problems recorded
 * in the minutes of every district meeting held since the previous provincial meeting.
 */
@Component
@Transactional(readOnly = true)
class DistrictFindings {

    /** One district decision or problem for the provincial agenda; {@code decisionId} null for a problem. */
    record Finding(Long decisionId, String board, String text) {

        String agendaTitle() {
            String title = board + ": " + text;
            return title.length() > 500 ? title.substring(0, 499) + "…" : title;
        }
    }

    private final MeetingRepository meetings;
    private final Meetings meetingQueries;
    private final Decisions decisions;
    private final MeetingMinutes minutes;

    DistrictFindings(MeetingRepository meetings, Meetings meetingQueries, Decisions decisions, MeetingMinutes minutes) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.meetingQueries = meetingQueries;
        this.decisions = decisions;
    }

    List<Finding> since(Meeting provincial) {
        LocalDate from = meetingQueries.previous(provincial)
                .map(m -> m.getMeetingDate() != null ? m.getMeetingDate() : m.getWindowStart()).orElse(null);
        List<Finding> findings = new ArrayList<>();
        for (Meeting district : meetings.findByPlateCodeOrderByWindowStartAsc(provincial.getPlateCode())) {
            if (!district.isDistrict() || district.getMeetingDate() == null
                    || (from != null && !district.getMeetingDate().isAfter(from))) {
                continue;
            }
            for (DecisionStatus status : decisions.ofMeeting(district.getMeetingKey())) {
                findings.add(new Finding(status.decision().getId(), district.getTitle(),
                        status.decision().getLabel() + ": " + status.decision().getText()));
            }
            minutes.signedProblems(district)
                    .ifPresent(problems -> findings.add(new Finding(null, district.getTitle(), "Tespit edilen sorunlar: " + problems)));
        }
        return findings;
    }

    static List<Map<String, String>> rows(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kurul", f.board());
            row.put("bulgu", f.text());
            return row;
        }).toList();
    }

    static List<Map<String, String>> options(List<Finding> findings) {
        return findings.stream().filter(f -> f.decisionId() != null)
                .map(f -> Map.of("label", f.board() + " — " + f.text(), "value", String.valueOf(f.decisionId()))).toList();
    }
}
