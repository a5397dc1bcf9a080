package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {
    Optional<Meeting> findByMeetingKey(String meetingKey);
    List<Meeting> findByPlateCodeOrderByWindowStartAsc(int plateCode);
    boolean existsByMeetingKey(String meetingKey);
    List<Meeting> findByDistrictIdOrderByWindowStartAsc(Long districtId);
}

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {
    List<AgendaItem> findByMeetingIdOrderByPositionAsc(long meetingId);
    void deleteByMeetingId(long meetingId);
}

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    List<Attendance> findByMeetingIdOrderByIdAsc(long meetingId);
    void deleteByMeetingId(long meetingId);
}

interface DistributionRepository extends JpaRepository<Distribution, Long> {
    List<Distribution> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface PlatformEntryRepository extends JpaRepository<PlatformEntry, Long> {
    List<PlatformEntry> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface InviteeRepository extends JpaRepository<Invitee, Long> {
    List<Invitee> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface ExcuseRepository extends JpaRepository<Excuse, Long> {
    List<Excuse> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface PresidencyAttendeeRepository extends JpaRepository<PresidencyAttendee, Long> {
    List<PresidencyAttendee> findByMeetingIdOrderByIdAsc(long meetingId);
    void deleteByMeetingId(long meetingId);
}

interface MeetingChangeRepository extends JpaRepository<MeetingChange, Long> {
    List<MeetingChange> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface MemberCalendarReplyRepository extends JpaRepository<MemberCalendarReply, Long> {
    List<MemberCalendarReply> findByMeetingIdOrderByIdAsc(long meetingId);

    java.util.Optional<MemberCalendarReply> findByMeetingIdAndMembershipId(long meetingId, long membershipId);
}
