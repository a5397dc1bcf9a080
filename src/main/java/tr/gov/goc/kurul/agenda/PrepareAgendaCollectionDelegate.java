package tr.gov.goc.kurul.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.policy.Policy;

/**
 * Service task "Kurum listesini hazırla": the province's member institutions that send liaison officers (Art 4(2),
 * R6.3), one branch each, and the reminder moment (R10.2): {@value #REMINDER_DAYS} days before the due date, the
 * working day before if that is no working day (R-DATES), at 09:00.
 */
@Component("prepareAgendaCollection")
class PrepareAgendaCollectionDelegate implements JavaDelegate {

    static final String REMINDER_DAYS = "agendaReminderDaysBefore";

    private final Institutions institutions;
    private final Policy policy;
    private final StatutoryCalendar calendar;

    PrepareAgendaCollectionDelegate(Institutions institutions, Policy policy, StatutoryCalendar calendar) {
        this.institutions = institutions;
        this.policy = policy;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int plateCode = AgendaVariables.plateCode(execution);
        LocalDate due = AgendaVariables.dueDate(execution);
        List<Long> ids = new ArrayList<>(institutions.ofProvince(plateCode).stream()
                .filter(institutions::sendsLiaison) // R6.3, Art 4(2)
                .map(Institution::getId)
                .toList());
        // R15.3: the numbers in force when the meeting was planned; without a plan date, when collection opened
        LocalDate asOf = firstNonNull(AgendaVariables.date(execution, AgendaVariables.PLANNED_ON),
                AgendaVariables.date(execution, AgendaVariables.AGENDA_OPENS_ON), due);
        int daysBefore = policy.intAsOf(REMINDER_DAYS, asOf);
        LocalDate reminderDay = calendar.workingDays().onOrBefore(due.minusDays(daysBefore));
        execution.setVariable(AgendaVariables.INSTITUTION_IDS,
                Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable(AgendaVariables.REMINDER_AT, reminderDay.atTime(AgendaVariables.REMINDER_TIME).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
