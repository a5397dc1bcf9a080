package tr.gov.goc.kurul.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of meetings. */
final class MeetingViews {

    private MeetingViews() {
    }

    record Summary(long id, String meetingKey, int plateCode, int year, Integer sequence, MeetingKind kind, String title,
                   LocalDate windowStart, LocalDate windowEnd, LocalDate agendaDueDate, LocalDate meetingDate,
                   MeetingStatus status, Long districtId, LocalDate lateDeadline) {
        static Summary of(Meeting m) {
            return new Summary(m.getId(), m.getMeetingKey(), m.getPlateCode(), m.getYear(), m.getSequence(), m.getKind(),
                    m.getTitle(), m.getWindowStart(), m.getWindowEnd(), m.getAgendaDueDate(), m.getMeetingDate(), m.getStatus(),
                    m.getDistrictId(), m.getLateDeadline());
        }
    }

    record Item(int position, String source, String title, boolean risk) {
    }

    record Participant(String attendedAs, String fullName, String title, String institution) {
    }

    /** The meeting's status in Turkish, as users read it. */
    static String statusText(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> "Planlandı";
            case AGENDA_COMPILED -> "Gündem hazır";
            case SCHEDULED -> "Tarihi belirlendi";
            case HELD -> "Yapıldı";
            case MINUTES_SIGNED -> "Tutanak imzalandı";
            case CLOSED -> "Kapandı";
            case NOT_HELD -> "Yapılmadı";
            case CANCELLED -> "İptal edildi";
        };
    }

    /** A meeting as the change page lists it: what may be changed, and within which window it was planned. */
    record Changeable(String meetingKey, String title, LocalDate meetingDate, String startTime, String place,
                      LocalDate windowStart, LocalDate windowEnd) {
        static Changeable of(Meeting m) {
            return new Changeable(m.getMeetingKey(), m.getTitle(), m.getMeetingDate(), m.getStartTime(), m.getPlace(),
                    m.getWindowStart(), m.getWindowEnd());
        }
    }

    /** R11.3: a change of day, place or time, or the cancellation, with who, when and why. */
    record Change(String kind, String kindText, LocalDate oldDate, String oldTime, String oldPlace, LocalDate newDate,
                  String newTime, String newPlace, String reason, String warnings, boolean outsideWindow,
                  int calendarSequence, String changedBy, Instant changedAt) {
        static Change of(MeetingChange c) {
            return new Change(c.getKind().name(), c.getKind().turkish(), c.getOldDate(), c.getOldTime(), c.getOldPlace(),
                    c.getNewDate(), c.getNewTime(), c.getNewPlace(), c.getReason(), c.getWarnings(), c.isOutsideWindow(),
                    c.getCalendarSequence(), c.getChangedBy(), c.getChangedAt());
        }
    }

    record Detail(Summary meeting, String statusText, String startTime, String place, LocalDate noticeDueDate,
                  LocalDate minutesDistributionDueDate, LocalDate platformEntryDueDate, String previousDecisionsEvaluation,
                  List<Item> agenda, List<Participant> participants, List<MeetingMinutes.VersionView> minutes, int distributedTo,
                  LocalDate platformEnteredOn, List<Change> changes) {

        /** The minutes' versions come from the minutes module, through {@link MeetingMinutes}. */
        static Detail of(Meeting m, Meetings meetings, MeetingMinutes minutesOfMeeting) {
            List<Item> agenda = meetings.agenda(m).stream()
                    .map(i -> new Item(i.getPosition(), i.getSource().name(), i.getTitle(), i.isRisk())).toList();
            List<Participant> participants = meetings.attendance(m).stream()
                    .map(a -> new Participant(a.getAttendedAs().name(), a.getFullName(), a.getTitle(), a.getInstitutionName()))
                    .toList();
            List<MeetingMinutes.VersionView> minutes = minutesOfMeeting.views(m);
            LocalDate entered = meetings.platformEntries(m).stream().map(PlatformEntry::getEnteredOn).reduce((a, b) -> b).orElse(null);
            return new Detail(Summary.of(m), MeetingViews.statusText(m.getStatus()), m.getStartTime(), m.getPlace(), m.getNoticeDueDate(),
                    m.getMinutesDistributionDueDate(), m.getPlatformEntryDueDate(), m.getPreviousDecisionsEvaluation(),
                    agenda, participants, minutes, meetings.distributions(m).size(), entered,
                    meetings.changes(m).stream().map(Change::of).toList());
        }
    }
}
