package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.TaskInputException;

/** Writes what happens at a meeting; each method is one step of the cycle, called by its task listener. */
@Service
@Transactional
class MeetingRecords {

    private final MeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final AttendanceRepository attendance;
    private final MeetingMinutes minutes;
    private final DistributionRepository distributions;
    private final PlatformEntryRepository platformEntries;
    private final Clock clock;

    MeetingRecords(MeetingRepository meetings, AgendaItemRepository agendaItems, AttendanceRepository attendance,
                   MeetingMinutes minutes, DistributionRepository distributions,
                   PlatformEntryRepository platformEntries, Clock clock) {
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.minutes = minutes;
        this.distributions = distributions;
        this.platformEntries = platformEntries;
        this.clock = clock;
    }

    Meeting meeting(String key) {
        return meetings.findByMeetingKey(key).orElseThrow(() -> new TaskInputException("Toplantı kaydı bulunamadı: " + key));
    }

    void replaceAgenda(Meeting meeting, List<AgendaItem> items) {
        agendaItems.deleteByMeetingId(meeting.getId());
        agendaItems.flush();
        agendaItems.saveAll(items);
        meeting.advance(MeetingStatus.AGENDA_COMPILED);
    }

    void replaceAttendance(Meeting meeting, Collection<Attendance> rows) {
        attendance.deleteByMeetingId(meeting.getId());
        attendance.flush();
        attendance.saveAll(rows);
        meeting.advance(MeetingStatus.HELD);
    }

    /** R12.2: the signed minutes are distributed — the last signed version (the minutes module keeps the versions). */
    void recordDistribution(Meeting meeting, Collection<Long> institutionIds, String letterNumber, LocalDate sentOn, String by) {
        int version = minutes.lastSignedNumber(meeting)
                .orElseThrow(() -> new TaskInputException("Henüz imzalanmış bir tutanak yok."));
        for (Long institutionId : institutionIds) {
            distributions.save(new Distribution(meeting.getId(), institutionId, version, letterNumber, sentOn, by, clock.instant()));
        }
    }

    void recordPlatformEntry(Meeting meeting, LocalDate enteredOn, String note, String by) {
        platformEntries.save(new PlatformEntry(meeting.getId(), enteredOn, note, by, clock.instant()));
    }
}
