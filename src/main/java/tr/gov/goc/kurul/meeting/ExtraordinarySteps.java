package tr.gov.goc.kurul.meeting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.province.District;
import tr.gov.goc.kurul.province.Provinces;

/** The steps of extraordinaryMeeting (R7.3, R8.4), named like acts in the BPMN. */
final class ExtraordinarySteps {

    static final String REQUESTED_BY = "requestedBy";
    static final String DISTRICT_ID = "districtId";
    static final String REASON = "reason";

    private ExtraordinarySteps() {
    }

    static int plateCode(DelegateExecution execution) {
        return ((Number) execution.getVariable("plateCode")).intValue();
    }

    static Long districtId(DelegateExecution execution) {
        Object value = execution.getVariable(DISTRICT_ID);
        return value == null ? null : ((Number) value).longValue();
    }

    static ExtraordinaryRequester requester(DelegateExecution execution) {
        Object value = execution.getVariable(REQUESTED_BY);
        return value == null ? ExtraordinaryRequester.PRESIDENCY : ExtraordinaryRequester.valueOf(value.toString());
    }

    /**
     * "İsteği kaydet": checks the request again (a message may come from outside Kurul's API), names the board and its
     * groups, and decides whether the chair must decide: only on the İl/İlçe GİM's proposal (R7.3, R8.4).
     */
    @Component("registerExtraordinaryRequest")
    static class Register implements JavaDelegate {

        private final ExtraordinaryRequests requests;
        private final Provinces provinces;

        Register(ExtraordinaryRequests requests, Provinces provinces) {
            this.requests = requests;
            this.provinces = provinces;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int plate = plateCode(execution);
            Long districtId = districtId(execution);
            String reason = (String) execution.getVariable(REASON);
            requests.check(plate, districtId, reason);
            ExtraordinaryRequester requester = requester(execution);
            execution.setVariable(REQUESTED_BY, requester.name());
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(requests.nextKey(plate, districtId));
            }
            boolean district = districtId != null;
            if (district) {
                District d = provinces.district(districtId);
                execution.setVariable("boardLevel", "DISTRICT");
                execution.setVariable("boardTitle", provinces.displayName(d) + " İlçe GKK"); // R8.4
                execution.setVariable("chairGroup", GroupIds.districtChair(districtId));
                execution.setVariable("secretariatGroup", GroupIds.districtSecretariat(districtId));
            } else {
                execution.setVariable("boardLevel", "PROVINCIAL");
                execution.setVariable("boardTitle", provinces.province(plate).getName() + " İl GKK"); // R7.3
                execution.setVariable("chairGroup", GroupIds.chair(plate));
                execution.setVariable("secretariatGroup", GroupIds.secretariat(plate));
            }
            execution.setVariable("requestedByLabel", switch (requester) {
                case IL_GIM_PROPOSAL -> district ? "İlçe Göç İdaresi Müdürlüğü (sekreterya)" : "İl Göç İdaresi Müdürlüğü";
                case GOVERNOR -> district ? "Kaymakam" : "Vali";
                case PRESIDENCY -> "Göç İdaresi Başkanlığı";
            });
            execution.setVariable("needsChairDecision", requester == ExtraordinaryRequester.IL_GIM_PROPOSAL);
        }
    }

    /** The chair's decision on the İl/İlçe GİM's proposal; a rejection needs a reason (R7.3, R8.4). */
    @Component("decideExtraordinaryRequest")
    static class Decide implements TaskListener {

        @Override
        public void notify(DelegateTask task) {
            String choice = FormValues.text(task.getVariable("chairDecision"));
            if (!"APPROVE".equals(choice) && !"REJECT".equals(choice)) {
                throw new TaskInputException("Toplantının yapılıp yapılmayacağını seçin.");
            }
            String reason = FormValues.optionalText(task.getVariable("chairReason"), "Ret gerekçesi", ExtraordinaryRequests.REASON_MAX);
            if ("REJECT".equals(choice) && reason == null) {
                throw new TaskInputException("Reddederken gerekçeyi yazın; sekreteryaya bildirilecek.");
            }
            task.setVariable("requestApproved", "APPROVE".equals(choice));
        }
    }

    /** A rejected proposal: the secretariat learns the chair's reason. */
    @Component("notifyExtraordinaryRejection")
    static class NotifyRejection implements JavaDelegate {

        private final Notices notices;

        NotifyRejection(Notices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.toGroup((String) execution.getVariable("secretariatGroup"), "EXTRAORDINARY_REJECTED",
                    "Olağanüstü toplantı önerisi reddedildi — " + execution.getVariable("boardTitle"),
                    "Öneri: " + execution.getVariable(REASON) + "\nBaşkanın gerekçesi: " + execution.getVariable("chairReason"),
                    execution.getProcessBusinessKey());
        }
    }

    /** R7.3: the provincial board cycle, through the existing path (message start of provincialBoardCycle). */
    @Component("callExtraordinaryBoardMeeting")
    static class CallProvincial implements JavaDelegate {

        private final MeetingActions actions;

        CallProvincial(MeetingActions actions) {
            this.actions = actions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Meeting meeting = actions.callExtraordinary(plateCode(execution), requester(execution), (String) execution.getVariable(REASON));
            execution.setVariable(CycleVariables.MEETING_KEY, meeting.getMeetingKey());
            execution.setVariable("meetingTitle", meeting.getTitle());
        }
    }

    /**
     * R8.4: the district board's extraordinary cycle ({@code districtBoardCycle}, start message
     * {@code DistrictExtraordinaryMeetingRequested}); its agenda opens with the request's reason. While another
     * extraordinary meeting of the district is under way, none is started: the district's secretariat and chair are
     * told, with the reason, so they add it to the meeting already called.
     */
    @Component("startDistrictExtraordinaryMeeting")
    static class StartDistrict implements JavaDelegate {

        private final MeetingActions actions;
        private final Notices notices;

        StartDistrict(MeetingActions actions, Notices notices) {
            this.actions = actions;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long districtId = districtId(execution);
            String reason = (String) execution.getVariable(REASON);
            if (!actions.extraordinaryDistrictMeetingUnderWay(districtId)) {
                Meeting meeting = actions.callDistrictExtraordinary(districtId, requester(execution), reason);
                execution.setVariable(CycleVariables.MEETING_KEY, meeting.getMeetingKey());
                execution.setVariable("meetingTitle", meeting.getTitle());
                execution.setVariable("districtCyclePending", false);
                return;
            }
            String title = (String) execution.getVariable("boardTitle");
            for (String group : List.of((String) execution.getVariable("secretariatGroup"), (String) execution.getVariable("chairGroup"))) {
                notices.toGroup(group, "EXTRAORDINARY_DISTRICT_MEETING", "Olağanüstü toplantı isteği — " + title,
                        title + " için yürüyen bir olağanüstü toplantı var; yeni istek ayrı bir toplantı açmadı (md. 8/4). "
                        + "Gerekçeyi o toplantının gündemine ekleyin: " + reason, execution.getProcessBusinessKey());
            }
            execution.setVariable("districtCyclePending", true);
        }
    }
}
