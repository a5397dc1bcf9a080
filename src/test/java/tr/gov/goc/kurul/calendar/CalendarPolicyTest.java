package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R15.3: the calendar's numbers come from data; V101 holds them all with the circular's values. */
class CalendarPolicyTest {

    @Test
    void migrationHoldsEveryParameterWithTheCircularsValues() {
        assertThat(TestCalendars.V101_VALUES.keySet()).containsExactlyInAnyOrderElementsOf(CalendarPolicy.NAMES);
        CalendarPolicy p = TestCalendars.DEFAULTS;
        assertThat(p.subCommissionPopulationThreshold()).isEqualTo(10_000);
        assertThat(p.subCommissionMonthsHigh()).containsExactly(3, 6, 9, 12);
        assertThat(p.subCommissionMonthsLow()).containsExactly(6, 12);
        assertThat(p.subCommissionFirstWeekDays()).isEqualTo(7);
        assertThat(p.provincialBoardPopulationThreshold()).isEqualTo(10_000);
        assertThat(p.provincialBoardMonthsHigh()).containsExactly(1, 4, 7, 10);
        assertThat(p.provincialBoardMonthsLow()).containsExactly(1, 7);
        assertThat(p.districtBoardPopulationThreshold()).isEqualTo(2_000);
        assertThat(p.districtBoardWindows()).containsExactly(new MonthWindow(2, 3), new MonthWindow(8, 9));
        assertThat(p.districtBoardLateMonths()).isEqualTo(1);
        assertThat(List.of(p.agendaProposalDaysBefore(), p.agendaCollectionLeadDays(), p.boardNoticeDaysBefore(),
                p.subCommissionNoticeDaysBefore(), p.minutesDistributionDaysAfter())).containsExactly(15, 10, 5, 3, 15);
    }

    @Test
    void malformedValueNamesTheParameter() {
        Map<String, String> values = new HashMap<>(TestCalendars.V101_VALUES);
        values.put(CalendarPolicy.DISTRICT_BOARD_WINDOWS, "3-2");
        assertThatThrownBy(() -> CalendarPolicy.from(values::get)).hasMessageContaining("districtBoardWindows");
        values.put(CalendarPolicy.DISTRICT_BOARD_WINDOWS, "2-3");
        values.put(CalendarPolicy.SUB_COMMISSION_MONTHS_LOW, "6,13");
        assertThatThrownBy(() -> CalendarPolicy.from(values::get)).hasMessageContaining("subCommissionMonthsLow");
    }
}
