package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.actionplan.ActionPlans;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.calendar.BoardLevel;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.province.Province;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Plans a province's provincial board meetings of a year (R7.1, R7.2) and starts one provincialBoardCycle per
 * meeting, each prepared by the sub-commission meeting of the window before it (R6.9). Plans its district boards
 * too (R8.1): one districtBoardCycle per window (February–March, August–September) for every district with a foreign
 * population of 2,000 and over (policy districtBoardPopulationThreshold, R15.3) and every border district; the others
 * meet at the Kaymakam's discretion (R8.2, {@link MeetingActions#callDistrictMeeting}). Idempotent: a meeting already
 * planned is left alone, and so is a meeting whose window (for a district: its R8.3 late deadline) has passed.
 */
@Service
public class YearPlanner {

    private static final Logger log = LoggerFactory.getLogger(YearPlanner.class);
    static final String SUB_COMMISSION_CALL_DAYS = "subCommissionCallDaysBefore";

    private final MeetingRepository meetings;
    private final Boards boards;
    private final Provinces provinces;
    private final StatutoryCalendar calendar;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final Policy policy;
    private final ActionPlans actionPlans;

    YearPlanner(MeetingRepository meetings, Boards boards, Provinces provinces, StatutoryCalendar calendar,
                RuntimeService runtimeService, Clock clock, Policy policy, ActionPlans actionPlans) {
        this.policy = policy;
        this.actionPlans = actionPlans;
        this.meetings = meetings;
        this.boards = boards;
        this.provinces = provinces;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Every province with a population figure; provinces without one are reported, not guessed. */
    @Transactional
    public List<Meeting> planAll(int year) {
        List<Meeting> planned = new ArrayList<>();
        for (Province province : provinces.all()) {
            Board board = boards.provincialBoard(province.getPlateCode());
            if (board.getForeignPopulation() == null) {
                log.warn("{} için yabancı nüfus bilgisi yok; {} yılı planlanmadı.", province.getName(), year);
                continue;
            }
            planned.addAll(plan(province.getPlateCode(), year));
        }
        return planned;
    }

    @Transactional
    public List<Meeting> plan(int plateCode, int year) {
        Board board = boards.provincialBoard(plateCode);
        if (board.getForeignPopulation() == null) {
            throw new tr.gov.goc.kurul.common.InvalidInputException("foreignPopulation",
                    board.getName() + " için yabancı nüfus bilgisi girilmemiş; yıl planlanamaz.");
        }
        LocalDate today = LocalDate.now(clock);
        // R15.3: the year is planned by the values in force for it; each meeting keeps them (plannedOn)
        LocalDate governing = calendar.governingDate(year);
        int population = board.getForeignPopulation();
        List<PlannedMeeting> thisYear = calendar.plan(BoardLevel.PROVINCE, population, false, year, governing).meetings();
        List<PlannedMeeting> subCommissions = new ArrayList<>(
                calendar.plan(BoardLevel.PROVINCE, population, false, year - 1, calendar.governingDate(year - 1)).meetings());
        subCommissions.addAll(thisYear);
        subCommissions.removeIf(m -> m.type() != MeetingType.SUB_COMMISSION);
        subCommissions.sort(Comparator.comparing(PlannedMeeting::windowStart));

        String provinceName = provinces.province(plateCode).getName();
        List<Meeting> created = new ArrayList<>();
        int sequence = 0;
        for (PlannedMeeting planned : thisYear) {
            if (planned.type() != MeetingType.PROVINCIAL_BOARD) {
                continue;
            }
            sequence++;
            String key = plateCode + "-" + year + "-" + sequence;
            if (meetings.existsByMeetingKey(key) || planned.windowEnd().isBefore(today)) {
                continue;
            }
            MeetingDeadlines deadlines = calendar.deadlines(MeetingType.PROVINCIAL_BOARD, planned.proposedDate(), governing);
            Meeting meeting = new Meeting(key, board.getId(), plateCode, year, sequence, MeetingKind.ORDINARY, sequence == 1,
                    provinceName + " İl GKK " + year + "/" + sequence, planned.windowStart(), planned.windowEnd(), governing,
                    deadlines.agendaOpensOn(), deadlines.agendaDueDate());
            subCommissions.stream()
                    .filter(s -> s.windowEnd().isBefore(planned.windowStart()))
                    .reduce((first, second) -> second)
                    .filter(s -> !s.windowEnd().isBefore(today)) // R6.9: a first week already past cannot be held any more
                    .ifPresent(s -> meeting.prepareSubCommission(s.windowStart(), s.windowEnd()));
            meetings.save(meeting);
            Map<String, Object> variables = CycleVariables.of(meeting, deadlines.noticeDueDate());
            if (meeting.getSubCommissionWindowStart() != null) {
                // R6.9, R11.4: the İl GİM sets the day before the first week begins, so its first days keep their notice
                variables.put(CycleVariables.SUB_COMMISSION_OPENS_ON, meeting.getSubCommissionWindowStart()
                        .minusDays(policy.intAsOf(SUB_COMMISSION_CALL_DAYS, governing)).toString());
            }
            runtimeService.startProcessInstanceByKey(CycleVariables.PROCESS_KEY, key, variables);
            if (meeting.isFirstOfYear()) { // R5.13: the plan the first meeting approves is prepared with the institutions
                actionPlans.startPreparation(plateCode, key, year, deadlines.agendaDueDate());
            }
            created.add(meeting);
            log.info("Toplantı planlandı: {} ({} – {})", key, planned.windowStart(), planned.windowEnd());
        }
        created.addAll(planDistricts(plateCode, year, today, governing));
        return created;
    }

    /** R8.1: the ordinary district board meetings of a province's year; R8.2: the others are not planned. */
    private List<Meeting> planDistricts(int plateCode, int year, LocalDate today, LocalDate governing) {
        List<Meeting> created = new ArrayList<>();
        for (Board board : boards.ofProvince(plateCode)) {
            if (board.isProvincial()) {
                continue;
            }
            if (board.getForeignPopulation() == null && !board.isBorderDistrict()) {
                log.debug("{}: yabancı nüfus bilgisi yok ve sınır ilçesi değil; ilçe kurulu planlanmadı.", board.getName());
                continue;
            }
            int population = board.getForeignPopulation() == null ? 0 : board.getForeignPopulation();
            List<PlannedMeeting> windows = calendar.plan(BoardLevel.DISTRICT, population, board.isBorderDistrict(), year, governing)
                    .meetings().stream().filter(m -> m.type() == MeetingType.DISTRICT_BOARD).toList();
            long districtId = board.getDistrictId();
            String name = provinces.displayName(provinces.district(districtId));
            int sequence = 0;
            for (PlannedMeeting planned : windows) {
                sequence++;
                String key = DistrictMeetingKeys.ordinary(plateCode, districtId, year, sequence);
                if (meetings.existsByMeetingKey(key) || planned.latestDate().isBefore(today)) {
                    continue;
                }
                MeetingDeadlines deadlines = calendar.deadlines(MeetingType.DISTRICT_BOARD, planned.proposedDate(), governing);
                // the agenda and the date must be settled in time for the 5-day notice of the window's last day (R11.3)
                LocalDate preparationDue = calendar.deadlines(MeetingType.DISTRICT_BOARD, planned.windowEnd(), governing).noticeDueDate();
                Meeting meeting = new Meeting(key, board.getId(), plateCode, year, sequence, MeetingKind.ORDINARY, false,
                        name + " İlçe GKK " + year + "/" + sequence, planned.windowStart(), planned.windowEnd(), governing,
                        deadlines.agendaOpensOn(), deadlines.agendaDueDate());
                meeting.ofDistrict(districtId, planned.lateDeadline()); // R8.3
                meetings.save(meeting);
                runtimeService.startProcessInstanceByKey(CycleVariables.DISTRICT_PROCESS_KEY, key,
                        CycleVariables.ofDistrict(meeting, preparationDue));
                created.add(meeting);
                log.info("İlçe kurulu toplantısı planlandı: {} ({} – {}, en geç {})", key, planned.windowStart(),
                        planned.windowEnd(), planned.lateDeadline());
            }
        }
        return created;
    }
}
