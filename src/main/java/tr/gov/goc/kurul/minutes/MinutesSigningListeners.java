package tr.gov.goc.kurul.minutes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/** The signing process's hooks (process {@code minutesSignatures}, R12.1, R12.2, R12.4, R12.8). */
final class MinutesSigningListeners {

    static final String MEETING_KEY = "meetingKey";

    private MinutesSigningListeners() {
    }

    /** Start: the version's Ek-1 is rendered once and kept; the signing tasks link to the e-İmza page. */
    @Component("prepareMinutesForSigning")
    static class Prepare implements ExecutionListener {

        private final Meetings meetings;
        private final MinutesForSigning minutes;

        Prepare(Meetings meetings, MinutesForSigning minutes) {
            this.meetings = meetings;
            this.minutes = minutes;
        }

        @Override
        public void notify(DelegateExecution execution) {
            String key = (String) execution.getVariable(MEETING_KEY);
            minutes.prepare(meetings.byKey(key));
            execution.setVariable("toSignPdfUrl", "/api/meetings/" + key + "/minutes/to-sign.pdf");
            execution.setVariable("qualifiedSigningUrl", "/kurul/e-imza.html?toplanti=" + key);
        }
    }

    /**
     * End of the approval after the last signature: the approved Ek-1 — signed PDF, signature page, Kurul's seal — is
     * kept as the minutes every reader downloads and every institution receives (before the Ek-2 is stored with it).
     */
    @Component("sealApprovedMinutes")
    static class Seal implements ExecutionListener {

        private final Meetings meetings;
        private final MinutesForSigning minutes;
        private final MinutesDocuments documents;
        private final Minutes versions;

        Seal(Meetings meetings, MinutesForSigning minutes, MinutesDocuments documents, Minutes versions) {
            this.versions = versions;
            this.meetings = meetings;
            this.minutes = minutes;
            this.documents = documents;
        }

        @Override
        public void notify(DelegateExecution execution) {
            if (!Boolean.TRUE.equals(execution.getVariable("minutesApproved"))) {
                return;
            }
            Meeting meeting = meetings.byKey((String) execution.getVariable(MEETING_KEY));
            versions.lastSigned(meeting).ifPresent(version -> minutes.approved(meeting, version)
                    .ifPresent(pdf -> documents.storeApprovedMinutes(meeting, version, pdf)));
        }
    }
}
