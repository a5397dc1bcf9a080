package tr.gov.goc.kurul.decision;

import java.time.Clock;
import static tr.gov.goc.kurul.decision.FollowUpVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Complete listener of the follow-up task: checks the submitted report and stores it (R5.6). Bad input → a
 * Turkish {@link TaskInputException}: the task stays open and nothing is stored.
 */
@Component("recordFollowUpReport")
class RecordFollowUpReport implements TaskListener {

    private final Decisions decisions;
    private final Clock clock;

    RecordFollowUpReport(Decisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FollowUpStatus status = status(textOf(task, STATUS));
        try {
            decisions.report(longOf(task, DECISION_ID), longOf(task, INSTITUTION_ID), status, textOf(task, NOTE),
                    textOf(task, REASON), textOf(task, EVIDENCE), reporter(task), clock.instant());
        } catch (InvalidInputException e) {
            throw new TaskInputException(e.getMessage());
        }
        task.setVariable(STATUS, status.name());
    }

    private static FollowUpStatus status(String value) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException("Kararın durumu seçilmelidir: Başlanmadı, Devam ediyor, Tamamlandı veya Yapılamıyor.");
        }
        try {
            return FollowUpStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("Geçersiz durum: '" + value + "'. Başlanmadı, Devam ediyor, Tamamlandı veya Yapılamıyor seçilmelidir.");
        }
    }

    /** Who submitted the form: the logged-in user, else the assignee. */
    private static String reporter(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
    }
}
