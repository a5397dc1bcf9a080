package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.board.Seat;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * R4.4: "Kurul toplantılarına gündeme göre İl Göç İdaresi Müdürlüğünün teklifi ve kurul başkanının kararı ile ya da
 * kurul başkanınca re'sen ... davet edilebilir." The İl GİM proposes invited participants with the agenda; the chair
 * decides when setting the day, before the notices go out; only those the chair invites are noticed and listed.
 */
final class InvitationSteps {

    static final String OPTIONS = "inviteeOptions";
    static final String PROPOSED = "proposedInvitees";
    static final String INVITED = "invitedParticipants";

    private InvitationSteps() {
    }

    /** Offers the board's registered invited participants (agenda form and the chair's scheduling form). */
    @Component("offerInvitees")
    static class Offer implements TaskListener {

        private final MeetingRecords records;
        private final AttendancePlans plans;
        private final People people;
        private final Institutions institutions;

        Offer(MeetingRecords records, AttendancePlans plans, People people, Institutions institutions) {
            this.records = records;
            this.plans = plans;
            this.people = people;
            this.institutions = institutions;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            task.setVariable(OPTIONS, FormValues.json(plans.invitable(meeting).stream().map(this::option).toList()));
        }

        private Map<String, String> option(Seat seat) {
            Person person = people.person(seat.personId());
            String institution = seat.institutionId() == null ? "" : " — " + institutions.institution(seat.institutionId()).getName();
            return Map.of("label", person.getFullName() + (person.getTitle() == null ? "" : ", " + person.getTitle()) + institution,
                    "value", String.valueOf(seat.membershipId()));
        }
    }

    /** The İl GİM's proposal, kept with the agenda and offered to the chair as the starting choice. */
    @Component("proposeInvitees")
    static class Propose implements TaskListener {

        private final MeetingRecords records;
        private final AttendancePlans plans;
        private final IdentityService identity;

        Propose(MeetingRecords records, AttendancePlans plans, IdentityService identity) {
            this.records = records;
            this.plans = plans;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            List<Long> proposed = FormValues.ids(task.getVariable(PROPOSED), "davetli önerisi");
            try {
                plans.propose(meeting, proposed, actor(identity));
            } catch (InvalidInputException e) {
                throw new TaskInputException(PROPOSED, e.getMessage());
            }
            task.getExecution().setVariable(INVITED, FormValues.json(proposed.stream().map(String::valueOf).toList()));
        }
    }

    /** The chair's decision: these are invited to this meeting and nobody else (proposed or not). */
    @Component("decideInvitees")
    static class Decide implements TaskListener {

        private final MeetingRecords records;
        private final AttendancePlans plans;
        private final IdentityService identity;

        Decide(MeetingRecords records, AttendancePlans plans, IdentityService identity) {
            this.records = records;
            this.plans = plans;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            try {
                plans.decide(meeting, FormValues.ids(task.getVariable(INVITED), "davetli"), actor(identity));
            } catch (InvalidInputException e) {
                throw new TaskInputException(INVITED, e.getMessage());
            }
        }
    }

    private static String actor(IdentityService identity) {
        return Actors.current(identity);
    }
}
