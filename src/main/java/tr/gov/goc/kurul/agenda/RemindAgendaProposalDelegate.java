package tr.gov.goc.kurul.agenda;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.LocalDateTime;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.notification.Notices;

/**
 * Non-interrupting timer "Hatırlatma zamanı": tells the liaison group that its answer is still due (R10.2). When
 * the due moment has already passed (a collection started late), no reminder: the task closes as late instead.
 */
@Component("remindAgendaProposal")
class RemindAgendaProposalDelegate implements JavaDelegate {

    static final String KIND = "AGENDA_REMINDER";

    private final Notices notices;
    private final Clock clock;

    RemindAgendaProposalDelegate(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = AgendaVariables.dueDate(execution);
        if (!LocalDateTime.now(clock).isBefore(AgendaVariables.dueMoment(due))) {
            return;
        }
        String title = AgendaVariables.meetingTitle(execution);
        String institution = (String) execution.getVariable(AgendaVariables.INSTITUTION_NAME);
        notices.toGroup((String) execution.getVariable(AgendaVariables.LIAISON_GROUP), KIND,
                "Hatırlatma: gündem önerisi — " + title,
                institution + " için " + title + " gündem önerisi (ya da \"bu toplantı için önerimiz yok\" yanıtı) "
                        + TurkishDates.withWeekday(due) + " saat 17.30'a kadar beklenmektedir. Tasklist'teki \"Gündem önerisi\" "
                        + "görevini asıl ya da yedek irtibat görevlisi tamamlayabilir (R10.2).",
                AgendaVariables.meetingKey(execution));
    }
}
