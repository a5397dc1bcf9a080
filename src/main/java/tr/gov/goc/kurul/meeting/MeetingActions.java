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
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Things people start on a meeting outside the plan: an extraordinary meeting (R7.3), a minutes correction (R12.2),
 * a district board meeting at the Kaymakam's discretion (R8.2) or an extraordinary one (R8.4).
 */
@Service
public class MeetingActions {

    static final String EXTRAORDINARY_MESSAGE = "ExtraordinaryMeetingRequested";
    static final String CORRECTION_MESSAGE = "MinutesCorrectionRequested";
    static final String EXTRAORDINARY_WINDOW_DAYS = "meetingExtraordinaryWindowDays";
    static final String DISTRICT_EXTRAORDINARY_MESSAGE = "DistrictExtraordinaryMeetingRequested";
    static final String DISTRICT_WINDOW_DAYS = "districtDiscretionaryWindowDays";
    static final String EXTRAORDINARY_AGENDA_DAYS = "meetingExtraordinaryAgendaDays";
    static final String EXTRAORDINARY_PROPOSAL_DAYS = "meetingExtraordinaryProposalDaysBefore";

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
        // R7.3 with the agenda's fifteen days (R10.1, R10.2; policy data, R15.3)
        ExtraordinaryLeadTimes lead = extraordinaryLeadTimes(today);
        LocalDate agendaDue = lead.agendaDue();
        LocalDate earliest = lead.earliest();
        // the agenda and the date are settled in time for the five days' notice of the earliest day (R11.3)
        LocalDate preparationDue = calendar.deadlines(MeetingType.PROVINCIAL_BOARD, earliest, today).noticeDueDate();
        LocalDate windowEnd = lead.windowEnd();
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

    /**
     * R8.2: a district below the threshold (2,000, R8.1) that is not a border district meets at the Kaymakam's
     * discretion. Refused (Turkish 400) for a district that meets regularly anyway, and while a meeting of the
     * district is already under way.
     */
    @Transactional
    public Meeting callDistrictMeeting(long districtId, String reason) {
        Board board = boards.districtBoard(districtId);
        if (!meetsAtKaymakamsDiscretion(board)) {
            int threshold = districtBoardPopulationThreshold();
            throw new InvalidInputException("districtId", board.getName() + " olağan olarak Şubat–Mart ve Ağustos–Eylül "
                    + "dönemlerinde toplanır (yabancı nüfusu " + threshold + " ve üzeri ya da sınır ilçesi, md. 8/1); "
                    + "toplantıları yıllık planla başlar. Takdire bağlı toplantı yalnızca bu koşulları taşımayan ilçeler içindir (md. 8/2); "
                    + "olağanüstü toplantı için md. 8/4 yolunu kullanın.");
        }
        return startDistrict(board, MeetingKind.DISCRETIONARY, "T", Map.of("districtMeetingReason", reason));
    }

    /**
     * R8.2: whether a board meets only at the Kaymakam's discretion: a district board whose district has a foreign
     * population below the threshold of R8.1 (policy {@code districtBoardPopulationThreshold}, 2,000; unknown counts as
     * below) and is not a border district. The one test for the call ({@link #callDistrictMeeting}) and for what the
     * page offers ({@code MeetingCallRights}).
     */
    boolean meetsAtKaymakamsDiscretion(Board board) {
        if (board.isProvincial() || board.isBorderDistrict()) {
            return false;
        }
        return board.getForeignPopulation() == null || board.getForeignPopulation() < districtBoardPopulationThreshold();
    }

    /** R8.1: the foreign population from which a district board meets regularly (policy data). */
    int districtBoardPopulationThreshold() {
        return calendar.policyAsOf(LocalDate.now(clock)).districtBoardPopulationThreshold();
    }

    /**
     * R8.4 (as R7.3 at district level): an extraordinary district board meeting, called by the Kaymakam, on the
     * İlçe/İl GİM's proposal or at the presidency's request — for any district. Starts a districtBoardCycle through
     * its start message {@code DistrictExtraordinaryMeetingRequested} (key 27-ilce-412-2027-E1). Refused while another
     * extraordinary meeting of the district is under way; the ordinary windows' cycles do not stand in its way.
     */
    @Transactional
    public Meeting callDistrictExtraordinary(long districtId, ExtraordinaryRequester requestedBy, String reason) {
        Board board = boards.districtBoard(districtId);
        return startDistrict(board, MeetingKind.EXTRAORDINARY, "E", Map.of("extraordinaryRequestedBy", requestedBy.name(),
                "extraordinaryReason", reason));
    }

    /** The lead times of an extraordinary meeting (R7.3, R8.4), policy data (R15.3). */
    private record ExtraordinaryLeadTimes(LocalDate agendaDue, LocalDate earliest, LocalDate windowEnd) {
    }

