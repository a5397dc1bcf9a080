package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.calendar.BoardLevel;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.PlannedMeeting;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.province.Province;
import tr.gov.goc.kurul.province.Provinces;

/**
 * Plans a province's provincial board meetings of a year (R7.1, R7.2) and starts one provincialBoardCycle per
 * meeting, each prepared by the sub-commission meeting of the window before it (R6.9). Idempotent: a meeting
 * already planned is left alone, and so is a meeting whose window has passed.
 */
@Service
public class YearPlanner {

    private static final Logger log = LoggerFactory.getLogger(YearPlanner.class);

    private final MeetingRepository meetings;
    private final Boards boards;
    private final Provinces provinces;
    private final StatutoryCalendar calendar;
    private final RuntimeService runtimeService;
    private final Clock clock;

    YearPlanner(MeetingRepository meetings, Boards boards, Provinces provinces, StatutoryCalendar calendar,
                RuntimeService runtimeService, Clock clock) {
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
        int population = board.getForeignPopulation();
        List<PlannedMeeting> thisYear = calendar.plan(BoardLevel.PROVINCE, population, false, year, today).meetings();
        List<PlannedMeeting> subCommissions = new ArrayList<>(
                calendar.plan(BoardLevel.PROVINCE, population, false, year - 1, today).meetings());
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
            MeetingDeadlines deadlines = calendar.deadlines(MeetingType.PROVINCIAL_BOARD, planned.proposedDate(), today);
            Meeting meeting = new Meeting(key, board.getId(), plateCode, year, sequence, MeetingKind.ORDINARY, sequence == 1,
                    provinceName + " İl GKK " + year + "/" + sequence, planned.windowStart(), planned.windowEnd(), today,
                    deadlines.agendaOpensOn(), deadlines.agendaDueDate());
            subCommissions.stream()
                    .filter(s -> s.windowEnd().isBefore(planned.windowStart()))
                    .reduce((first, second) -> second)
                    .filter(s -> !s.windowEnd().isBefore(today)) // R6.9: a first week already past cannot be held any more
                    .ifPresent(s -> meeting.prepareSubCommission(s.windowStart(), s.windowEnd()));
            meetings.save(meeting);
            runtimeService.startProcessInstanceByKey(CycleVariables.PROCESS_KEY, key,
                    CycleVariables.of(meeting, deadlines.noticeDueDate()));
            created.add(meeting);
            log.info("Toplantı planlandı: {} ({} – {})", key, planned.windowStart(), planned.windowEnd());
        }
        return created;
    }
}
