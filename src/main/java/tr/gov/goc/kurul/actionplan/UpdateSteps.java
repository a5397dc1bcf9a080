package tr.gov.goc.kurul.actionplan;

import static tr.gov.goc.kurul.actionplan.UpdateVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.calendar.StatutoryCalendar;
import tr.gov.goc.kurul.calendar.WorkingDayCalendar;
import tr.gov.goc.kurul.common.FormValues;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.TaskInputException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.GroupIds;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.notification.Notices;
import tr.gov.goc.kurul.policy.Policy;

/** The steps of actionPlanUpdate (R5.13): delegates and task listeners named like acts in the BPMN. */
final class UpdateSteps {

    static final String UPDATE_DAYS = "actionPlanUpdateDays";
    static final String REMINDER_DAYS = "actionPlanReminderDaysBefore";
    static final String OPINION_DAYS = "actionPlanOpinionDays";
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    static final String OWN_DIRECTORATE = "GOC_IDARESI";

    private UpdateSteps() {
    }

    static String user(IdentityService identityService, DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : ActionPlans.SYSTEM_USER;
    }

    /**
     * "Güncellemeyi hazırla": R5.13 gives the İl GİM 15 days (policy {@value #UPDATE_DAYS}; R-DATES "within N days": the
     * next working day if the last day is none), a reminder {@value #REMINDER_DAYS} days before (working day before),
     * the member institutions' opinions due after {@value #OPINION_DAYS} days, never after the İl GİM's own deadline.
     * Opinions are asked of every Art 4(2) institution that sends liaison officers (R6.3) except the İl GİM itself.
     */
    @Component("prepareActionPlanUpdate")
    static class Prepare implements JavaDelegate {

        private final Policy policy;
        private final StatutoryCalendar calendar;
        private final Institutions institutions;
        private final ActionPlans plans;
        private final Clock clock;

        Prepare(Policy policy, StatutoryCalendar calendar, Institutions institutions, ActionPlans plans, Clock clock) {
            this.policy = policy;
            this.calendar = calendar;
            this.institutions = institutions;
            this.plans = plans;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int plate = plateCode(execution);
            LocalDate today = LocalDate.now(clock);
            WorkingDayCalendar days = calendar.workingDays();
            // R5.13: fifteen days for an update; the first meeting's plan is due with that meeting's agenda
            LocalDate given = execution.getVariable(UPDATE_DUE_DATE) == null ? null
                    : LocalDate.parse(execution.getVariable(UPDATE_DUE_DATE).toString());
            LocalDate due = given != null && given.isAfter(today) ? given
                    : days.onOrAfter(today.plusDays(policy.intAsOf(UPDATE_DAYS, today)));
            LocalDate reminder = days.onOrBefore(due.minusDays(policy.intAsOf(REMINDER_DAYS, today)));
            LocalDate opinionDue = days.onOrAfter(today.plusDays(policy.intAsOf(OPINION_DAYS, today)));
            if (opinionDue.isAfter(due)) {
                opinionDue = due;
            }
            List<Long> ids = institutions.ofProvince(plate).stream()
                    .filter(institutions::sendsLiaison)
                    .filter(i -> !i.isKind(OWN_DIRECTORATE))
                    .map(Institution::getId).toList();
            execution.setVariable(STARTED_ON, today.toString());
            execution.setVariable(UPDATE_DUE_DATE, due.toString());
            execution.setVariable("updateDueText", TurkishDates.withWeekday(due));
            execution.setVariable(REMINDER_AT, reminder.atTime(REMINDER_TIME).toString() + ":00");
            execution.setVariable(OPINION_DUE_DATE, opinionDue.toString());
            execution.setVariable("opinionDueText", TurkishDates.withWeekday(opinionDue));
            execution.setVariable(INSTITUTION_IDS, Variables.objectValue(new ArrayList<>(ids))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
            execution.setVariable(SECRETARIAT_GROUP, GroupIds.secretariat(plate));
            execution.setVariable(CHAIR_GROUP, GroupIds.chair(plate));
            if (execution.getVariable(APPROVED_BY_BOARD) == null) {
                execution.setVariable(APPROVED_BY_BOARD, false); // an update is approved by the chair (R5.13)
            }
            execution.setVariable(PLAN_ROWS, FormValues.json(plans.progressRows(plate)));
        }
    }

    /** Start of one institution's opinion branch: its liaison group (principal and substitute, R6.3) and name. */
    @Component("describeActionPlanInstitution")
    static class DescribeInstitution implements ExecutionListener {

        private final Institutions institutions;

        DescribeInstitution(Institutions institutions) {
            this.institutions = institutions;
        }

        @Override
        public void notify(DelegateExecution execution) {
            Institution institution = institutions.institution(((Number) execution.getVariable(INSTITUTION_ID)).longValue());
            execution.setVariableLocal(INSTITUTION_NAME, institution.getName());
            execution.setVariableLocal(LIAISON_GROUP, GroupIds.liaison(institution.getPlateCode(), institution.getCode()));
        }
    }