    /**
     * The agenda call runs meetingExtraordinaryAgendaDays (10, as an ordinary call; next working day), and the meeting
     * is held at least meetingExtraordinaryProposalDaysBefore (15) after the proposals' due date — the circular's
     * fifteen days for every board (R10.1, R10.2), which also leave room for the five days' notice (R11.3) — and
     * within meetingExtraordinaryWindowDays.
     */
    private ExtraordinaryLeadTimes extraordinaryLeadTimes(LocalDate today) {
        LocalDate agendaDue = calendar.workingDays().onOrAfter(today.plusDays(policy.intAsOf(EXTRAORDINARY_AGENDA_DAYS, today)));
        return new ExtraordinaryLeadTimes(agendaDue, agendaDue.plusDays(policy.intAsOf(EXTRAORDINARY_PROPOSAL_DAYS, today)),
                today.plusDays(policy.intAsOf(EXTRAORDINARY_WINDOW_DAYS, today)));
    }

    /**
     * R8.4: whether an extraordinary district meeting can be called now: not while another extraordinary meeting of
     * the district is under way (the ordinary windows' cycles, planned in December, do not stand in its way).
     */
    public boolean extraordinaryDistrictMeetingUnderWay(long districtId) {
        return runningDistrictCycles(districtId, MeetingKind.EXTRAORDINARY) > 0;
    }

    private long runningDistrictCycles(long districtId, MeetingKind kind) {
        // asked as the system: a Kaymakam may not read process instances, but the rule holds for everyone
        return AsSystem.run(identityService, () -> {
            var query = runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleVariables.DISTRICT_PROCESS_KEY)
                    .variableValueEquals(CycleVariables.DISTRICT_ID, districtId);
            return (kind == null ? query : query.variableValueEquals("meetingKind", kind.name())).count();
        });
    }

    private Meeting startDistrict(Board board, MeetingKind kind, String letter, Map<String, Object> extra) {
        long districtId = board.getDistrictId();
        int plateCode = board.getPlateCode();
        if (kind == MeetingKind.EXTRAORDINARY && extraordinaryDistrictMeetingUnderWay(districtId)) {
            throw new InvalidInputException("districtId", board.getName() + " için yürüyen bir olağanüstü toplantı var; "
                    + "yenisi o toplantının dönemi kapandıktan sonra çağrılabilir.");
        }
        if (kind != MeetingKind.EXTRAORDINARY && runningDistrictCycles(districtId, null) > 0) {
            throw new InvalidInputException("districtId", board.getName() + " için yürüyen bir toplantı dönemi var; "
                    + "yeni toplantı o dönem kapandıktan sonra başlatılabilir.");
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String prefix = DistrictMeetingKeys.prefix(plateCode, districtId) + year + "-" + letter;
        int n = 1;
        while (meetings.existsByMeetingKey(prefix + n)) {
            n++;
        }
        String key = prefix + n;
        LocalDate earliest;
        LocalDate windowEnd;
        LocalDate agendaOpens;
        LocalDate agendaDue;
        if (kind == MeetingKind.EXTRAORDINARY) {
            // R8.4 as R7.3: the shortened lead times of the extraordinary provincial meeting (policy data, R15.3)
            ExtraordinaryLeadTimes lead = extraordinaryLeadTimes(today);
            agendaOpens = today;
            agendaDue = lead.agendaDue();
            earliest = lead.earliest();
            windowEnd = lead.windowEnd();
        } else {
            // the agenda needs its 15 days (R10.1): the earliest possible day is after the agenda period
            earliest = today.plusDays(16);
            windowEnd = today.plusDays(policy.intAsOf(DISTRICT_WINDOW_DAYS, today));
            MeetingDeadlines deadlines = calendar.deadlines(MeetingType.DISTRICT_BOARD, earliest, today);
            agendaOpens = deadlines.agendaOpensOn().isBefore(today) ? today : deadlines.agendaOpensOn();
            agendaDue = deadlines.agendaDueDate();
        }
        LocalDate preparationDue = calendar.deadlines(MeetingType.DISTRICT_BOARD, windowEnd, today).noticeDueDate();
        String name = provinces.displayName(provinces.district(districtId));
        String title = name + " İlçe GKK " + (kind == MeetingKind.EXTRAORDINARY ? "olağanüstü " : "") + year + "/" + letter + n;
        Meeting meeting = new Meeting(key, board.getId(), plateCode, year, null, kind, false, title, earliest, windowEnd, today,
                agendaOpens, agendaDue);
        meeting.ofDistrict(districtId, null); // R8.3 is about the ordinary windows only
        meetings.save(meeting);
        Map<String, Object> variables = CycleVariables.ofDistrict(meeting, preparationDue);
        variables.putAll(extra);
        if (kind == MeetingKind.EXTRAORDINARY) {
            AsSystem.run(identityService, () -> runtimeService.createMessageCorrelation(DISTRICT_EXTRAORDINARY_MESSAGE)
                    .processInstanceBusinessKey(key).setVariables(variables).correlateStartMessage());
        } else {
            AsSystem.run(identityService, () -> runtimeService.startProcessInstanceByKey(CycleVariables.DISTRICT_PROCESS_KEY,
                    key, variables));
        }
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
