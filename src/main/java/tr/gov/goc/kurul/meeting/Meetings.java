package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;

/** The public face of the meeting module: a province's board meetings and what was recorded at them. */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final AttendanceRepository attendance;
    private final DistributionRepository distributions;
    private final PlatformEntryRepository platformEntries;
    private final MeetingChangeRepository changes;

    Meetings(MeetingRepository meetings, AgendaItemRepository agendaItems, AttendanceRepository attendance,
             DistributionRepository distributions, PlatformEntryRepository platformEntries, MeetingChangeRepository changes) {
        this.changes = changes;
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.distributions = distributions;
        this.platformEntries = platformEntries;
    }

    public Meeting byKey(String meetingKey) {
        return meetings.findByMeetingKey(meetingKey)
                .orElseThrow(() -> new NotFoundException("Toplantı bulunamadı: " + meetingKey));
    }

    public Optional<Meeting> findByKey(String meetingKey) {
        return meetings.findByMeetingKey(meetingKey);
    }

    /** The meeting with this numeric id (the {@code id} of {@code GET /api/meetings}). */
    public Optional<Meeting> findById(long id) {
        return meetings.findById(id);
    }

    public List<Meeting> ofProvince(int plateCode) {
        return meetings.findByPlateCodeOrderByWindowStartAsc(plateCode);
    }

    /** The meeting before this one of the same board (R5.7: its decisions are evaluated now). */
    public Optional<Meeting> previous(Meeting meeting) {
        return ofProvince(meeting.getPlateCode()).stream()
                .filter(m -> m.getBoardId() == meeting.getBoardId())
                .filter(m -> m.getWindowStart().isBefore(meeting.getWindowStart()))
                .reduce((first, second) -> second);
    }

    /** The meetings of one district board (R8.1), oldest window first. */
    public List<Meeting> ofDistrict(long districtId) {
        return meetings.findByDistrictIdOrderByWindowStartAsc(districtId);
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        return agendaItems.findByMeetingIdOrderByPositionAsc(meeting.getId());
    }

    public List<Attendance> attendance(Meeting meeting) {
        return attendance.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** R12.1, R12.2, R12.4: who signs the Ek-1 — the chair and every member or deputy who sat (Ek-2 rows). */
    public List<Attendance> signatories(Meeting meeting) {
        return attendance(meeting).stream().filter(Attendance::isSignatory).toList();
    }

    public List<Distribution> distributions(Meeting meeting) {
        return distributions.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** R11.3: the chair's changes of day, place or time and the cancellation, oldest first. */
    public List<MeetingChange> changes(Meeting meeting) {
        return changes.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    public List<PlatformEntry> platformEntries(Meeting meeting) {
        return platformEntries.findByMeetingIdOrderByIdAsc(meeting.getId());
    }
}
