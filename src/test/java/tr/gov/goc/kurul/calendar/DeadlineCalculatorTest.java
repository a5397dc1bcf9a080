package tr.gov.goc.kurul.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.gov.goc.kurul.calendar.TestCalendars.d;

import org.junit.jupiter.api.Test;

/** R10.1, R10.2, R11.3, R11.4, R12.2–R12.6, R13.3 on concrete meetings. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = TestCalendars.deadlines();

    @Test
    void provincialBoardAfterRamazan2025() {
        assertThat(calculator.deadlines(MeetingType.PROVINCIAL_BOARD, d("2025-04-16"))).isEqualTo(new MeetingDeadlines(
                d("2025-03-18"), // agendaOpensOn = 28 Mar − 10
                d("2025-03-28"), // R10.2: 1 Apr holiday → 31 Mar holiday → weekend → Fri 28 Mar
                d("2025-04-11"), // R11.3: −5
                d("2025-05-02"), // R12.2: 1 May holiday → 2 May
                d("2025-04-30"))); // R12.3
    }

    @Test
    void districtBoardHasTheSameShape() {
        MeetingDeadlines d = calculator.deadlines(MeetingType.DISTRICT_BOARD, d("2025-02-03"));
        assertThat(d.agendaDueDate()).isEqualTo(d("2025-01-17")); // 19 Jan Sun → Fri 17
        assertThat(d.agendaOpensOn()).isEqualTo(d("2025-01-07"));
        assertThat(d.noticeDueDate()).isEqualTo(d("2025-01-29"));
        assertThat(d.minutesDistributionDueDate()).isEqualTo(d("2025-02-18"));
        assertThat(d.platformEntryDueDate()).isEqualTo(d("2025-02-28"));
    }

    @Test
    void subCommissionHasOnlyNoticeAndPlatformEntry() {
        // R11.4: 1 Jun 2026 − 3 = 29 May (Kurban) → 28, 27 holiday → Tue 26 May (arife afternoon only: working)
        assertThat(calculator.deadlines(MeetingType.SUB_COMMISSION, d("2026-06-01")))
                .isEqualTo(new MeetingDeadlines(null, null, d("2026-05-26"), null, d("2026-06-30")));
    }

    @Test
    void agendaOpensOnIsMovedToTheWorkingDayBefore() {
        // meeting 2025-02-21 (Fri): due 6 Feb (Thu); opens 27 Jan (Mon)
        MeetingDeadlines d = calculator.deadlines(MeetingType.PROVINCIAL_BOARD, d("2025-02-21"));
        assertThat(d.agendaDueDate()).isEqualTo(d("2025-02-06"));
        assertThat(d.agendaOpensOn()).isEqualTo(d("2025-01-27"));
        // meeting 2025-02-24 (Mon): due 9 Feb (Sun) → Fri 7 Feb; 7 Feb − 10 = 28 Jan (Tue)
        // meeting 2025-02-26 (Wed): due 11 Feb (Tue); 11 Feb − 10 = 1 Feb (Sat) → Fri 31 Jan
        assertThat(calculator.deadlines(MeetingType.PROVINCIAL_BOARD, d("2025-02-26")).agendaOpensOn()).isEqualTo(d("2025-01-31"));
    }

    @Test
    void annualReportIsDueByTheLastDayOfJanuaryOfTheNextYear() {
        // R13.3, R-DATES: 31 January, or the next working day when it is not one
        assertThat(calculator.annualReportDeadline(2025)).isEqualTo(d("2026-02-02")); // 31 Jan 2026 Sat
        assertThat(calculator.annualReportDeadline(2026)).isEqualTo(d("2027-02-01")); // 31 Jan 2027 Sun
        assertThat(calculator.annualReportDeadline(2027)).isEqualTo(d("2028-01-31")); // Mon
    }
}
