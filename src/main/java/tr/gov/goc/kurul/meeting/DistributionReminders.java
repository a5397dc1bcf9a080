package tr.gov.goc.kurul.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;

/** R12.2: a reminder to the secretariat before the 15 days end, an escalation (also to the chair) when they have. */
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
            notices.toGroup(GroupIds.secretariat(plate), "DISTRIBUTION_REMINDER",
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
            notices.toGroup(GroupIds.secretariat(plate), "DISTRIBUTION_OVERDUE", subject, body, key);
            notices.toGroup(GroupIds.chair(plate), "DISTRIBUTION_OVERDUE", subject, body, key);
        }
    }
}
