package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * The Ek-2 participant list (R12.7). R9.2: a member who is away is replaced only by their registered deputy —
 * a deputy cannot attend in place of a member who is there, and nobody else can stand in.
 */
@Component("recordAttendance")
class RecordAttendance implements TaskListener {

    private final MeetingRecords records;
    private final Memberships memberships;
    private final People people;
    private final Institutions institutions;
    private final AttendancePlans plans;

    RecordAttendance(MeetingRecords records, Memberships memberships, People people, Institutions institutions,
                     AttendancePlans plans) {
        this.plans = plans;
        this.records = records;
        this.memberships = memberships;
        this.people = people;
        this.institutions = institutions;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        Map<Long, Seat> active = memberships.seats(meeting.getBoardId()).stream()
                .collect(Collectors.toMap(Seat::membershipId, Function.identity(), (a, b) -> a));
        Set<Long> members = ids(task.getVariable("attendedMembers"), active, "üye", MembershipRole.CHAIR, MembershipRole.MEMBER);
        Set<Long> deputies = ids(task.getVariable("attendedDeputies"), active, "vekil", MembershipRole.DEPUTY);
        Set<Long> invited = ids(task.getVariable("attendedInvited"), active, "davetli", MembershipRole.INVITED);
        List<String> others = lines(task.getVariable("otherParticipants"));
        if (members.isEmpty() && deputies.isEmpty()) {
            throw new TaskInputException("Toplantıya katılan en az bir üye seçilmelidir.");
        }
        List<Attendance> rows = new ArrayList<>();
        for (Long id : members) {
            Seat m = active.get(id);
            rows.add(row(meeting, m, m.role() == MembershipRole.CHAIR ? Attendance.AttendedAs.CHAIR : Attendance.AttendedAs.MEMBER, null));
        }
        for (Long id : deputies) {
            Seat deputy = active.get(id);
            if (members.contains(deputy.deputyOfId())) { // R9.2
                throw new TaskInputException(people.person(deputy.personId()).getFullName()
                        + " vekil olarak katılamaz: asıl üye toplantıda (R9.2).");
            }
            rows.add(row(meeting, deputy, Attendance.AttendedAs.DEPUTY, deputy.deputyOfId()));
        }
        Set<Long> calledIn = plans.invited(meeting);
        for (Long id : invited) {
            if (!calledIn.contains(id)) { // R4.4
                throw new TaskInputException("attendedInvited", "Seçilen davetli bu toplantıya kurul başkanınca davet edilmedi (md. 4/4).");
            }
            rows.add(row(meeting, active.get(id), Attendance.AttendedAs.INVITED, null));
        }
        for (String line : others) {
            String[] parts = line.split(";");
            String name = FormValues.requiredText(parts[0], "Diğer katılımcının adı", 200);
            rows.add(new Attendance(meeting.getId(), Attendance.AttendedAs.PRESIDENCY, null, null, name,
                    parts.length > 1 ? FormValues.optionalText(parts[1], "Unvan", 150) : null,
                    parts.length > 2 ? FormValues.optionalText(parts[2], "Kurum", 250) : null, null));
        }
        records.replaceAttendance(meeting, rows);
        task.setVariable("participantCount", rows.size());
    }

    private Set<Long> ids(Object value, Map<Long, Seat> active, String label, MembershipRole... roles) {
        Set<Long> result = new HashSet<>();
        List<MembershipRole> allowed = List.of(roles);
        for (Long id : FormValues.ids(value, label)) {
            Seat m = active.get(id);
            if (m == null || !allowed.contains(m.role())) {
                // R9.2: only the board's registered members, deputies and invited participants
                throw new TaskInputException("Seçilen " + label + " bu kurulun kayıtlı listesinde yok (R9.2).");
            }
            result.add(id);
        }
        return result;
    }

    private Attendance row(Meeting meeting, Seat m, Attendance.AttendedAs as, Long forMembershipId) {
        Person p = people.person(m.personId());
        String institution = m.institutionId() == null ? null : institutions.institution(m.institutionId()).getName();
        return new Attendance(meeting.getId(), as, p.getId(), forMembershipId, p.getFullName(), p.getTitle(), institution, p.getPhone());
    }

    private static List<String> lines(Object value) {
        String text = FormValues.optionalText(value, "Diğer katılımcılar", 4000);
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
