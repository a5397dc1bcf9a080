package tr.gov.goc.kurul.minutes;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/** Writes the minutes' versions; each method is one step of the minutes' life, called by its task listener. */
@Service
@Transactional
class MinutesRecords {

    private final MinutesVersionRepository minutes;
    private final Meetings meetings;
    private final Clock clock;

    MinutesRecords(MinutesVersionRepository minutes, Meetings meetings, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The meeting of a process's {@code meetingKey}. */
    Meeting meeting(String key) {
        return meetings.findByKey(key).orElseThrow(() -> new TaskInputException("Toplantı kaydı bulunamadı: " + key));
    }

    /** The draft being written: the open draft, or a new version after the last signed one (R12.2). */
    MinutesVersion draft(Meeting meeting, String correctionReason, String by) {
        List<MinutesVersion> versions = minutes.findByMeetingIdOrderByNumberAsc(meeting.getId());
        if (!versions.isEmpty() && versions.get(versions.size() - 1).getStatus() == MinutesVersion.Status.DRAFT) {
            return versions.get(versions.size() - 1);
        }
        return minutes.save(new MinutesVersion(meeting.getId(), versions.size() + 1, correctionReason, by, clock.instant()));
    }

    MinutesVersion openDraft(Meeting meeting) {
        List<MinutesVersion> versions = minutes.findByMeetingIdOrderByNumberAsc(meeting.getId());
        if (versions.isEmpty() || versions.get(versions.size() - 1).getStatus() != MinutesVersion.Status.DRAFT) {
            throw new TaskInputException("İmzalanacak bir tutanak taslağı yok.");
        }
        return versions.get(versions.size() - 1);
    }
}
