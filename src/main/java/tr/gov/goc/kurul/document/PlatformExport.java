package tr.gov.goc.kurul.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.decision.DecisionStatus;
import tr.gov.goc.kurul.decision.Decisions;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingKind;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.minutes.Minutes;
import tr.gov.goc.kurul.minutes.MinutesVersion;
import tr.gov.goc.kurul.province.Provinces;

/**
 * R12.3, R12.5, R12.6, R14: the Ek-1 fields as JSON, in the order of the form, for entering the minutes into the
 * presidency's platform; with who recorded the entry and when.
 */
@Service
public class PlatformExport {

    private final Meetings meetings;
    private final Decisions decisions;
    private final Provinces provinces;
    private final Minutes minutes;

    PlatformExport(Meetings meetings, Decisions decisions, Provinces provinces, Minutes minutes) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.provinces = provinces;
        this.minutes = minutes;
    }

    public record Ek1(String form, String category, String meetingKey, String meetingTitle, String meetingKind, String province,
                      String district, String place, LocalDate date, String time, int participantCount, String topics,
                      String problems, String solutions, String previousDecisionsEvaluation, List<Ek1Decision> decisions,
                      String otherMatters, Integer minutesVersion, String minutesStatus, String signedBy, Instant signedAt,
                      LocalDate platformEntryDueDate, List<Entry> platformEntries) {
    }

    public record Ek1Decision(String number, String decision, String justification, String aim, List<String> responsibleInstitutions,
                              LocalDate timeGiven) {
    }

    public record Entry(LocalDate enteredOn, String recordedBy, Instant recordedAt, String note) {
    }

    @Transactional(readOnly = true)
    public Ek1 of(Meeting meeting) {
        MinutesVersion version = minutes.lastSigned(meeting)
                .or(() -> minutes.versions(meeting).stream().reduce((a, b) -> b)).orElse(null);
        List<Ek1Decision> taken = decisions.ofMeeting(meeting.getMeetingKey()).stream()
                .map(DecisionStatus::decision)
                .map(d -> new Ek1Decision(d.getLabel(), d.getText(), d.getJustification(), d.getAim(),
                        decisions.ofMeeting(meeting.getMeetingKey()).stream().filter(s -> s.decision().getId().equals(d.getId()))
                                .flatMap(s -> s.institutions().stream().map(DecisionStatus.InstitutionStatus::institutionName)).toList(),
                        d.getDeadline()))
                .toList();
        List<Entry> entries = meetings.platformEntries(meeting).stream()
                .map(e -> new Entry(e.getEnteredOn(), e.getRecordedBy(), e.getRecordedAt(), e.getNote())).toList();
        String district = meeting.isDistrict() ? provinces.displayName(provinces.district(meeting.getDistrictId())) : null;
        return new Ek1("Ek-1", meeting.isDistrict() ? "İlçe Göç Koordinasyon Kurulu" : "İl Göç Koordinasyon Kurulu",
                meeting.getMeetingKey(), meeting.getTitle(), meeting.getKind() == MeetingKind.EXTRAORDINARY ? "Olağanüstü" : "Olağan",
                provinces.province(meeting.getPlateCode()).getName(), district, meeting.getPlace(), meeting.getMeetingDate(),
                meeting.getStartTime(), meetings.attendance(meeting).size(),
                version == null ? null : version.getTopics(), version == null ? null : version.getProblems(),
                version == null ? null : version.getSolutions(), meeting.getPreviousDecisionsEvaluation(), taken,
                version == null ? null : version.getOtherMatters(), version == null ? null : version.getNumber(),
                version == null ? null : version.getStatus().name(), version == null ? null : version.getSignedBy(),
                version == null ? null : version.getSignedAt(), meeting.getPlatformEntryDueDate(), entries);
    }
}
