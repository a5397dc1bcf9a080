package tr.gov.goc.kurul.meeting;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.NonWorkingDaysChanged;
import tr.gov.goc.kurul.notification.Notices;

/**
 * R-DATES: when an administrator makes a day non-working (a holiday, an administrative leave), every planned or
 * scheduled meeting with a date or deadline on that day is reported to its province's secretariat. Nothing moves
 * silently: the secretariat and the chair decide what to change.
 */
@Component
class CalendarChangeWatch {


    private final MeetingRepository meetings;
    private final Notices notices;

    CalendarChangeWatch(MeetingRepository meetings, Notices notices) {
        this.meetings = meetings;
        this.notices = notices;
    }

    @EventListener
    void on(NonWorkingDaysChanged change) {
        if (change.workingNow()) {
            return;
        }
        for (Meeting meeting : meetings.findAll()) {
            List<String> affected = new ArrayList<>();
            dates(meeting).forEach((label, date) -> {
                if (change.date().equals(date)) {
                    affected.add(label);
                }
            });
            if (!affected.isEmpty()) {
                notices.toGroup(MeetingGroups.secretariat(meeting), "CALENDAR_CHANGE",
                        meeting.getTitle() + ": " + TurkishDates.format(change.date()) + " artık iş günü değil",
                        "Bu gün şimdi tatil ya da idari izin: " + String.join(", ", affected)
                                + ". Tarihleri gözden geçirin; sistem hiçbir tarihi kendiliğinden değiştirmez.",
                        meeting.getMeetingKey());
            }
        }
    }

    private static Map<String, LocalDate> dates(Meeting m) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("gündem toplamanın açılışı", m.getAgendaOpensOn());
        dates.put("gündem önerilerinin son günü (md. 10/2)", m.getAgendaDueDate());
        dates.put("toplantı günü", m.getMeetingDate());
        dates.put("bildirimin son günü (md. 11/3)", m.getNoticeDueDate());
        dates.put("tutanak dağıtımının son günü (md. 12/2)", m.getMinutesDistributionDueDate());
        dates.put("platform girişinin son günü (md. 12/3)", m.getPlatformEntryDueDate());
        dates.put("pencerede yapılamayan ilçe kurulu için son gün (md. 8/3)", m.getLateDeadline());
        return dates;
    }
}
