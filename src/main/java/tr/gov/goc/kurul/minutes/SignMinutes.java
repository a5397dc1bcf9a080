package tr.gov.goc.kurul.minutes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.Actors;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.meeting.Attendance;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.MeetingGroups;
import tr.gov.goc.kurul.notification.Notices;

/**
 * The steps of the minutes' signatures (process {@code minutesSignatures}, R12.1, R12.2, R12.4): each signatory with a
 * login signs their own task — "İmzalıyorum", with a dissent note, or returns the draft with a reason; the secretariat
 * records the wet signatures of the others; the last signature approves the version.
 */
final class SignMinutes {

    /** The BPMN error a return throws: every open signature task of the version ends, the İl GİM redrafts. */
    static final String RETURNED = "MINUTES_RETURNED";

    private SignMinutes() {
    }

    static Meeting meeting(MinutesRecords records, org.camunda.bpm.engine.delegate.VariableScope scope) {
        return records.meeting((String) scope.getVariable(MinutesSigningListeners.MEETING_KEY));
    }

    /** Complete listener of a signatory's task: who acts is the signatory (R12.2) — not the chair's office for the chair. */
    @Component("signMinutes")
    static class Sign implements TaskListener {

        private final MinutesRecords records;
        private final MinutesSigning signing;
        private final IdentityService identity;

        Sign(MinutesRecords records, MinutesSigning signing, IdentityService identity) {
            this.records = records;
            this.signing = signing;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            String actor = Actors.current(identity);
            if (!Actors.SYSTEM.equals(actor) && !Objects.equals(actor, task.getAssignee())) {
                throw new TaskInputException("Tutanağı imzacının kendisi imzalar (md. 12/2); başkasının imza görevini tamamlayamazsınız.");
            }
            String signer = task.getAssignee();
            Meeting meeting = meeting(records, task);
            String choice = FormValues.text(task.getVariable("signature"));
            if ("SIGN".equals(choice)) {
                signing.signInSystem(meeting, signer, null);
            } else if ("DISSENT".equals(choice)) {
                String note = FormValues.optionalText(task.getVariable("dissentNote"), "Muhalefet şerhi", 2000);
                if (note == null) {
                    throw new TaskInputException("dissentNote", "Muhalefet şerhinizi yazın.");
                }
                signing.signInSystem(meeting, signer, note);
            } else if ("QUALIFIED".equals(choice)) {
                // R12.2: the e-İmza signature was checked and recorded when the signed PDF was uploaded
                if (!signing.signedQualified(meeting, signer)) {
                    throw new TaskInputException("signature", "E-imzalı tutanak dosyanız henüz yüklenmedi. \"E-İmza ile imzala\" "
                            + "sayfasında imzaya sunulan PDF'i indirip e-imzanızla imzalayın ve yükleyin; ya da \"İmzalıyorum\" seçin.");
                }
            } else if ("RETURN".equals(choice)) {
                String reason = FormValues.optionalText(task.getVariable("returnReason"), "İade gerekçesi", 1000);
                if (reason == null) {
                    throw new TaskInputException("returnReason", "İade gerekçesini yazın.");
                }
                signing.returnDraft(meeting, signer, reason);
                throw new BpmnError(RETURNED, reason);
            } else {
                throw new TaskInputException("signature", "İmzalayıp imzalamadığınızı ya da iade ettiğinizi seçin.");
            }
        }
    }

    /** Create listener of the secretariat's task: the signatories without login, as a checklist. */
    @Component("prepareWetSignatures")
    static class PrepareWet implements TaskListener {

        private final MinutesRecords records;
        private final MinutesSigning signing;

        PrepareWet(MinutesRecords records, MinutesSigning signing) {
            this.records = records;
            this.signing = signing;
        }

        @Override
        public void notify(DelegateTask task) {
            List<Attendance> wet = signing.wetSignatories(meeting(records, task));
            task.setVariable("wetOptions", FormValues.json(wet.stream()
                    .map(a -> Map.of("label", a.getFullName() + (a.getInstitutionName() == null ? "" : " (" + a.getInstitutionName() + ")"),
                            "value", String.valueOf(a.getId())))
                    .toList()));
        }
    }

    /** Complete listener: every signatory without login has signed the printed Ek-1; recorded with today's date. */
    @Component("recordWetSignatures")
    static class RecordWet implements TaskListener {

        private final MinutesRecords records;
        private final MinutesSigning signing;
        private final IdentityService identity;

        RecordWet(MinutesRecords records, MinutesSigning signing, IdentityService identity) {
            this.records = records;
            this.signing = signing;
            this.identity = identity;
        }

        @Override
        public void notify(DelegateTask task) {
            Set<Long> ticked = Set.copyOf(FormValues.ids(task.getVariable("wetSigned"), "imzacı"));
            signing.recordWet(meeting(records, task), ticked, Actors.current(identity));
        }
    }

    /** Service task after the last signature: the version is signed, the minutes approved (R12.2, R12.4). */
    @Component("approveMinutes")
    static class Approve implements JavaDelegate {

        private final MinutesRecords records;
        private final MinutesSigning signing;

        Approve(MinutesRecords records, MinutesSigning signing) {
            this.records = records;
            this.signing = signing;
        }

        @Override
        public void execute(DelegateExecution execution) {
            signing.approve(meeting(records, execution));
            execution.setVariable("minutesApproved", true);
        }
    }

    /** Timer before the distribution deadline: the signatories who have not signed, and the secretariat, are told. */
    @Component("remindSignatories")
    static class Remind implements JavaDelegate {

        private final MinutesRecords records;
        private final MinutesSigning signing;
        private final Notices notices;

        Remind(MinutesRecords records, MinutesSigning signing, Notices notices) {
            this.records = records;
            this.signing = signing;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = meeting(records, execution);
            MinutesVersion draft = records.openDraft(meeting);
            List<Attendance> unsigned = signing.unsigned(meeting, draft);
            if (unsigned.isEmpty()) {
                return;
            }
            String title = (String) execution.getVariable("meetingTitle");
            String due = String.valueOf(execution.getVariable("minutesDistributionDueDate"));
            for (String user : signing.unsignedLogins(meeting)) {
                notices.toUser(user, "MINUTES_SIGNATURE_REMINDER", "Tutanak imzanızı bekliyor — " + title,
                        "Tutanağın dağıtım süresi " + due + " tarihinde doluyor (md. 12/2). Lütfen Tasklist'teki "
                                + "\"Tutanağı imzalayın\" görevini tamamlayın.", execution.getProcessBusinessKey());
            }
            notices.toGroup(MeetingGroups.secretariat(meeting), "MINUTES_SIGNATURE_REMINDER", "Tutanak imzaları eksik — " + title,
                    "Henüz imzalamayanlar: " + String.join(", ", unsigned.stream().map(Attendance::getFullName).toList())
                            + ". Dağıtım süresi " + due + " tarihinde doluyor (md. 12/2).", execution.getProcessBusinessKey());
        }
    }
}
