package tr.gov.goc.kurul.subcommission;

import tr.gov.goc.kurul.actionplan.ActionPlans;
import static tr.gov.goc.kurul.subcommission.SubCommissionVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Before "Alt komisyon toplantısını kaydet" ({@code ${offerSubCommissionAttendance}}): the attendance choices for the
 * form's checklist ({@code liaisonOptions}, a JSON list of {label, value}: every liaison officer of every member
 * institution, R5.8, R6.3, R12.7) and the harmonisation lead as the pre-filled chair (R6.2).
 */
@Component("offerSubCommissionAttendance")
class OfferAttendanceListener implements ExecutionListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubCommissionRoster roster;
    private final ActionPlans actionPlans;

    OfferAttendanceListener(SubCommissionRoster roster, ActionPlans actionPlans) {
        this.roster = roster;
        this.actionPlans = actionPlans;
    }

    @Override
    public void notify(DelegateExecution execution) throws JsonProcessingException {
        int plate = plateCode(execution);
        int year = LocalDate.parse(string(execution, MEETING_DATE)).getYear();
        List<Map<String, String>> options = roster.entries(plate, year).stream().map(entry -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", entry.label());
            option.put("value", entry.value());
            return option;
        }).toList();
        execution.setVariable(LIAISON_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        // R5.14: the items of the plan in force, so the record can carry progress per item
        execution.setVariable(ACTION_PLAN_ROWS, SpinValues.jsonValue(JSON.writeValueAsString(actionPlans.progressRows(plate))).create());
        if (execution.getVariable(CHAIRED_BY) == null) {
            roster.harmonisationLead(plate).ifPresent(lead -> execution.setVariable(CHAIRED_BY, lead)); // R6.2
        }
    }
}
