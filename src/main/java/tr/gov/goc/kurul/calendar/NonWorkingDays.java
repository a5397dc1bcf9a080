package tr.gov.goc.kurul.calendar;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.NotFoundException;

/**
 * The table of official holidays and administrative leave days: listing (with the Law 2429 days by rule) and the
 * administrator's edits. Every edit publishes {@link NonWorkingDaysChanged}.
 */
@Service
public class NonWorkingDays {

    static final String ADMIN_STATUS = "manual";

    private final NonWorkingDayRepository repository;
    private final ApplicationEventPublisher events;

    NonWorkingDays(NonWorkingDayRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The year's entries, stored and by rule, by date (full days first). */
    @Transactional(readOnly = true)
    public List<DayOff> ofYear(int year) {
        List<DayOff> all = new ArrayList<>(FixedHolidays.of(year));
        repository.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(d -> all.add(d.toDayOff()));
        all.sort(Comparator.comparing(DayOff::date).thenComparing(DayOff::part).thenComparing(d -> !d.fixed()));
        return all;
    }

    /** Creates or replaces the entry of {@code type} on {@code date}. */
    @Transactional
    public DayOff put(LocalDate date, DayType type, DayPart part, String name, String editedBy) {
        String source = "Yönetici: " + editedBy;
        Optional<NonWorkingDay> existing = repository.findByDateAndType(date, type);
        NonWorkingDay entry = existing.orElseGet(() -> new NonWorkingDay(date, type, part, name, source, ADMIN_STATUS));
        entry.replace(part, name, source, ADMIN_STATUS);
        repository.save(entry);
        publish(date, type, part, existing.isPresent() ? NonWorkingDaysChanged.Change.REPLACED : NonWorkingDaysChanged.Change.ADDED);
        return entry.toDayOff();
    }

    /** Removes the stored entries of {@code date} (of {@code type} only, when given). */
    @Transactional
    public void remove(LocalDate date, DayType type) {
        List<NonWorkingDay> entries = repository.findByDate(date).stream()
                .filter(d -> type == null || d.getType() == type).toList();
        if (entries.isEmpty()) {
            throw new NotFoundException(nothingToRemove(date, type));
        }
        repository.deleteAll(entries);
        repository.flush();
        entries.forEach(e -> publish(date, e.getType(), null, NonWorkingDaysChanged.Change.REMOVED));
    }

    private void publish(LocalDate date, DayType type, DayPart part, NonWorkingDaysChanged.Change change) {
        repository.flush();
        boolean working = new WorkingDayCalendar(repository.findByDate(date).stream().map(NonWorkingDay::toDayOff).toList())
                .isWorkingDay(date);
        events.publishEvent(new NonWorkingDaysChanged(date, type, part, change, working));
    }

    private static String nothingToRemove(LocalDate date, DayType type) {
        String what = type == null ? "tatil ya da idari izin kaydı" : type.label() + " kaydı";
        String text = TurkishDates.format(date) + " tarihinde silinebilecek " + what + " yok.";
        boolean fixed = FixedHolidays.of(date.getYear()).stream().anyMatch(d -> d.date().equals(date));
        if (fixed) {
            text += " Bu tarihteki tatil 2429 sayılı Kanunla belirlenmiştir ve silinemez.";
        }
        return text;
    }
}
