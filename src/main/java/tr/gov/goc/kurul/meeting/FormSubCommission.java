package tr.gov.goc.kurul.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.people.Person;

/**
 * The first board of the year forms the sub-commission (R5.8, R6.5: "Kurulun yılın ilk toplantısında alt komisyon
 * oluşturulur ve üye listesi imzalanır"): the secretariat's task at the meeting shows the list in force and records
 * that the members signed it, which makes it the year's liaison list.
 */
final class FormSubCommission {

    private FormSubCommission() {
    }

    /** Create: the list in force, one row per institution, with the R6.4 level warning on the row. */
    @Component("prepareSubCommissionFormation")
    static class Prepare implements TaskListener {

        private final MeetingRecords records;
        private final SubCommissionFormation formation;

        Prepare(MeetingRecords records, SubCommissionFormation formation) {
            this.records = records;
            this.formation = formation;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = records.meeting((String) task.getVariable(CycleVariables.MEETING_KEY));
            List<Map<String, String>> rows = formation.listInForce(meeting).stream().map(r -> {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("kurum", r.institution().getName());
                row.put("asil", name(r.principal()));
                row.put("yedek", name(r.substitute()));
                row.put("uyari", warning(r));
                return row;
            }).toList();
            task.setVariable("formationRows", FormValues.json(rows));
        }

        private static String name(Person person) {
            return person == null ? "— (yok)" : person.getFullName() + (person.getTitle() == null ? "" : ", " + person.getTitle());
        }

        private static String warning(SubCommissionFormation.Row row) {
            if (row.principal() == null || row.substitute() == null) {
                return "Asil ve yedek üye birlikte belirlenmeli (R6.3)";
            }
            boolean level = row.principal().isBranchManagerLevel() && row.substitute().isBranchManagerLevel();
            return level ? "" : "Şube müdürü düzeyinde olması beklenir (R6.4)";
        }
    }

    /** Complete: the members signed the list at the meeting (R5.8, R6.5). */
    @Component("formSubCommission")
    static class Sign implements TaskListener {

        private final SubCommissionFormation formation;
        private final IdentityService identityService;

        Sign(SubCommissionFormation formation, IdentityService identityService) {
            this.formation = formation;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            if (!FormValues.flag(task.getVariable("listSigned"))) {
                throw new TaskInputException("listSigned", "Alt komisyon üye listesinin toplantıda imzalandığını işaretleyin "
                        + "(Genelge md. 5/8, 6/5). Listede değişiklik gerekiyorsa önce irtibat görevlisi listesini güncelleyin.");
            }
            try {
                SubCommissionFormation.Result result = formation.signInForce((String) task.getVariable(CycleVariables.MEETING_KEY),
                        Actors.current(identityService));
                task.setVariable("formationWarnings", String.join("\n", result.warnings()));
            } catch (InvalidInputException e) {
                throw new TaskInputException(e.getMessage());
            }
        }
    }
}
