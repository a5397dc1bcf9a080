package tr.gov.goc.kurul.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;
import tr.gov.goc.kurul.minutes.DemoPki;
import tr.gov.goc.kurul.minutes.MinutesForSigning;
import tr.gov.goc.kurul.minutes.MinutesSigning;
import tr.gov.goc.kurul.minutes.TrustedCertificates;

/**
 * The demo's qualified electronic signatures (R12.2): the Vali of Gaziantep signs the minutes with his e-İmza — the
 * demo plays his signing tool with a demo certificate authority that this running Kurul trusts — and uploads the
 * signed PDF as he would; the other signatories approve in Kurul.
 */
@Component
class DemoSignatures {

    static final String SIGNS_WITH_E_IMZA = "gaziantep.vali";

    private final Meetings meetings;
    private final MinutesSigning signing;
    private final MinutesForSigning minutes;
    private final TrustedCertificates trusted;
    private final Clock clock;
    private final Map<String, DemoPki.Signer> signers = new HashMap<>();
    private DemoPki pki;

    DemoSignatures(Meetings meetings, MinutesSigning signing, MinutesForSigning minutes, TrustedCertificates trusted, Clock clock) {
        this.meetings = meetings;
        this.signing = signing;
        this.minutes = minutes;
        this.trusted = trusted;
        this.clock = clock;
    }

    boolean signsWithEImza(Task task) {
        return SIGNS_WITH_E_IMZA.equals(task.getAssignee());
    }

    /** Signs the version's PDF with the signatory's demo certificate and uploads it; the task is then completed as QUALIFIED. */
    synchronized List<Map<String, Object>> sign(Task task, Autopilot pilot) {
        Meeting meeting = meetings.byKey(String.valueOf(pilot.variable(task, "meetingKey")));
        String user = task.getAssignee();
        if (!signing.signedQualified(meeting, user)) {
            Attendance row = signing.signatoryRowsOf(meeting, user).get(0);
            DemoPki.Signer signer = signers.computeIfAbsent(row.getFullName(), this::issue);
            try {
                minutes.acceptQualified(meeting, user, signer.sign(minutes.toSign(meeting).content()), null);
            } catch (InvalidInputException notYet) {
                return List.of(); // R5.8, R13.2: the minutes wait for a decision first; tried again at the next turn
            }
        }
        return List.of(Map.of("signature", "QUALIFIED"));
    }

    private DemoPki.Signer issue(String fullName) {
        if (pki == null) {
            pki = new DemoPki(clock);
            pki.trustIn(trusted);
        }
        int space = fullName.lastIndexOf(' ');
        return pki.issue(fullName.substring(0, Math.max(space, 0)).strip(), fullName.substring(space + 1), null);
    }
}
