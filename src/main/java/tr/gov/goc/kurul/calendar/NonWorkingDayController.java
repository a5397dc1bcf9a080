package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.calendar.CalendarViews.DayOffView;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.PlainTextValidator;

/**
 * Official holidays and administrative leave days (R-DATES). Everyone signed in reads; administrators add, replace
 * and delete. Plans and deadlines computed afterwards take the change into account; {@link NonWorkingDaysChanged}
 * tells the meeting module.
 */
@RestController
@RequestMapping("/api/calendar/non-working-days")
class NonWorkingDayController {

    private static final int NAME_MAX = 200;

    private final NonWorkingDays days;
    private final StatutoryCalendar calendar;
    private final CurrentUser currentUser;

    NonWorkingDayController(NonWorkingDays days, StatutoryCalendar calendar, CurrentUser currentUser) {
        this.days = days;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<DayOffView> ofYear(@RequestParam(required = false) String year) {
        int y = CalendarParams.year(year, "year", calendar.today().getYear());
        return days.ofYear(y).stream().map(DayOffView::of).toList();
    }

    /** Creates or replaces the entry of that type on that date. */
    @PutMapping("/{date}")
    DayOffView put(@PathVariable String date, @RequestBody(required = false) DayOffChange change) {
        currentUser.requireAdministrator();
        LocalDate day = CalendarParams.date(date, "date");
        if (change == null) {
            throw new InvalidInputException(null, "İstek gövdesi zorunludur: {\"type\", \"part\", \"name\"}.");
        }
        DayType type = CalendarParams.enumValue(DayType.class, change.type(), "type");
        DayPart part = CalendarParams.enumValue(DayPart.class, change.part(), "part");
        String name = name(change.name());
        return DayOffView.of(days.put(day, type, part, name, currentUser.userId()));
    }

    /** Removes the date's stored entries, or only the one of {@code type} when given. */
    @DeleteMapping("/{date}")
    ResponseEntity<Void> delete(@PathVariable String date, @RequestParam(required = false) String type) {
        currentUser.requireAdministrator();
        LocalDate day = CalendarParams.date(date, "date");
        DayType dayType = type == null || type.isBlank() ? null : CalendarParams.enumValue(DayType.class, type, "type");
        days.remove(day, dayType);
        return ResponseEntity.noContent().build();
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("name", "'name' alanı zorunludur (ör. \"Kurban Bayramı sonrası idari izin\").");
        }
        String name = raw.trim();
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("name", "'name' en fazla " + NAME_MAX + " karakter olabilir.");
        }
        if (!PlainTextValidator.isPlain(name)) {
            throw new InvalidInputException("name", "'name' emoji, denetim karakteri veya desteklenmeyen karakter içeremez.");
        }
        return name;
    }

    record DayOffChange(String type, String part, String name) {
    }
}
