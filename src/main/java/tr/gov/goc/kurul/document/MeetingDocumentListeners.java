package tr.gov.goc.kurul.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.meeting.Meetings;

/** The board cycle's hooks for documents: links in the forms, PDFs stored at signing, distribution by mail. */
final class MeetingDocumentListeners {

    static final String MEETING_KEY = "meetingKey";

    private MeetingDocumentListeners() {
    }

    static Meeting meeting(Meetings meetings, DelegateTask task) {
        return meetings.byKey((String) task.getVariable(MEETING_KEY));
    }

    /** Create listener: the links to the meeting's PDFs and exports, shown as links in the task's form. */
    @Component("offerMeetingDocuments")
    static class Offer implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            String base = "/api/meetings/" + task.getVariable(MEETING_KEY);
            task.setVariable("minutesPdfUrl", base + "/minutes.pdf");
            task.setVariable("participantsPdfUrl", base + "/participants.pdf");
            task.setVariable("platformExportUrl", base + "/platform-export");
            task.setVariable("distributionLogUrl", base + "/distribution-log");
        }
    }

    /** End listener of the approval after the last signature: the signed version's Ek-1 and Ek-2 are stored, never to change (R12.2). */
    @Component("storeMinutesDocuments")
    static class Store implements ExecutionListener {

        private final Meetings meetings;
        private final MeetingDocuments documents;

        Store(Meetings meetings, MeetingDocuments documents) {
            this.meetings = meetings;
            this.documents = documents;
        }

        @Override
        public void notify(DelegateExecution execution) {
            if (FormValues.flag(execution.getVariable("minutesApproved"))) {
                documents.storeSigned(meetings.byKey((String) execution.getVariable(MEETING_KEY)));
            }
        }
    }

    /**
     * Create listener of the distribution task (R12.2, R12.5): the signed minutes go by mail to every institution on the
     * list; the task shows the delivery log. Assignment listener: the log again, as it is when the secretary claims it.
     */
    @Component("distributeMinutesByMail")
    static class Distribute implements TaskListener {

        private final Meetings meetings;
        private final MinutesDistribution distribution;

        Distribute(Meetings meetings, MinutesDistribution distribution) {
            this.meetings = meetings;
            this.distribution = distribution;
        }

        @Override
        public void notify(DelegateTask task) {
            Meeting meeting = meeting(meetings, task);
            List<MinutesDistribution.DeliveryRow> log = EVENTNAME_CREATE.equals(task.getEventName())
                    ? distribution.distribute(meeting) : distribution.log(meeting);
            task.setVariable("deliveryRows", FormValues.json(log.stream().map(Distribute::row).toList()));
        }

        private static Map<String, String> row(MinutesDistribution.DeliveryRow r) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kurum", r.institution());
            row.put("adres", r.addresses().isEmpty() ? "—" : String.join(", ", r.addresses()));
            row.put("durum", r.statusText());
            return row;
        }
    }
}
