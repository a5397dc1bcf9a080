package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.MeetingDateRules;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.common.PermittedDays;

/**
 * The days the chair's office may choose in "Toplantı tarihini belirle": exactly those {@link ScheduleMeeting}
 * accepts — in the window (R7.1, R7.2, R8.1, up to the R8.3 late deadline for a district), a working day (R-DATES),
 * with the 5-day notice still possible (R11.3).
 */
@Component
class MeetingPermittedDays implements PermittedDays {

    static final String FIELD = "meetingDateChoice";

    private final Meetings meetings;
    private final MeetingDateRules rules;
    private final Clock clock;

    MeetingPermittedDays(Meetings meetings, MeetingDateRules rules, Clock clock) {
        this.meetings = meetings;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Map<String, List<LocalDate>> of(String processDefinitionKey, String taskDefinitionKey, Map<String, Object> variables) {
        boolean cycle = "provincialBoardCycle".equals(processDefinitionKey) || "districtBoardCycle".equals(processDefinitionKey);
        Object key = variables.get(CycleVariables.MEETING_KEY);
        if (!cycle || !"Task_SetMeetingDate".equals(taskDefinitionKey) || key == null) {
            return Map.of();
        }
        return meetings.findByKey(key.toString()).map(meeting -> Map.of(FIELD, days(meeting))).orElse(Map.of());
    }

    private List<LocalDate> days(Meeting meeting) {
        MeetingType type = meeting.isDistrict() ? MeetingType.DISTRICT_BOARD : MeetingType.PROVINCIAL_BOARD;
        LocalDate last = meeting.getLateDeadline() != null && meeting.getLateDeadline().isAfter(meeting.getWindowEnd())
                ? meeting.getLateDeadline() : meeting.getWindowEnd();
        PlannedMeeting planned = new PlannedMeeting(type, meeting.getWindowStart(), meeting.getWindowEnd(), null,
                meeting.getLateDeadline());
        return rules.permittedDays(planned, last, meeting.getPlannedOn(), LocalDate.now(clock));
    }
}
