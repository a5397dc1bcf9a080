package tr.gov.goc.kurul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * R-DATES: a working day is Monday–Friday that is not an official holiday or an administrative leave day. An entry
 * covering only the afternoon (arife, 28 October) leaves the day working, unless the morning is covered too
 * (e.g. administrative leave in the morning and the arife afternoon): then the whole day is non-working.
 * <p>
 * Immutable and free of Spring: built from the stored entries; the Law 2429 holidays are added by rule for any year.
 */
public final class WorkingDayCalendar {

    /** No real calendar has a run of non-working days this long; reaching it means broken data. */
    private static final int SEARCH_LIMIT_DAYS = 400;

    private final Map<LocalDate, List<DayOff>> stored;
    private final Map<Integer, Map<LocalDate, List<DayOff>>> fixedByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Collection<DayOff> storedEntries) {
        this.stored = storedEntries.stream()
                .collect(Collectors.groupingBy(DayOff::date, TreeMap::new, Collectors.toList()));
    }

    /** All entries on a date: stored ones and Law 2429 ones, full days first. */
    public List<DayOff> entriesOn(LocalDate date) {
        List<DayOff> entries = new ArrayList<>(fixed(date.getYear()).getOrDefault(date, List.of()));
        entries.addAll(stored.getOrDefault(date, List.of()));
        entries.sort(Comparator.comparing(DayOff::part));
        return entries;
    }

    /** R-DATES working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (isWeekend(date)) {
            return false;
        }
        boolean morningOff = false;
        boolean afternoonOff = false;
        for (DayOff entry : entriesOn(date)) {
            morningOff |= entry.part().coversMorning();
            afternoonOff |= entry.part().coversAfternoon();
        }
        return !(morningOff && afternoonOff);
    }

    /** R-DATES working day with the Turkish reasons. */
    public WorkingDay explain(LocalDate date) {
        boolean working = isWorkingDay(date);
        Set<String> reasons = new LinkedHashSet<>();
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            reasons.add("Cumartesi");
        } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            reasons.add("Pazar");
        }
        for (DayOff entry : entriesOn(date)) {
            reasons.add(describe(entry, working));
        }
        return new WorkingDay(date, working, List.copyOf(reasons));
    }

    /** The date itself if it is a working day, otherwise the next working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("Çalışma günü bulunamadı: " + date + " sonrasında " + SEARCH_LIMIT_DAYS + " gün boyunca tatil var.");
    }

    /** The date itself if it is a working day, otherwise the working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.minusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("Çalışma günü bulunamadı: " + date + " öncesinde " + SEARCH_LIMIT_DAYS + " gün boyunca tatil var.");
    }

    /** The first working day in [from, to], if any. */
    public Optional<LocalDate> firstWorkingDayBetween(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The last working day of a month (R12.3, R12.5, R12.6, R13.3, R8.3). */
    public LocalDate lastWorkingDayOf(YearMonth month) {
        return onOrBefore(month.atEndOfMonth());
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String describe(DayOff entry, boolean working) {
        if (entry.part() == DayPart.FULL || !working) {
            return entry.name();
        }
        return entry.name() + " (yalnız " + entry.part().label() + "; gün çalışma günü sayılır)";
    }

    private Map<LocalDate, List<DayOff>> fixed(int year) {
        return fixedByYear.computeIfAbsent(year, y -> FixedHolidays.of(y).stream()
                .collect(Collectors.groupingBy(DayOff::date)));
    }
}
