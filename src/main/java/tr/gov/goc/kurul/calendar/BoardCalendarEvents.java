package tr.gov.goc.kurul.calendar;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a board's calendar feed: each planned meeting on its proposed date, its R8.3 late deadline, and its
 * deadlines computed from the proposed date; for a province also the R13.3 annual report deadline.
 */
final class BoardCalendarEvents {

    private final DeadlineCalculator deadlines;

    BoardCalendarEvents(DeadlineCalculator deadlines) {
        this.deadlines = deadlines;
    }

    List<CalendarEvent> events(BoardLevel level, MeetingPlan plan) {
        List<CalendarEvent> events = new ArrayList<>();
        for (PlannedMeeting m : plan.meetings()) {
            String key = plan.year() + "-" + String.format("%02d", m.windowStart().getMonthValue()) + "-" + m.type().name();
            String meeting = m.type().label() + " " + TurkishDates.format(m.proposedDate());
            events.add(new CalendarEvent(key + "-meeting", m.proposedDate(), m.type().label() + " (önerilen)",
                    "Toplantı penceresi: " + TurkishDates.format(m.windowStart()) + "–" + TurkishDates.format(m.windowEnd())
                            + " (" + m.type().rule() + "). Önerilen tarih; kesin tarihi kurul başkanı / sekreterlik belirler."));
            if (m.lateDeadline() != null) {
                events.add(new CalendarEvent(key + "-late", m.lateDeadline(), "İlçe Kurulu toplantısı için son gün (R8.3)",
                        "Pencerede yapılamayan toplantı en geç bu tarihe kadar yapılmalıdır (R8.3)."));
            }
            MeetingDeadlines d = deadlines.deadlines(m.type(), m.proposedDate());
            add(events, key + "-agenda-opens", d.agendaOpensOn(), "Gündem önerilerinin toplanması başlar", meeting, "R10.1, R10.2");
            add(events, key + "-agenda-due", d.agendaDueDate(), "Gündem önerileri son gün", meeting, "R10.1, R10.2");
            add(events, key + "-notice", d.noticeDueDate(), "Toplantı bildirimi son gün", meeting,
                    m.type() == MeetingType.SUB_COMMISSION ? "R11.4" : "R11.3");
            add(events, key + "-minutes", d.minutesDistributionDueDate(), "Tutanak dağıtımı son gün", meeting,
                    m.type() == MeetingType.DISTRICT_BOARD ? "R12.4, R12.5" : "R12.2");
            add(events, key + "-platform", d.platformEntryDueDate(), "Platforma giriş son gün", meeting,
                    switch (m.type()) {
                        case SUB_COMMISSION -> "R12.6";
                        case PROVINCIAL_BOARD -> "R12.3";
                        case DISTRICT_BOARD -> "R12.5";
                    });
        }
        if (level == BoardLevel.PROVINCE) {
            int reportYear = plan.year() - 1;
            LocalDate due = deadlines.annualReportDeadline(reportYear);
            events.add(new CalendarEvent(plan.year() + "-annual-report", due,
                    "Yıllık değerlendirme raporu platform girişi son gün (" + reportYear + ")",
                    reportYear + " yılı Ek-3 yıllık değerlendirme raporunun verileri platforma girilir (R13.3)."));
        }
        events.sort(Comparator.comparing(CalendarEvent::date).thenComparing(CalendarEvent::key));
        return events;
    }

    private static void add(List<CalendarEvent> events, String key, LocalDate date, String summary, String meeting, String rule) {
        if (date != null) {
            events.add(new CalendarEvent(key, date, summary + " (" + meeting + ")", summary + " — " + meeting + " (" + rule + ")."));
        }
    }
}
