package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.BoardMembership;
import tr.gov.goc.kurul.board.Memberships;
import tr.gov.goc.kurul.board.MembershipRole;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/** Offers the board's chair and members, their registered deputies (R9.2) and invited participants as choices. */
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
        List<BoardMembership> active = memberships.active(meeting.getBoardId());
        task.setVariable("memberOptions", FormValues.json(options(active, MembershipRole.CHAIR, MembershipRole.MEMBER)));
        task.setVariable("deputyOptions", FormValues.json(active.stream().filter(m -> m.getRole() == MembershipRole.DEPUTY)
                .map(m -> option(m, " — vekil: " + people.person(memberships.membership(m.getDeputyOfId()).getPersonId()).getFullName()))
                .toList()));
        task.setVariable("invitedOptions", FormValues.json(options(active, MembershipRole.INVITED)));
    }

    private List<Map<String, String>> options(List<BoardMembership> active, MembershipRole... roles) {
        List<MembershipRole> wanted = List.of(roles);
        return active.stream().filter(m -> wanted.contains(m.getRole())).map(m -> option(m, "")).toList();
    }

    private Map<String, String> option(BoardMembership m, String suffix) {
        Person person = people.person(m.getPersonId());
        String institution = m.getInstitutionId() == null ? "" : " (" + institutions.institution(m.getInstitutionId()).getName() + ")";
        return Map.of("label", person.getFullName() + ", " + (person.getTitle() == null ? "" : person.getTitle()) + institution + suffix,
                "value", String.valueOf(m.getId()));
    }
}
