package tr.gov.goc.kurul.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which items a board agenda must carry (R5.7, R10.3, R10.4, R10.9; first meeting R5.8, R5.12, R5.13, R13.2). */
class AgendaRulesTest {

    @Test
    void everyMeetingEvaluatesPreviousDecisionsAndTheActionPlan() {
        assertThat(AgendaRules.required(false, false, false)).extracting(AgendaRules.Required::source)
                .containsExactly(AgendaItem.Source.PREVIOUS_DECISIONS, AgendaItem.Source.ACTION_PLAN);
    }

    @Test
    void theSubCommissionsReportAndNegativeEventsAreAddedWhenThereAreAny() {
        assertThat(AgendaRules.required(true, true, false)).extracting(AgendaRules.Required::source)
                .containsExactly(AgendaItem.Source.PREVIOUS_DECISIONS, AgendaItem.Source.SUB_COMMISSION_REPORT,
                        AgendaItem.Source.ACTION_PLAN, AgendaItem.Source.NEGATIVE_EVENTS);
    }

    @Test
    void theFirstMeetingOfTheYearFormsTheSubCommissionAndApprovesTheReportAndThePlan() {
        assertThat(AgendaRules.required(true, false, true)).extracting(AgendaRules.Required::source)
                .contains(AgendaItem.Source.SUB_COMMISSION_FORMATION, AgendaItem.Source.LAST_YEAR_EVALUATION,
                        AgendaItem.Source.ANNUAL_REPORT_APPROVAL, AgendaItem.Source.ACTION_PLAN_APPROVAL);
        assertThat(AgendaRules.required(true, false, true)).extracting(AgendaRules.Required::title)
                .anyMatch(t -> t.contains("R5.8")).anyMatch(t -> t.contains("R13.2"));
    }
}
