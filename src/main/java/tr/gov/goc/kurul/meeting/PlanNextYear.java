package tr.gov.goc.kurul.meeting;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The December timer: plans next year's provincial board meetings of every province (R7.1, R7.2). */
@Component("planNextYear")
class PlanNextYear implements JavaDelegate {

    private final YearPlanner planner;
    private final Clock clock;

    PlanNextYear(YearPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = LocalDate.now(clock).getYear() + 1;
        execution.setVariable("plannedYear", year);
        execution.setVariable("plannedMeetings", planner.planAll(year).size());
    }
}