    /** "Eylem planına görüş ver" completed: an opinion text, or a plain "no change proposed". */
    @Component("recordActionPlanOpinion")
    static class RecordOpinion implements TaskListener {

        static final List<String> FORM_FIELDS = List.of("opinionText", "agreesAsIs");

        private final ActionPlans plans;
        private final IdentityService identityService;

        RecordOpinion(ActionPlans plans, IdentityService identityService) {
            this.plans = plans;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            boolean agrees = FormValues.flag(task.getVariable("agreesAsIs"));
            String text = FormValues.optionalText(task.getVariable("opinionText"), "Görüş", 3000);
            if (text == null && !agrees) {
                throw new TaskInputException("Görüşünüzü yazın ya da \"Değişiklik önerimiz yok\" kutusunu işaretleyin.");
            }
            if (text == null) {
                text = "Değişiklik önerimiz yok.";
            }
            DelegateExecution execution = task.getExecution();
            plans.recordOpinion(execution.getProcessBusinessKey(), plateCode(task),
                    ((Number) task.getVariable(INSTITUTION_ID)).longValue(), (String) task.getVariable(INSTITUTION_NAME),
                    ActionPlanOpinion.Status.GIVEN, text, user(identityService, task));
            execution.removeVariables(FORM_FIELDS);
        }
    }

    /** The opinion period ended with no answer: recorded as "görüş verilmedi" (R5.13), the İl GİM goes on without it. */
    @Component("recordMissingActionPlanOpinion")
    static class RecordMissingOpinion implements JavaDelegate {

        private final ActionPlans plans;

        RecordMissingOpinion(ActionPlans plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            plans.recordOpinion(execution.getProcessBusinessKey(), plateCode(execution),
                    ((Number) execution.getVariable(INSTITUTION_ID)).longValue(), (String) execution.getVariable(INSTITUTION_NAME),
                    ActionPlanOpinion.Status.NOT_GIVEN, null, ActionPlans.SYSTEM_USER);
        }
    }

    /** Opens "Yeni sürümü hazırla": the lines to edit, the opinions received, the chair's last reasons. */
    @Component("prepareActionPlanConsolidation")
    static class PrepareConsolidation implements TaskListener {

        private final ActionPlans plans;

        PrepareConsolidation(ActionPlans plans) {
            this.plans = plans;
        }

        @Override
        public void notify(DelegateTask task) {
            String key = task.getExecution().getProcessBusinessKey();
            int plate = plateCode(task);
            task.setVariable("planLines", PlanText.format(plans.baseLines(plate, key)));
            List<Map<String, String>> rows = new ArrayList<>();
            for (ActionPlanOpinion o : plans.opinions(key)) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("kurum", o.getInstitutionName());
                row.put("durum", o.getStatus().label());
                row.put("gorus", o.getOpinionText() == null ? "" : o.getOpinionText());
                rows.add(row);
            }
            task.setVariable("opinionRows", FormValues.json(rows));
            Optional<ActionPlanVersion> last = plans.latestOfUpdate(key);
            task.setVariable("lastRejection", last.filter(v -> v.getStatus() == VersionStatus.REJECTED)
                    .map(v -> "Sürüm " + v.getNumber() + " başkan tarafından reddedildi: " + v.getDecisionReason())
                    .orElse(""));
        }
    }

    /** "Yeni sürümü hazırla" completed: the lines are checked and kept as the update's draft, or submitted to the chair. */
    @Component("consolidateActionPlanVersion")
    static class Consolidate implements TaskListener {

        private final ActionPlans plans;
        private final IdentityService identityService;

        Consolidate(ActionPlans plans, IdentityService identityService) {
            this.plans = plans;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            String note = FormValues.optionalText(task.getVariable("changeNote"), "Değişiklik özeti", 1000);
            boolean submit = FormValues.flag(task.getVariable("submitForApproval"));
            if (submit && note == null) {
                throw new TaskInputException("Başkana sunarken değişiklik özetini yazın (neler değişti, hangi görüşler alındı).");
            }
            String text = FormValues.text(task.getVariable("planLines"));
            ActionPlanVersion version;
            try {
                Object decision = task.getVariable(DECISION_ID); // none for the first meeting's plan (R5.13)
                version = plans.saveText(plateCode(task), task.getExecution().getProcessBusinessKey(),
                        decision == null ? null : ((Number) decision).longValue(), text, note, submit, user(identityService, task));
            } catch (InvalidInputException e) {
                throw new TaskInputException(e.getMessage());
            }
            task.getExecution().removeVariables(List.of("planLines", "changeNote", "submitForApproval", "opinionRows", "lastRejection"));
            task.setVariable(VERSION_SUBMITTED, submit);
            task.setVariable(VERSION_NUMBER, version.getNumber());
        }
    }

    /** Opens "Eylem planı sürümünü onayla": the submitted version's items and the İl GİM's summary. */
    @Component("prepareActionPlanApproval")
    static class PrepareApproval implements TaskListener {

