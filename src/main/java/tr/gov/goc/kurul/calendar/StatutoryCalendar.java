package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar module's Java API: working days (R-DATES), yearly meeting plans (R6.9, R7.1, R7.2, R8.1–R8.3),
 * meeting deadlines (R10.1, R10.2, R11.3, R11.4, R12.2–R12.6) and the annual report deadline (R13.3).
 * <p>
 * R15.3: every method that uses policy numbers has an overload taking {@code plannedOn}, the date whose parameter
 * values apply. Rules govern the period they are in force for: a year's plan follows the values in force in that
 * year ({@link #governingDate}: 1 January, or today when the year has begun), a meeting the values of its year, which
 * its cycle keeps ({@code plannedOn}) so a later change leaves it alone. Non-working days are always the current
 * ones: an edit of the holiday table applies to everything computed afterwards.
 */
@Service
@Transactional(readOnly = true)
public class StatutoryCalendar {

    private final NonWorkingDayRepository days;
    private final CalendarPolicySource policies;
    private final Today today;

    StatutoryCalendar(NonWorkingDayRepository days, CalendarPolicySource policies, Today today) {
        this.days = days;
        this.policies = policies;
        this.today = today;
    }

    /** Today in Europe/Istanbul. */
    public LocalDate today() {
        return today.date();
    }

    /** The working-day calendar with the current table (stored entries + Law 2429 by rule). */
    public WorkingDayCalendar workingDays() {
        return new WorkingDayCalendar(days.findAll().stream().map(NonWorkingDay::toDayOff).toList());
    }

    public WorkingDay workingDay(LocalDate date) {
        return workingDays().explain(date);
    }

    public CalendarPolicy policyAsOf(LocalDate plannedOn) {
        return policies.asOf(plannedOn != null ? plannedOn : today());
    }

    /**
     * R15.3: the date whose policy values govern a year — 1 January of it, or today once the year has begun (a change
     * from 1 January 2031 governs the plan of 2031 even when that plan is made in December 2030).
     */
    public LocalDate governingDate(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate now = today();
        return now.isAfter(first) ? now : first;
    }

    /** The year's plan by the values in force for that year (R15.3). */
    public MeetingPlan plan(BoardLevel level, int foreignPopulation, boolean borderDistrict, int year) {
        return plan(level, foreignPopulation, borderDistrict, year, null);
    }

    /** The year's plan by the values in force on {@code plannedOn}; null: those in force for the year (R15.3). */
    public MeetingPlan plan(BoardLevel level, int foreignPopulation, boolean borderDistrict, int year, LocalDate plannedOn) {
        LocalDate asOf = plannedOn != null ? plannedOn : governingDate(year);
        return new MeetingPlanner(arithmetic(), policies.asOf(asOf)).plan(level, foreignPopulation, borderDistrict, year);
    }

    public MeetingPlan plan(BoardProfile board, int year, LocalDate plannedOn) {
        return plan(board.level(), board.foreignPopulation(), board.borderDistrict(), year, plannedOn);
    }

    public MeetingDeadlines deadlines(MeetingType type, LocalDate meetingDate) {
        return deadlines(type, meetingDate, null);
    }

    public MeetingDeadlines deadlines(MeetingType type, LocalDate meetingDate, LocalDate plannedOn) {
        return new DeadlineCalculator(arithmetic(), policyAsOf(plannedOn)).deadlines(type, meetingDate);
    }

    /** R13.3: 31 January of {@code year + 1} or the next working day (R-DATES), for the annual evaluation report of {@code year}. */
    public LocalDate annualReportDeadline(int year) {
        return arithmetic().byEndOfMonth(YearMonth.of(year + 1, 1)); // R13.3
    }

    DeadlineArithmetic arithmetic() {
        return new DeadlineArithmetic(workingDays());
    }
}
