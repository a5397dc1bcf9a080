package tr.gov.goc.kurul.decision;

import static tr.gov.goc.kurul.decision.FollowUpVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;

/** The notices of an overdue follow-up report: a reminder to the liaison group, then the secretariat (R5.5). */
@Configuration
class FollowUpOverdueNotices {

    static final String REMINDER = "FOLLOW_UP_OVERDUE";
    static final String ESCALATION = "FOLLOW_UP_ESCALATION";

    @Bean
    JavaDelegate remindFollowUpOverdue(Notices notices) {
        return execution -> {
            for (String group : textOf(execution, CANDIDATE_GROUP).split(",")) { // a district's secretariat too
                notices.toGroup(group, REMINDER, "Karar takip raporu gecikti: " + textOf(execution, DECISION_LABEL),
                        textOf(execution, DECISION_LABEL) + " için " + textOf(execution, INSTITUTION_NAME)
                                + " raporunun son günü " + textOf(execution, REPORT_DUE_DATE)
                                + " idi. Lütfen Tasklist'teki \"Karar takibi\" görevini tamamlayın (R5.6).",
                        execution.getProcessBusinessKey());
            }
        };
    }

    @Bean
    JavaDelegate escalateFollowUpOverdue(Notices notices) {
        return execution -> notices.toGroup(GroupIds.secretariat(plateCode(execution)), ESCALATION,
                "Karar takip raporu verilmedi: " + textOf(execution, DECISION_LABEL) + " — " + textOf(execution, INSTITUTION_NAME),
                textOf(execution, INSTITUTION_NAME) + ", " + textOf(execution, DECISION_LABEL)
                        + " hakkındaki takip raporunu son gün olan " + textOf(execution, REPORT_DUE_DATE)
                        + " tarihine kadar vermedi. Kurul kararların uygulanmasını denetler (R5.5).",
                execution.getProcessBusinessKey());
    }

    private static int plateCode(DelegateExecution execution) {
        return (int) longOf(execution, PLATE_CODE);
    }
}
