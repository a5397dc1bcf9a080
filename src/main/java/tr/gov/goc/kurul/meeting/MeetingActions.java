package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.calendar.WorkingDayCalendar;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.province.Provinces;

/** Things people start on a meeting outside the plan: an extraordinary meeting (R7.3), a minutes correction (R12.2). */
@Service
public class MeetingActions {

    static final String EXTRAORDINARY_MESSAGE = "ExtraordinaryMeetingRequested";
    static final String CORRECTION_MESSAGE = "MinutesCorrectionRequested";
    static final String EXTRAORDINARY_WINDOW_DAYS = "meetingExtraordinaryWindowDays";
    static final String EXTRAORDINARY_AGENDA_DAYS = "meetingExtraordinaryAgendaDays";
    static final String EXTRAORDINARY_NOTICE_DAYS = "meetingExtraordinaryNoticeDays";

    private final MeetingRepository meetings;
    private final Boards boards;
    private final Provinces provinces;
    private final StatutoryCalendar calendar;
    private final Policy policy;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    MeetingActions(MeetingRepository meetings, Boards boards, Provinces provinces, StatutoryCalendar calendar, Policy policy,
                   RuntimeService runtimeService, IdentityService identityService, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.provinces = provinces;
        this.calendar = calendar;
        this.policy = policy;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * Starts the extraordinary board cycle (R7.3). Called by the {@code extraordinaryMeeting} process once the request
     * needs no (more) decision of the chair; the reason becomes the agenda's first item.
     */
    @Transactional
    public Meeting callExtraordinary(int plateCode, ExtraordinaryRequester requestedBy, String reason) {
        Board board = boards.provincialBoard(plateCode);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int n = 1;
        while (meetings.existsByMeetingKey(plateCode + "-" + year + "-E" + n)) {
            n++;
        }
        String key = plateCode + "-" + year + "-E" + n;
        // R7.3 with shortened lead times (R15.3, policy data): the agenda call runs meetingExtraordinaryAgendaDays
        // (R10.1, R10.2 shortened; next working day), then members get meetingExtraordinaryNoticeDays of notice (R11.3)
        WorkingDayCalendar days = calendar.workingDays();
        LocalDate agendaDue = days.onOrAfter(today.plusDays(policy.intAsOf(EXTRAORDINARY_AGENDA_DAYS, today)));
        int noticeDays = policy.intAsOf(EXTRAORDINARY_NOTICE_DAYS, today);
        LocalDate earliest = agendaDue.plusDays(noticeDays + 1L);
        LocalDate preparationDue = days.onOrBefore(earliest.minusDays(noticeDays));
        LocalDate windowEnd = today.plusDays(policy.intAsOf(EXTRAORDINARY_WINDOW_DAYS, today));
        Meeting meeting = new Meeting(key, board.getId(), plateCode, year, null, MeetingKind.EXTRAORDINARY, false,
                provinces.province(plateCode).getName() + " İl GKK olağanüstü " + year + "/E" + n, earliest, windowEnd, today,
                today, agendaDue);
        meetings.save(meeting);
        Map<String, Object> variables = CycleVariables.of(meeting, preparationDue);
        variables.put("extraordinaryRequestedBy", requestedBy.name());
        variables.put("extraordinaryReason", reason);
        AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(EXTRAORDINARY_MESSAGE)
                .processInstanceBusinessKey(key).setVariables(variables).correlateStartMessage());
        return meeting;
    }

    @Transactional
    void requestCorrection(Meeting meeting, String reason) {
        if (meeting.getStatus() != MeetingStatus.MINUTES_SIGNED) {
            throw new InvalidInputException("reason", "Yalnızca imzalanmış bir tutanak düzeltilebilir; taslak henüz düzenlenebilir.");
        }
        AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(CORRECTION_MESSAGE)
                .processInstanceBusinessKey(meeting.getMeetingKey()).setVariable("correctionRequestReason", reason)
                .correlateWithResult());
    }
}
