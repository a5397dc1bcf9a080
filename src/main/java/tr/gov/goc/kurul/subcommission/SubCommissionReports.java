package tr.gov.goc.kurul.subcommission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.people.LiaisonRole;

/** The sub-commission module's public API: its reports, which go on the board's agenda (R10.3). */
@Service
@Transactional(readOnly = true)
public class SubCommissionReports {

    private final SubCommissionReportRepository reports;

    SubCommissionReports(SubCommissionReportRepository reports) {
        this.reports = reports;
    }

    /** The report of the sub-commission that prepared board meeting {@code meetingKey} (e.g. 27-2026-2); empty until it met. */
    public Optional<SubCommissionReportView> forMeeting(String meetingKey) {
        return reports.findByMeetingMeetingKey(meetingKey).map(SubCommissionReports::view);
    }

    private static SubCommissionReportView view(SubCommissionReport report) {
        SubCommissionMeeting meeting = report.getMeeting();
        Map<ThematicArea, String> findings = new LinkedHashMap<>();
        for (ThematicArea area : ThematicArea.values()) {
            String text = report.getFindings().get(area);
            if (text != null) {
                findings.put(area, text);
            }
        }
        return new SubCommissionReportView(meeting.getMeetingKey(), meeting.getPlateCode(), meeting.getTitle(), report.getCategory(),
                meeting.getMeetingDate(), meeting.getMeetingTime(), meeting.getPlace(), report.getChairedBy(),
                report.getParticipantCount(),
                report.getAttendance().stream().map(row -> new SubCommissionReportView.Attendee(row.getInstitutionName(),
                        row.getPersonName(), row.getPersonTitle(), row.getPhone(), role(row.getLiaisonRole()), row.isPresent())).toList(),
                report.getOtherParticipants().stream().map(other -> new SubCommissionReportView.OtherAttendee(other.getPersonName(),
                        other.getPersonTitle(), other.getInstitutionName(), other.getPhone())).toList(),
                report.getTopics(), report.isNoFindings(), Collections.unmodifiableMap(findings), report.getProblems(),
                report.getProposals(), report.getActionPlanMonitoring(), report.getRecordedAt(),
                report.getPlatformEnteredOn(), report.getPlatformEnteredBy(), report.getPlatformRecordedAt());
    }

    private static String role(String liaisonRole) {
        if (liaisonRole == null) {
            return null;
        }
        return LiaisonRole.valueOf(liaisonRole) == LiaisonRole.PRINCIPAL ? "asil" : "yedek";
    }
}
