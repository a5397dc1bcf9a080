package tr.gov.goc.kurul.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.calendar.MeetingDeadlines;
import tr.gov.goc.kurul.calendar.MeetingType;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Records a provincial board meeting that was held before Kurul ran it (an archive import, and the demo's completed
 * meeting): the same records the cycle would have left — agenda, attendance of every member (Ek-2, R12.7), the
 * evaluation of earlier decisions (R5.7), the decisions (R12.1, through {@link Decisions}), signed minutes (Ek-1,
 * R12.2) and the platform entry (R12.3) — with no process instance. A key already recorded is returned as it is.
 */
@Service
public class PastMeetings {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final MeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final AttendanceRepository attendance;
    private final MeetingMinutes minutes;
    private final PlatformEntryRepository platformEntries;
    private final Boards boards;
    private final Memberships memberships;
    private final People people;
    private final Institutions institutions;
    private final Decisions decisions;
    private final StatutoryCalendar calendar;

    PastMeetings(MeetingRepository meetings, AgendaItemRepository agendaItems, AttendanceRepository attendance,
                 MeetingMinutes minutes, PlatformEntryRepository platformEntries, Boards boards,
                 Memberships memberships, People people, Institutions institutions, Decisions decisions,
                 StatutoryCalendar calendar) {
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.minutes = minutes;
        this.platformEntries = platformEntries;
        this.boards = boards;
        this.memberships = memberships;
        this.people = people;
        this.institutions = institutions;
        this.decisions = decisions;
        this.calendar = calendar;
    }

    public record PastDecision(String text, String justification, String aim, LocalDate deadline, Set<Long> responsibleInstitutionIds,
                               boolean riskItem) {
    }

    public record PastMeeting(int plateCode, int year, int sequence, String provinceName, LocalDate meetingDate, String startTime,
                              String place, String previousDecisionsEvaluation, List<String> agenda, String topics,
                              String problems, String solutions, List<PastDecision> decisions, String otherMatters,
                              String secretary, String signedBy) {
    }

    @Transactional
    public Meeting record(PastMeeting past) {
        String key = past.plateCode() + "-" + past.year() + "-" + past.sequence();
        var existing = meetings.findByMeetingKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Board board = boards.provincialBoard(past.plateCode());
        LocalDate date = past.meetingDate();
        LocalDate plannedOn = date.minusMonths(2);
        MeetingDeadlines deadlines = calendar.deadlines(MeetingType.PROVINCIAL_BOARD, date); // today's policy numbers
        Meeting meeting = meetings.save(new Meeting(key, board.getId(), past.plateCode(), past.year(), past.sequence(),
                MeetingKind.ORDINARY, past.sequence() == 1, past.provinceName() + " İl GKK " + past.year() + "/" + past.sequence(),
                date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()), plannedOn, deadlines.agendaOpensOn(),
                deadlines.agendaDueDate()));
        meeting.schedule(date, past.startTime(), past.place(), deadlines.noticeDueDate(), deadlines.minutesDistributionDueDate(),
                deadlines.platformEntryDueDate());

        List<AgendaItem> items = new ArrayList<>();
        int position = 1;
        items.add(new AgendaItem(meeting.getId(), position++, AgendaItem.Source.PREVIOUS_DECISIONS,
                "Önceki toplantı kararlarının uygulanmasının değerlendirilmesi (md. 5/7)", null, false));
        for (String title : past.agenda()) {
            items.add(new AgendaItem(meeting.getId(), position++, AgendaItem.Source.ADDITIONAL, title, null, false));
        }
        agendaItems.saveAll(items);

        List<Attendance> rows = new ArrayList<>();
        for (Seat m : memberships.seats(board.getId())) {
            Attendance.AttendedAs as = switch (m.role()) {
                case CHAIR -> Attendance.AttendedAs.CHAIR;
                case MEMBER -> Attendance.AttendedAs.MEMBER;
                case INVITED -> Attendance.AttendedAs.INVITED;
                default -> null;
            };
            if (as == null) {
                continue;
            }
            Person p = people.person(m.personId());
            String institution = m.institutionId() == null ? null : institutions.institution(m.institutionId()).getName();
            rows.add(new Attendance(meeting.getId(), as, p.getId(), null, p.getFullName(), p.getTitle(), institution, p.getPhone()));
        }
        rows.sort((a, b) -> Integer.compare(rank(a.getAttendedAs()), rank(b.getAttendedAs())));
        attendance.saveAll(rows);
        meeting.evaluatePreviousDecisions(past.previousDecisionsEvaluation());

        for (PastDecision d : past.decisions()) {
            decisions.record(key, past.plateCode(), d.text(), d.justification(), d.aim(), d.deadline(),
                    d.responsibleInstitutionIds(), d.riskItem(), false, date);
        }

        Instant drafted = date.plusDays(1).atTime(15, 0).atZone(ISTANBUL).toInstant();
        minutes.recordPast(meeting, new MeetingMinutes.PastMinutes(past.topics(), past.problems(), past.solutions(),
                past.otherMatters(), past.secretary(), drafted, past.signedBy(),
                date.plusDays(2).atTime(11, 0).atZone(ISTANBUL).toInstant()));
        LocalDate entered = deadlines.platformEntryDueDate().isBefore(date.plusDays(3)) ? date : date.plusDays(3);
        platformEntries.save(new PlatformEntry(meeting.getId(), entered, "Arşivden aktarılan toplantı.", past.secretary(),
                entered.atTime(16, 0).atZone(ISTANBUL).toInstant()));
        meeting.advance(MeetingStatus.CLOSED);
        return meeting;
    }

    private static int rank(Attendance.AttendedAs as) {
        return switch (as) {
            case CHAIR -> 0;
            case MEMBER -> 1;
            case DEPUTY -> 2;
            case INVITED -> 3;
            case PRESIDENCY -> 4;
        };
    }
}
