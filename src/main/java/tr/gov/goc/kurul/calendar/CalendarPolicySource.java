package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.policy.Policy;

/** R15.3: the calendar's policy numbers as they stood on a date ("planned on"), from {@code policy_parameter}. */
@Component
class CalendarPolicySource {

    private final Policy policy;

    CalendarPolicySource(Policy policy) {
        this.policy = policy;
    }

    CalendarPolicy asOf(LocalDate plannedOn) {
        return CalendarPolicy.from(policy.allAsOf(plannedOn));
    }
}
