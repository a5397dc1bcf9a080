package tr.gov.goc.kurul.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Port to the minutes module (which depends on this one and owns the minutes' life — draft, versions, signatures,
 * approval): what the meeting's own steps read of its Ek-1 minutes, and the signed minutes of a meeting held before
 * Kurul ran it.
 */
public interface MeetingMinutes {

    /** The number of the last signed (approved) minutes version, which the distribution records (R12.2), or empty. */
    OptionalInt lastSignedNumber(Meeting meeting);

    /** R10.7: the problems recorded in the last signed minutes version that has any, or empty. */
    Optional<String> signedProblems(Meeting meeting);

    /** R12.2: "n/m" signatures on the version being signed (or the last signed one); empty after a return or before a draft. */
    String signatureProgress(Meeting meeting);

    /** R12.2: one signature on a minutes version: who, how (IN_SYSTEM, QUALIFIED, WET), when, recorded by whom, dissent note. */
    record SignatureView(long attendanceId, String how, Instant signedAt, String recordedBy, String dissentNote) {
    }

    /** One minutes version as the meeting's detail shows it (the {@code minutes} of {@code GET /api/meetings/{key}}). */
    record VersionView(int version, String status, String topics, String problems, String solutions, String otherMatters,
                       String correctionReason, String signedBy, Instant signedAt, String membersApproval, String returnReason,
                       int signaturesGiven, int signaturesNeeded, List<SignatureView> signatures) {
    }

    /** Every version of the meeting's minutes, the first first, with its signatures. */
    List<VersionView> views(Meeting meeting);

    /** The Ek-1 of a meeting held before Kurul ran it: version 1, written and signed (R12.2). */
    record PastMinutes(String topics, String problems, String solutions, String otherMatters, String draftedBy,
                       Instant draftedAt, String signedBy, Instant signedAt) {
    }

    void recordPast(Meeting meeting, PastMinutes minutes);
}
