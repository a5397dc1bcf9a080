package tr.gov.goc.kurul.meeting;

import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The December timer: plans next year's provincial board meetings of every province (R7.1, R7.2). */
@Component("planNextYear")
class PlanNextYear implements JavaDelegate {

    private final YearPlanner planner;

    PlanNextYear(YearPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Istanbul")).getYear() + 1;
        execution.setVariable("plannedYear", year);
        execution.setVariable("plannedMeetings", planner.planAll(year).size());
    }
}