        private final ActionPlans plans;

        PrepareApproval(ActionPlans plans) {
            this.plans = plans;
        }

        @Override
        public void notify(DelegateTask task) {
            ActionPlanVersion version = plans.latestOfUpdate(task.getExecution().getProcessBusinessKey()).orElseThrow();
            task.setVariable("versionRows", FormValues.json(plans.itemsOf(version).stream().map(ActionPlans::row).toList()));
            task.setVariable("versionSummary", "Sürüm " + version.getNumber() + " — " + version.getSubmittedBy() + " — "
                    + (version.getChangeNote() == null ? "" : version.getChangeNote()));
        }
    }

    /** The chair approves (the version becomes the plan in force) or rejects with reasons (back to the İl GİM), R5.13. */
    @Component("decideActionPlanVersion")
    static class Decide implements TaskListener {

        private final ActionPlans plans;
        private final Notices notices;
        private final IdentityService identityService;

        Decide(ActionPlans plans, Notices notices, IdentityService identityService) {
            this.plans = plans;
            this.notices = notices;
            this.identityService = identityService;
        }

        @Override
        public void notify(DelegateTask task) {
            String choice = FormValues.text(task.getVariable("approval"));
            if (!"APPROVE".equals(choice) && !"REJECT".equals(choice)) {
                throw new TaskInputException("Sürümü onaylayın ya da reddedin.");
            }
            boolean approved = "APPROVE".equals(choice);
            String reason = FormValues.optionalText(task.getVariable("approvalReason"), "Gerekçe", 2000);
            if (!approved && reason == null) {
                throw new TaskInputException("Reddederken gerekçeyi yazın; İl Göç İdaresi Müdürlüğü sürümü buna göre düzeltecek.");
            }
            String key = task.getExecution().getProcessBusinessKey();
            ActionPlanVersion version = plans.decide(key, approved, reason, user(identityService, task));
            int plate = plateCode(task);
            if (approved) {
                notices.toGroup(GroupIds.secretariat(plate), "ACTION_PLAN_APPROVED", "Eylem planı sürüm " + version.getNumber()
                        + " onaylandı", "Yerel uyum eylem planının " + version.getNumber() + ". sürümü onaylandı ve yürürlüğe girdi (R5.13).", key);
            } else {
                notices.toGroup(GroupIds.secretariat(plate), "ACTION_PLAN_REJECTED", "Eylem planı sürüm " + version.getNumber()
                        + " reddedildi", "Başkanın gerekçesi: " + reason, key);
            }
            task.getExecution().removeVariables(List.of("approval", "approvalReason", "versionRows", "versionSummary"));
            task.setVariable(VERSION_APPROVED, approved);
        }
    }

    /** Reminder before the 15 days end (R5.13): to the İl GİM, unless its version already waits for the chair. */
    @Component("remindActionPlanUpdate")
    static class Remind implements JavaDelegate {

        private final ActionPlans plans;
        private final Notices notices;

        Remind(ActionPlans plans, Notices notices) {
            this.plans = plans;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            boolean waitingForChair = plans.latestOfUpdate(key).map(v -> v.getStatus() == VersionStatus.SUBMITTED).orElse(false);
            execution.setVariable("reminderSent", !waitingForChair);
            if (!waitingForChair) {
                notices.toGroup(GroupIds.secretariat(plateCode(execution)), "ACTION_PLAN_REMINDER",
                        "Eylem planı güncellemesinin son günü yaklaşıyor",
                        execution.getVariable(UPDATE_TITLE) + ": yeni sürüm en geç " + execution.getVariable("updateDueText")
                                + " tarihinde başkanın onayına sunulmalıdır (R5.13, 15 gün).", key);
            }
        }
    }

    /** The 15 days are over and the plan is not yet approved: the chair and the managers are told; the tasks stay open. */
    @Component("escalateActionPlanUpdate")
    static class Escalate implements JavaDelegate {

        private final ActionPlans plans;
        private final Notices notices;

        Escalate(ActionPlans plans, Notices notices) {
            this.plans = plans;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            int plate = plateCode(execution);
            boolean waitingForChair = plans.latestOfUpdate(key).map(v -> v.getStatus() == VersionStatus.SUBMITTED).orElse(false);
            String state = waitingForChair ? "Yeni sürüm başkanın onayını bekliyor."
                    : "İl Göç İdaresi Müdürlüğü yeni sürümü henüz onaya sunmadı.";
            String body = execution.getVariable(UPDATE_TITLE) + ": R5.13'te verilen 15 günlük süre "
                    + execution.getVariable("updateDueText") + " tarihinde doldu. " + state;
            notices.toGroup(GroupIds.chair(plate), "ACTION_PLAN_OVERDUE", "Eylem planı güncellemesi süresinde tamamlanmadı", body, key);
            notices.toGroup(GroupIds.managers(plate), "ACTION_PLAN_OVERDUE", "Eylem planı güncellemesi süresinde tamamlanmadı", body, key);
        }
    }
}
