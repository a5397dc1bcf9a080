package tr.gov.goc.kurul.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;

/**
 * R12.2 (R12.4, R12.5 for a district): a reminder to the secretariat before the 15 days end, an escalation (also to
 * the chair, and for a district to the İl GİM, which must have the minutes within those days) when they have.
 */
final class DistributionReminders {

    private DistributionReminders() {
    }

    @Component("remindDistribution")
    static class Remind implements JavaDelegate {

        private final Notices notices;

        Remind(Notices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int plate = ((Number) execution.getVariable("plateCode")).intValue();
            notices.toGroup(MeetingGroups.secretariat(plate, execution.getVariable("districtId")), "DISTRIBUTION_REMINDER",
                    execution.getVariable("meetingTitle") + ": tutanak dağıtım süresi yaklaşıyor",
                    "İmzalı tutanak en geç " + execution.getVariable("minutesDistributionDueDate")
                            + " tarihine kadar üye kurumlara gönderilmelidir (R12.2).",
                    (String) execution.getVariable(CycleVariables.MEETING_KEY));
        }
    }

    @Component("escalateDistribution")
    static class Escalate implements JavaDelegate {

        private final Notices notices;

        Escalate(Notices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int plate = ((Number) execution.getVariable("plateCode")).intValue();
            String key = (String) execution.getVariable(CycleVariables.MEETING_KEY);
            String subject = execution.getVariable("meetingTitle") + ": tutanak 15 gün içinde dağıtılmadı";
            String body = "Dağıtım süresi " + execution.getVariable("minutesDistributionDueDate") + " tarihinde doldu (R12.2).";
            Object district = execution.getVariable("districtId");
            notices.toGroup(MeetingGroups.secretariat(plate, district), "DISTRIBUTION_OVERDUE", subject, body, key);
            notices.toGroup(MeetingGroups.chair(plate, district), "DISTRIBUTION_OVERDUE", subject, body, key);
            if (district != null) { // R12.5: the İl GİM must have the district minutes within the same 15 days
                notices.toGroup(GroupIds.secretariat(plate), "DISTRIBUTION_OVERDUE", subject,
                        body + " İlçe kurulu tutanağı bu süre içinde İl Göç İdaresi Müdürlüğüne de gönderilmelidir (R12.5).", key);
            }
        }
    }
}
