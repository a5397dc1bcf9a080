package tr.gov.goc.kurul.minutes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingMinutes;
import tr.gov.goc.kurul.meeting.Meetings;

/** What the meeting module's steps read of a meeting's minutes (its port {@link MeetingMinutes}), kept here. */
@Component
@Transactional(readOnly = true)
class MinutesForMeetings implements MeetingMinutes {

    private final Minutes minutes;
    private final MinutesVersionRepository versions;
    private final Meetings meetings;

    MinutesForMeetings(Minutes minutes, MinutesVersionRepository versions, Meetings meetings) {
        this.minutes = minutes;
        this.versions = versions;
        this.meetings = meetings;
    }

    @Override
    public OptionalInt lastSignedNumber(Meeting meeting) {
        return minutes.lastSigned(meeting).map(v -> OptionalInt.of(v.getNumber())).orElseGet(OptionalInt::empty);
    }

    @Override
    public Optional<String> signedProblems(Meeting meeting) { // R10.7
        return minutes.versions(meeting).stream()
                .filter(v -> v.getStatus() == MinutesVersion.Status.SIGNED && v.getProblems() != null)
                .reduce((a, b) -> b)
                .map(MinutesVersion::getProblems);
    }

    @Override
    public List<VersionView> views(Meeting meeting) {
        int needed = meetings.signatories(meeting).size();
        return minutes.versions(meeting).stream()
                .map(v -> {
                    List<MinutesSignature> given = minutes.signatures(v);
                    return new VersionView(v.getNumber(), v.getStatus().name(), v.getTopics(), v.getProblems(), v.getSolutions(),
                            v.getOtherMatters(), v.getCorrectionReason(), v.getSignedBy(), v.getSignedAt(), v.getMembersApproval(),
                            v.getReturnReason(), given.size(), needed, given.stream()
                            .map(s -> new SignatureView(s.getAttendanceId(), s.getHow().name(), s.getSignedAt(), s.getRecordedBy(),
                                    s.getDissentNote())).toList());
                })
                .toList();
    }

    @Override
    public String signatureProgress(Meeting meeting) { // R12.2
        List<MinutesVersion> all = minutes.versions(meeting);
        if (all.isEmpty() || all.get(all.size() - 1).getStatus() == MinutesVersion.Status.RETURNED) {
            return "";
        }
        MinutesVersion last = all.get(all.size() - 1);
        return minutes.signatures(last).size() + "/" + meetings.signatories(meeting).size();
    }

    @Override
    @Transactional
    public void recordPast(Meeting meeting, PastMinutes past) {
        MinutesVersion version = new MinutesVersion(meeting.getId(), 1, null, past.draftedBy(), past.draftedAt());
        version.write(past.topics(), past.problems(), past.solutions(), past.otherMatters(), past.draftedBy(), past.draftedAt());
        version.sign(past.signedBy(), past.signedAt());
        versions.save(version);
    }
}
