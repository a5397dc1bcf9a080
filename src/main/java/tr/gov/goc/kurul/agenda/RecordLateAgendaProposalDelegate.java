package tr.gov.goc.kurul.agenda;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notices;

/**
 * Interrupting timer "Son gün doldu": the institution's task closed without an answer; recorded as LATE and the
 * province's secretariat (İl GİM, which collects the proposals, R10.2) is told it may still accept a late answer.
 */
@Component("recordLateAgendaProposal")
class RecordLateAgendaProposalDelegate implements JavaDelegate {

    static final String KIND = "AGENDA_LATE";

    private final AgendaProposals proposals;
    private final Institutions institutions;
    private final Notices notices;
    private final Clock clock;

    RecordLateAgendaProposalDelegate(AgendaProposals proposals, Institutions institutions, Notices notices, Clock clock) {
        this.proposals = proposals;
        this.institutions = institutions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String meetingKey = AgendaVariables.meetingKey(execution);
        long institutionId = Long.parseLong(execution.getVariable(AgendaVariables.INSTITUTION_ID).toString());
        Institution institution = institutions.institution(institutionId);
        proposals.markLate(meetingKey, institution, clock.instant());
        String title = AgendaVariables.meetingTitle(execution);
        notices.toGroup(GroupIds.secretariat(AgendaVariables.plateCode(execution)), KIND,
                "Gündem önerisi gelmedi — " + institution.getName() + " — " + title,
                institution.getName() + ", " + title + " için gündem önerisini son gün olan "
                        + TurkishDates.withWeekday(AgendaVariables.dueDate(execution)) + " mesai bitimine kadar göndermedi; "
                        + "görev kapatıldı ve kurum \"geç kaldı\" olarak kaydedildi (R10.2). Geç gelen öneriyi sekreterya "
                        + "POST /api/meetings/" + meetingKey + "/agenda-proposals/" + institutionId + " ile kabul edebilir.",
                meetingKey);
    }
}
