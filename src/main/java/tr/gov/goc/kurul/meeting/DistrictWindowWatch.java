package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;

/**
 * R8.3: a district board not held in its window (February–March, August–September) must meet by the last working
 * day of the following month. When the window ends without the meeting, the province (İl GİM and the Vali's office)
 * and the district are told, and the open preparation tasks become due on the late deadline. When the last possible
 * day passes too, the meeting is recorded as not held and the province is told again.
 */
final class DistrictWindowWatch {

    private DistrictWindowWatch() {
    }

    @Component("escalateDistrictWindowMissed")
    static class WindowMissed implements JavaDelegate {

        private final MeetingRecords records;
        private final Notices notices;
        private final TaskService taskService;

        WindowMissed(MeetingRecords records, Notices notices, TaskService taskService) {
            this.records = records;
            this.notices = notices;
            this.taskService = taskService;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
            if (meeting.getLateDeadline() == null) {
                // a meeting called at the Kaymakam's discretion or an extraordinary one has no R8.3 grace period:
                // it is reported when its last day passes (escalateDistrictMeetingNotHeld)
                return;
            }
            String subject = meeting.getTitle() + ": toplantı penceresinde yapılmadı";
            String body = "İlçe kurulu " + TurkishDates.format(meeting.getWindowStart()) + "–" + TurkishDates.format(meeting.getWindowEnd())
                    + " penceresinde toplanmadı" + (meeting.getMeetingDate() != null
                    ? " (toplantı " + TurkishDates.format(meeting.getMeetingDate()) + " tarihine konuldu)" : "")
                    + ". En geç " + TurkishDates.format(meeting.getLateDeadline()) + " tarihine kadar toplanmalıdır (md. 8/3).";
            tellProvinceAndDistrict(notices, meeting, "DISTRICT_MEETING_LATE", subject, body);
            // R8.3: the open preparation tasks are now due on the late deadline
            Date due = Date.from(LocalDateTime.of(meeting.getLateDeadline(), java.time.LocalTime.of(17, 30))
                    .atZone(ZoneId.of("Europe/Istanbul")).toInstant());
            for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
                task.setDueDate(due);
                taskService.saveTask(task);
            }
            execution.setVariable("districtMeetingLate", true);
            // tasks created from now on (e.g. the date after the agenda) are due on the late deadline as well
            execution.setVariable("preparationDueDate", meeting.getLateDeadline().toString());
        }
    }

    @Component("escalateDistrictMeetingNotHeld")
    static class NotHeld implements JavaDelegate {

        private final MeetingRecords records;
        private final Notices notices;

        NotHeld(MeetingRecords records, Notices notices) {
            this.records = records;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = records.meeting((String) execution.getVariable(CycleVariables.MEETING_KEY));
            LocalDate last = meeting.getLateDeadline() != null ? meeting.getLateDeadline() : meeting.getWindowEnd();
            meeting.advance(MeetingStatus.NOT_HELD);
            String subject = meeting.getTitle() + ": toplantı yapılmadı";
            String body = "İlçe kurulu toplantısı son gün olan " + TurkishDates.format(last) + " tarihine kadar yapılmadı"
                    + (meeting.getLateDeadline() != null ? " (md. 8/1, 8/3)." : ".")
                    + " Dönem kapandı; yeni bir toplantı olağanüstü (md. 8/4) ya da takdire bağlı (md. 8/2) olarak çağrılabilir.";
            tellProvinceAndDistrict(notices, meeting, "DISTRICT_MEETING_NOT_HELD", subject, body);
        }
    }

    static void tellProvinceAndDistrict(Notices notices, Meeting meeting, String kind, String subject, String body) {
        String key = meeting.getMeetingKey();
        notices.toGroup(GroupIds.secretariat(meeting.getPlateCode()), kind, subject, body, key);
        notices.toGroup(GroupIds.chair(meeting.getPlateCode()), kind, subject, body, key);
        notices.toGroup(MeetingGroups.secretariat(meeting), kind, subject, body, key);
        notices.toGroup(MeetingGroups.chair(meeting), kind, subject, body, key);
    }
}
