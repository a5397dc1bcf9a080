package tr.gov.goc.kurul.calendar;

import tr.gov.goc.kurul.common.TurkishDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a meeting date a secretary or chair chose against its planned window (R6.9, R7.1, R7.2, R8.1, R8.3), the
 * working-day rule (R-DATES) and the notice period (R11.3, R11.4) as seen from {@code today}.
 */
public final class MeetingDateCheck {

    private final WorkingDayCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final CalendarPolicy policy;

    public MeetingDateCheck(DeadlineArithmetic dates, CalendarPolicy policy) {
        this.calendar = dates.calendar();
        this.deadlines = new DeadlineCalculator(dates, policy);
        this.policy = policy;
    }

    public MeetingDateVerdict check(PlannedMeeting planned, LocalDate chosen, LocalDate today) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MeetingType type = planned.type();

        WorkingDay day = calendar.explain(chosen);
        if (!day.working()) {
            errors.add("Seçilen tarih (" + TurkishDates.withWeekday(chosen) + ") çalışma günü değil: "
                    + String.join(", ", day.reasons()) + ". Toplantı resmi tatil, idari izin ya da hafta sonuna konamaz (R-DATES).");
        } else if (!day.reasons().isEmpty()) {
            warnings.add("Seçilen gün yarım gün: " + String.join(", ", day.reasons()) + ". Toplantıyı sabah saatlerine koyun.");
        }

        if (chosen.isBefore(planned.windowStart()) || chosen.isAfter(planned.latestDate())) {
            errors.add(windowMessage(planned, chosen));
        } else if (chosen.isAfter(planned.windowEnd())) {
            warnings.add("Toplantı " + TurkishDates.format(planned.windowStart()) + "–" + TurkishDates.format(planned.windowEnd())
                    + " penceresinde yapılmadığı için en geç " + TurkishDates.format(planned.lateDeadline())
                    + " tarihine kadar yapılmalıdır (R8.3).");
        }

        if (chosen.isBefore(today)) {
            errors.add("Seçilen tarih (" + TurkishDates.format(chosen) + ") geçmişte kaldı; bugün " + TurkishDates.format(today) + ".");
        } else {
            LocalDate noticeDue = deadlines.noticeDueDate(type, chosen);
            if (today.isAfter(noticeDue)) {
                errors.add(noticeMessage(type, noticeDue));
            }
        }

        if (type != MeetingType.SUB_COMMISSION && !chosen.isBefore(today)) {
            LocalDate agendaDue = deadlines.agendaDueDate(chosen);
            if (today.isAfter(agendaDue)) {
                warnings.add("Gündem önerileri toplantıdan " + policy.agendaProposalDaysBefore() + " gün önce, en geç "
                        + TurkishDates.format(agendaDue) + " tarihinde alınmış olmalıydı; bu tarih geçti (R10.1, R10.2).");
            }
        }
        return new MeetingDateVerdict(errors.isEmpty(), errors, warnings, deadlines.deadlines(type, chosen));
    }

    private String windowMessage(PlannedMeeting planned, LocalDate chosen) {
        String text = "Seçilen tarih (" + TurkishDates.format(chosen) + ") " + planned.type().label() + " için izin verilen "
                + TurkishDates.format(planned.windowStart()) + "–" + TurkishDates.format(planned.windowEnd()) + " aralığının dışında";
        if (planned.lateDeadline() != null) {
            text += "; pencerede yapılamayan toplantı için son gün " + TurkishDates.format(planned.lateDeadline()) + " (R8.1, R8.3)";
        } else {
            text += " (" + planned.type().rule() + ")";
        }
        return text + ".";
    }

    private String noticeMessage(MeetingType type, LocalDate noticeDue) {
        boolean sub = type == MeetingType.SUB_COMMISSION;
        int days = sub ? policy.subCommissionNoticeDaysBefore() : policy.boardNoticeDaysBefore();
        return "Üyelere toplantıdan en az " + days + " gün önce bildirim yapılmalıdır; bu tarih için son bildirim günü "
                + TurkishDates.format(noticeDue) + " idi ve geçti (" + (sub ? "R11.4" : "R11.3") + "). Daha ileri bir tarih seçin.";
    }
}
