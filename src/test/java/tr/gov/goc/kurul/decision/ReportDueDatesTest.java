package tr.gov.goc.kurul.decision;

import tr.gov.goc.kurul.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.policy.Policy;
import tr.gov.goc.kurul.support.KurulIntegrationTest;

/**
 * When the next follow-up report is due (R5.6, R5.7): the meeting module's {@link ReportingCalendar} when there is
 * one, else the decision's deadline or followUpDefaultReportDays later (R15.3, R-DATES); the secretariat is told
 * followUpEscalationDays after the due date (R5.5).
 */
@KurulIntegrationTest
class ReportDueDatesTest {

    static final LocalDate MEETING_DAY = LocalDate.of(2099, 4, 15);

    @Autowired
    StatutoryCalendar calendar;
    @Autowired
    Policy policy;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removePolicyChange() {
        jdbc.update("delete from policy_parameter where name = 'followUpDefaultReportDays' and effective_from = DATE '2099-05-01'");
    }

    private ReportDueDates with(ReportingCalendar port) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(port == null ? Map.of() : Map.of("port", port));
        ObjectProvider<ReportingCalendar> provider = beans.getBeanProvider(ReportingCalendar.class);
        return new ReportDueDates(provider, calendar, policy);
    }

    private static Decision due(LocalDate deadline) {
        return new Decision("27-2099-2", 27, 1, "karar", "gerekçe", "amaç", deadline, false, false, TestClock.now());
    }

    @Test
    void withoutAReportingCalendarTheDeadlineOrNinetyDaysLaterOnAWorkingDay() {
        ReportDueDates dates = with(null);
        assertThat(dates.nextReportDue(due(LocalDate.of(2099, 6, 30)), MEETING_DAY, MEETING_DAY)).isEqualTo("2099-06-30");
        // a deadline on a Saturday: the working day before it
        assertThat(dates.nextReportDue(due(LocalDate.of(2099, 7, 4)), MEETING_DAY, MEETING_DAY)).isEqualTo("2099-07-03");
        // past the deadline: 90 days later (Saturday 3 October) → the next working day
        assertThat(dates.nextReportDue(due(LocalDate.of(2099, 6, 30)), LocalDate.of(2099, 7, 5), MEETING_DAY)).isEqualTo("2099-10-05");
        assertThat(dates.nextReportDue(due(LocalDate.of(2099, 6, 30)), LocalDate.of(2099, 6, 30), MEETING_DAY)).isEqualTo("2099-09-28");
    }

    @Test
    void theReportingCalendarOfTheMeetingModuleDecidesWhenItKnowsALaterMeeting() {
        Decision decision = due(LocalDate.of(2099, 12, 31));
        assertThat(with((plate, after) -> plate == 27 ? LocalDate.of(2099, 5, 20) : null)
                .nextReportDue(decision, MEETING_DAY, MEETING_DAY)).isEqualTo("2099-05-20");
        assertThat(with((plate, after) -> null).nextReportDue(decision, MEETING_DAY, MEETING_DAY))
                .as("no later meeting known yet: the fallback").isEqualTo("2099-12-31");
        assertThat(with((plate, after) -> after).nextReportDue(decision, MEETING_DAY, MEETING_DAY))
                .as("never a due date that is not ahead").isEqualTo("2099-12-31");
    }

    @Test
    void theSecretariatIsToldFiveDaysAfterTheDueDateOnAWorkingDay() {
        // 30 June + 5 = Sunday 5 July → Monday 6 July
        assertThat(with(null).escalationDate(LocalDate.of(2099, 6, 30), MEETING_DAY)).isEqualTo("2099-07-06");
        // 10 July + 5 = 15 July, Democracy and National Unity Day (Law 2429) → 16 July
        assertThat(with(null).escalationDate(LocalDate.of(2099, 7, 10), MEETING_DAY)).isEqualTo("2099-07-16");
    }

    @Test
    void aLaterPolicyChangeLeavesAFollowUpAlreadyUnderWayAlone() {
        policy.set("followUpDefaultReportDays", "30", LocalDate.of(2099, 5, 1), null);
        ReportDueDates dates = with(null);
        Decision decision = due(LocalDate.of(2099, 6, 30));
        LocalDate after = LocalDate.of(2099, 7, 1);
        assertThat(dates.nextReportDue(decision, after, MEETING_DAY)).isEqualTo("2099-09-29");
        assertThat(dates.nextReportDue(decision, after, LocalDate.of(2099, 5, 2))).isEqualTo("2099-07-31");
    }
}
