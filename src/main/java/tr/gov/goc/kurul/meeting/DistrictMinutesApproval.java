package tr.gov.goc.kurul.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * R12.4: district minutes (Ek-1) are prepared by the district secretariat and approved by the chair and the members.
 * The Kaymakam's office confirms which attending members approved the draft; every attending member must have
 * approved it, else the draft goes back with a reason. The chair's approval is the signature ({@link SignMinutes}).
 */
final class DistrictMinutesApproval {

    private DistrictMinutesApproval() {
    }

    /** The members and deputies on the Ek-2 list (R12.7), as the approval choices. */
    static List<Attendance> approvers(Meetings meetings, Meeting meeting) {
        return meetings.attendance(meeting).stream()
                .filter(a -> a.getAttendedAs() == Attendance.AttendedAs.MEMBER || a.getAttendedAs() == Attendance.AttendedAs.DEPUTY)
                .toList();
    }

    @Component("prepareDistrictMinutesApproval")
    static class Prepare implements TaskListener {

        private final MeetingRecords records;
        private final Meetings meetings;

        Prepare(MeetingRecords records, Meetings meetings) {
            this.records = records;
            this.meetings = meetings;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            task.setVariable("approverOptions", FormValues.json(approvers(meetings, meeting).stream()
                    .map(a -> Map.of("label", a.getFullName() + (a.getInstitutionName() == null ? "" : " (" + a.getInstitutionName() + ")"),
                            "value", String.valueOf(a.getId())))
                    .toList()));
        }
    }

    @Component("approveDistrictMinutes")
    static class Approve implements TaskListener {

        private final MeetingRecords records;
        private final Meetings meetings;
        private final SignMinutes signMinutes;

        Approve(MeetingRecords records, Meetings meetings, SignMinutes signMinutes) {
            this.records = records;
            this.meetings = meetings;
            this.signMinutes = signMinutes;
        }

        @Override
        public void notify(DelegateTask task) {
            Object approved = task.getVariable("minutesApproved");
            if (approved != null && FormValues.flag(approved)) {
                Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
                List<Attendance> approvers = approvers(meetings, meeting);
                Set<Long> chosen = Set.copyOf(FormValues.ids(task.getVariable("approvingMembers"), "üye"));
                List<String> missing = approvers.stream().filter(a -> !chosen.contains(a.getId())).map(Attendance::getFullName).toList();
                if (!missing.isEmpty()) {
                    throw new TaskInputException("İlçe kurulu tutanağı başkan ve üyelerce onaylanır (md. 12/4). Onayı işaretlenmeyen üyeler: "
                            + String.join(", ", missing) + ". Onaylamayan üye varsa tutanağı gerekçesiyle iade edin.");
                }
                String names = approvers.stream().map(Attendance::getFullName).collect(Collectors.joining(", "));
                records.openDraft(meeting).approvedByMembers(names.length() > 1500 ? names.substring(0, 1499) + "…" : names);
            }
            signMinutes.notify(task); // the chair's approval (R12.4), or the return with a reason
        }
    }
}
