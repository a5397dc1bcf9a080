package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * When a meeting's day moves (R11.3), the cycle's waiting timers and open tasks whose due date the diagram derives from
 * the changed variables ({@code ${meetingDate}T08:00:00}, {@code ${minutesDistributionDueDate}T17:30:00} …) are
 * re-evaluated with the new values: timers get the new due date ({@link ManagementService#setJobDuedate}), tasks the new
 * due date, so nothing fires or falls due on the old day. Elements whose dates do not depend on them are left alone.
 */
@Component
class CycleDates {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    /** The task-local copy of the meeting day in Tasklist's lists (worklist.TaskListVariables#MEETING_DATE). */
    static final String LIST_MEETING_DATE = "listMeetingDate";

    private final ManagementService management;
    private final TaskService tasks;

    CycleDates(ManagementService management, TaskService tasks) {
        this.management = management;
        this.tasks = tasks;
    }

    /** What was re-dated, one Turkish-free line each (element id → new due date), for the log and tests. */
    List<String> redate(DelegateExecution execution, Set<String> changed) {
        BpmnModelInstance model = execution.getBpmnModelInstance();
        String instance = execution.getProcessInstanceId();
        List<String> done = new ArrayList<>();
        for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
            String expression = definition == null ? null : timeDate(model.getModelElementById(definition.getActivityId()));
            Date due = evaluate(expression, execution, changed);
            if (due != null && !due.equals(job.getDuedate())) {
                management.setJobDuedate(job.getId(), due);
                done.add(definition.getActivityId() + " → " + due.toInstant());
            }
        }
        Object meetingDate = execution.getVariable("meetingDate");
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            ModelElementInstance element = model.getModelElementById(task.getTaskDefinitionKey());
            Date due = element instanceof UserTask userTask ? evaluate(userTask.getCamundaDueDate(), execution, changed) : null;
            if (due != null && !due.equals(task.getDueDate())) {
                task.setDueDate(due);
                tasks.saveTask(task);
                done.add(task.getTaskDefinitionKey() + " → " + due.toInstant());
            }
            if (changed.contains("meetingDate") && tasks.getVariableLocal(task.getId(), LIST_MEETING_DATE) != null) {
                tasks.setVariableLocal(task.getId(), LIST_MEETING_DATE, meetingDate);
            }
        }
        return done;
    }

    private static String timeDate(ModelElementInstance element) {
        if (element instanceof CatchEvent event) {
            for (var definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                    return timer.getTimeDate().getTextContent();
                }
            }
        }
        return null;
    }

    /** The date an expression of the form {@code ${a}T08:00:00} gives now, or null if it uses none of {@code changed}. */
    private static Date evaluate(String expression, DelegateExecution execution, Set<String> changed) {
        if (expression == null) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(expression);
        StringBuilder text = new StringBuilder();
        boolean uses = false;
        while (matcher.find()) {
            uses |= changed.contains(matcher.group(1));
            Object value = execution.getVariable(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(text);
        if (!uses || text.indexOf("$") >= 0 || text.indexOf("#") >= 0) {
            return null;
        }
        // the engine's own reading of a due date / timeDate text, so the result equals what it would have computed
        return DateTimeUtil.parseDate(text.toString().trim());
    }
}
