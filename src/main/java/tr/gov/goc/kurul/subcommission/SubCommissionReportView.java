package tr.gov.goc.kurul.subcommission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A sub-commission meeting's Ek-1 report (category "Alt Komisyon Toplantısı", R12.6) as the board's agenda reads it
 * (R10.3): when and where it met, who chaired it (R6.2), the Ek-2 attendance with the other participants (R12.7), findings per area (R6.7, only
 * the areas with a finding, in R6.7 order), problems and proposals (R6.8), action plan monitoring (R5.14).
 */
public record SubCommissionReportView(
        String meetingKey,
        int plateCode,
        String title,
        String category,
        LocalDate date,
        String time,
        String place,
        String chairedBy,
        int participantCount,
        List<Attendee> attendees,
        List<OtherAttendee> otherAttendees,
        String topics,
        boolean noFindings,
        Map<ThematicArea, String> findings,
        String problems,
        String proposals,
        String actionPlanMonitoring,
        Instant recordedAt,
        LocalDate platformEnteredOn,
        String platformEnteredBy,
        Instant platformRecordedAt) {

    /** One Ek-2 line: institution, person, title and phone when known, liaison role ("asil" / "yedek"), present or not. */
    public record Attendee(String institution, String personName, String personTitle, String phone, String role, boolean present) {
    }

    /** A participant who is not a liaison officer, as the secretariat listed them (R12.7). */
    public record OtherAttendee(String personName, String personTitle, String institution, String phone) {
    }

    /** The institutions whose liaison officers came, in catalogue order. */
    public List<String> presentInstitutions() {
        return attendees.stream().filter(Attendee::present).map(Attendee::institution).distinct().toList();
    }

    public boolean enteredInPlatform() {
        return platformEnteredOn != null;
    }
}
