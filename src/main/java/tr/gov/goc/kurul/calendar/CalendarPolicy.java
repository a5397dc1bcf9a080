package tr.gov.goc.kurul.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The policy numbers of the calendar as of one date (R15.3): read from {@code policy_parameter} rows effective on
 * the date a meeting was planned, so a later change leaves running cycles alone. The default values are inserted
 * by migration {@code V101__calendar_policy.sql}; the names below are the parameter names.
 */
public record CalendarPolicy(
        int subCommissionPopulationThreshold,
        List<Integer> subCommissionMonthsHigh,
        List<Integer> subCommissionMonthsLow,
        int subCommissionFirstWeekDays,
        int provincialBoardPopulationThreshold,
        List<Integer> provincialBoardMonthsHigh,
        List<Integer> provincialBoardMonthsLow,
        int districtBoardPopulationThreshold,
        List<MonthWindow> districtBoardWindows,
        int districtBoardLateMonths,
        int agendaProposalDaysBefore,
        int agendaCollectionLeadDays,
        int boardNoticeDaysBefore,
        int subCommissionNoticeDaysBefore,
        int minutesDistributionDaysAfter) {

    // R6.9
    public static final String SUB_COMMISSION_POPULATION_THRESHOLD = "subCommissionPopulationThreshold";
    public static final String SUB_COMMISSION_MONTHS_HIGH = "subCommissionMonthsHigh";
    public static final String SUB_COMMISSION_MONTHS_LOW = "subCommissionMonthsLow";
    public static final String SUB_COMMISSION_FIRST_WEEK_DAYS = "subCommissionFirstWeekDays";
    // R7.1, R7.2
    public static final String PROVINCIAL_BOARD_POPULATION_THRESHOLD = "provincialBoardPopulationThreshold";
    public static final String PROVINCIAL_BOARD_MONTHS_HIGH = "provincialBoardMonthsHigh";
    public static final String PROVINCIAL_BOARD_MONTHS_LOW = "provincialBoardMonthsLow";
    // R8.1, R8.2, R8.3
    public static final String DISTRICT_BOARD_POPULATION_THRESHOLD = "districtBoardPopulationThreshold";
    public static final String DISTRICT_BOARD_WINDOWS = "districtBoardWindows";
    public static final String DISTRICT_BOARD_LATE_MONTHS = "districtBoardLateMonths";
    // R10.1, R10.2 and the collection lead time
    public static final String AGENDA_PROPOSAL_DAYS_BEFORE = "agendaProposalDaysBefore";
    public static final String AGENDA_COLLECTION_LEAD_DAYS = "agendaCollectionLeadDays";
    // R11.3, R11.4
    public static final String BOARD_NOTICE_DAYS_BEFORE = "boardNoticeDaysBefore";
    public static final String SUB_COMMISSION_NOTICE_DAYS_BEFORE = "subCommissionNoticeDaysBefore";
    // R12.2, R12.4, R12.5
    public static final String MINUTES_DISTRIBUTION_DAYS_AFTER = "minutesDistributionDaysAfter";

    public static final List<String> NAMES = List.of(
            SUB_COMMISSION_POPULATION_THRESHOLD, SUB_COMMISSION_MONTHS_HIGH, SUB_COMMISSION_MONTHS_LOW,
            SUB_COMMISSION_FIRST_WEEK_DAYS, PROVINCIAL_BOARD_POPULATION_THRESHOLD, PROVINCIAL_BOARD_MONTHS_HIGH,
            PROVINCIAL_BOARD_MONTHS_LOW, DISTRICT_BOARD_POPULATION_THRESHOLD, DISTRICT_BOARD_WINDOWS,
            DISTRICT_BOARD_LATE_MONTHS, AGENDA_PROPOSAL_DAYS_BEFORE, AGENDA_COLLECTION_LEAD_DAYS,
            BOARD_NOTICE_DAYS_BEFORE, SUB_COMMISSION_NOTICE_DAYS_BEFORE, MINUTES_DISTRIBUTION_DAYS_AFTER);

    public CalendarPolicy {
        subCommissionMonthsHigh = List.copyOf(subCommissionMonthsHigh);
        subCommissionMonthsLow = List.copyOf(subCommissionMonthsLow);
        provincialBoardMonthsHigh = List.copyOf(provincialBoardMonthsHigh);
        provincialBoardMonthsLow = List.copyOf(provincialBoardMonthsLow);
        districtBoardWindows = List.copyOf(districtBoardWindows);
    }

    /** Reads every value through {@code values} (parameter name → stored text). */
    public static CalendarPolicy from(Function<String, String> values) {
        Reader r = new Reader(values);
        return new CalendarPolicy(
                r.number(SUB_COMMISSION_POPULATION_THRESHOLD),
                r.months(SUB_COMMISSION_MONTHS_HIGH),
                r.months(SUB_COMMISSION_MONTHS_LOW),
                r.number(SUB_COMMISSION_FIRST_WEEK_DAYS),
                r.number(PROVINCIAL_BOARD_POPULATION_THRESHOLD),
                r.months(PROVINCIAL_BOARD_MONTHS_HIGH),
                r.months(PROVINCIAL_BOARD_MONTHS_LOW),
                r.number(DISTRICT_BOARD_POPULATION_THRESHOLD),
                r.windows(DISTRICT_BOARD_WINDOWS),
                r.number(DISTRICT_BOARD_LATE_MONTHS),
                r.number(AGENDA_PROPOSAL_DAYS_BEFORE),
                r.number(AGENDA_COLLECTION_LEAD_DAYS),
                r.number(BOARD_NOTICE_DAYS_BEFORE),
                r.number(SUB_COMMISSION_NOTICE_DAYS_BEFORE),
                r.number(MINUTES_DISTRIBUTION_DAYS_AFTER));
    }

    /** Parses the stored texts and says which parameter is malformed. */
    private record Reader(Function<String, String> values) {

        int number(String name) {
            String text = values.apply(name);
            try {
                return Integer.parseInt(text.trim());
            } catch (RuntimeException e) {
                throw malformed(name, text);
            }
        }

        List<Integer> months(String name) {
            String text = values.apply(name);
            try {
                List<Integer> months = Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
                if (months.stream().anyMatch(m -> m < 1 || m > 12)) {
                    throw malformed(name, text);
                }
                return months;
            } catch (NumberFormatException e) {
                throw malformed(name, text);
            }
        }

        List<MonthWindow> windows(String name) {
            String text = values.apply(name);
            try {
                return Arrays.stream(text.split(",")).map(MonthWindow::parse)
                        .sorted((a, b) -> Integer.compare(a.startMonth(), b.startMonth())).toList();
            } catch (IllegalArgumentException e) {
                throw malformed(name, text);
            }
        }

        private static IllegalStateException malformed(String name, String text) {
            return new IllegalStateException("Politika parametresi '" + name + "' okunamadı: '" + text + "'");
        }
    }
}
