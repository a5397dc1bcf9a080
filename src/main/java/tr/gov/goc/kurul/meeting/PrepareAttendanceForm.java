package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private final AttendancePlans plans;
    private final CalendarReplies calendarReplies;

    PrepareAttendanceForm(MeetingRecords records, Memberships memberships, People people, Institutions institutions,
                          AttendancePlans plans, CalendarReplies calendarReplies) {
        this.calendarReplies = calendarReplies;
        this.plans = plans;
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
        Set<Long> invited = plans.invited(meeting); // R4.4: only those the chair invited to this meeting
        task.setVariable("invitedOptions", FormValues.json(seats.stream()
                .filter(s -> s.role() == MembershipRole.INVITED && invited.contains(s.membershipId()))
                .map(s -> option(s, "")).toList()));
        announced(task, meeting);
    }

    /** R9.1, R9.2, R4.5: what members and the presidency announced before the meeting, shown and pre-filled. */
    private void announced(DelegateTask task, Meeting meeting) {
        List<String> lines = new ArrayList<>();
        List<String> sittingDeputies = new ArrayList<>();
        for (Excuse excuse : plans.excuses(meeting)) {
            String deputy = plans.deputyName(excuse).map(name -> "yerine kayıtlı vekili " + name + " katılacak")
                    .orElse("vekili katılmayacak");
            String name = people.person(excuse.getPersonId()).getFullName();
            if (excuse.isCalledIn()) { // R9.3
                lines.add("- " + name + ": mazeretli idi (" + excuse.getReason() + "); Kurul Başkanınca acil durum nedeniyle ("
                        + excuse.getCallInReason() + ") toplantıya çağrıldı (md. 9/3).");
                continue;
            }
            if (excuse.getDeputyMembershipId() != null) {
                sittingDeputies.add(String.valueOf(excuse.getDeputyMembershipId()));
            }
            lines.add("- " + name + ": mazeretli (" + excuse.getReason() + "), " + deputy + ".");
        }
        // R9.1, R9.2: calendar answers are shown, never recorded: a decline not confirmed is no excuse
        for (MemberCalendarReply reply : calendarReplies.toConfirm(meeting)) {
            lines.add("- " + people.person(reply.getPersonId()).getFullName() + ": takviminden 'katılmayacağım' yanıtı geldi; "
                    + "mazeret teyit edilmedi (md. 9/1) — katıldıysa katılanlara ekleyin.");
        }
        List<String> accepted = calendarReplies.of(meeting).stream().filter(r -> "ACCEPTED".equals(r.getPartStat()))
                .map(r -> people.person(r.getPersonId()).getFullName()).toList();
        if (!accepted.isEmpty()) {
            lines.add("- Takviminden katılacağını bildirdi: " + String.join(", ", accepted) + ".");
        }
        List<PresidencyAttendee> presidency = plans.presidency(meeting);
        for (PresidencyAttendee a : presidency) {
            lines.add("- Başkanlık personeli: " + AttendancePlans.PresidencyPerson.line(a) + " katılacağını bildirdi.");
        }
        task.setVariable("attendancePlanText", lines.isEmpty() ? "Toplantıdan önce mazeret, takvim yanıtı ya da Başkanlık katılımı bildirilmedi."
                : "**Toplantıdan önce bildirilenler (md. 4/5, 9/1, 9/2):**\n" + String.join("\n", lines));
        if (!sittingDeputies.isEmpty() && task.getVariable("attendedDeputies") == null) {
            task.setVariable("attendedDeputies", FormValues.json(sittingDeputies));
        }
        if (!presidency.isEmpty() && task.getVariable("otherParticipants") == null) {
            task.setVariable("otherParticipants", String.join("\n", presidency.stream()
                    .map(a -> a.getFullName() + "; " + (a.getTitle() == null ? "" : a.getTitle()) + "; Göç İdaresi Başkanlığı"
                            + (a.getUnit() == null ? "" : " — " + a.getUnit())).toList()));
        }
    }

    private Map<String, String> option(Seat seat, String suffix) {
        Person person = people.person(seat.personId());
        String institution = seat.institutionId() == null ? "" : " (" + institutions.institution(seat.institutionId()).getName() + ")";
        return Map.of("label", person.getFullName() + ", " + (person.getTitle() == null ? "" : person.getTitle()) + institution + suffix,
                "value", String.valueOf(seat.membershipId()));
    }
}
