package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * Offers the board's chair and members (R4.2: the Kaymakams of larger districts among them), their registered deputies
 * (R9.2) and invited participants as choices.
 */
@Component("prepareAttendanceForm")
class PrepareAttendanceForm implements TaskListener {

    private final MeetingRecords records;
    private final Memberships memberships;
    private final People people;
    private final Institutions institutions;

    PrepareAttendanceForm(MeetingRecords records, Memberships memberships, People people, Institutions institutions) {
        this.records = records;
        this.memberships = memberships;
        this.people = people;
        this.institutions = institutions;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
        List<Seat> seats = memberships.seats(meeting.getBoardId());
        task.setVariable("memberOptions", FormValues.json(seats.stream().filter(Seat::isMember).map(s -> option(s, "")).toList()));
        task.setVariable("deputyOptions", FormValues.json(seats.stream().filter(s -> s.role() == MembershipRole.DEPUTY)
                .map(s -> option(s, " — vekil: " + people.person(memberships.membership(s.deputyOfId()).getPersonId()).getFullName()))
                .toList()));
        task.setVariable("invitedOptions", FormValues.json(seats.stream().filter(s -> s.role() == MembershipRole.INVITED)
                .map(s -> option(s, "")).toList()));
    }

    private Map<String, String> option(Seat seat, String suffix) {
        Person person = people.person(seat.personId());
        String institution = seat.institutionId() == null ? "" : " (" + institutions.institution(seat.institutionId()).getName() + ")";
        return Map.of("label", person.getFullName() + ", " + (person.getTitle() == null ? "" : person.getTitle()) + institution + suffix,
                "value", String.valueOf(seat.membershipId()));
    }
}
