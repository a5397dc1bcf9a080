package tr.gov.goc.kurul.worklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.TurkishDates;

/**
 * The business data Tasklist shows in its task lists, so nobody has to open a task to know what it is: when any
 * user task is created, the meeting (with its province), its period and date, the institution and the decision
 * are copied from the process into task-local variables named {@code list*}. Tasklist's filters list them
 * (filter property {@code variables}); a liaison officer may read their task's own variables but not the process
 * instance's, hence the copy. The names differ from every form field, so completing a form never writes into them.
 */
@Component
public class TaskListVariables extends AbstractProcessEnginePlugin {

    public static final String MEETING = "listMeeting";
    public static final String PERIOD = "listPeriod";
    public static final String MEETING_DATE = "listMeetingDate";
    public static final String INSTITUTION = "listInstitution";
    public static final String DECISION = "listDecision";

    /** process variable → task list variable */
    private static final Map<String, String> COPIED = new LinkedHashMap<>();

    /** ISO dates the forms' texts show: each gets a Turkish twin {@code <name>Text} (GG.AA.YYYY) on the task. */
    static final List<String> DATES_SHOWN_IN_FORMS = List.of("windowStart", "windowEnd", "platformEntryDueDate",
            "reportDueDate", "draftDueDate", "updateDueDate", "opinionDueDate");

    static {
        COPIED.put("meetingTitle", MEETING);
        COPIED.put("meetingWindowText", PERIOD);
        COPIED.put("meetingDate", MEETING_DATE);
        COPIED.put("institutionName", INSTITUTION);
        COPIED.put("decisionLabel", DECISION);
    }

    /** The columns of a liaison officer's lists (label per variable), as a filter's {@code variables} property. */
    public static List<Map<String, String>> liaisonColumns() {
        return List.of(column(MEETING, "Toplantı"), column(INSTITUTION, "Kurum"), column(DECISION, "Karar"));
    }

    /** The columns of the secretariat's, the chair's and the managers' lists. */
    public static List<Map<String, String>> meetingColumns() {
        return List.of(column(MEETING, "Toplantı"), column(PERIOD, "Toplantı dönemi"), column(MEETING_DATE, "Toplantı tarihi"),
                column(INSTITUTION, "Kurum"), column(DECISION, "Karar"));
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ActivityBehavior behavior = activity.getActivityBehavior();
                if (behavior instanceof UserTaskActivityBehavior userTask) {
                    TaskNames.apply(userTaskElement, userTask.getTaskDefinition());
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, TaskListVariables::copy);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, TaskListVariables::turkishDatesForForms);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, DueAfterCreation::apply);
                }
            }
        });
    }

    static void copy(DelegateTask task) {
        COPIED.forEach((source, target) -> {
            Object value = task.getVariable(source);
            if (value instanceof String text && !text.isBlank()) {
                task.setVariableLocal(target, source.endsWith("Date") ? turkishDate(text) : text);
            }
        });
    }

    static void turkishDatesForForms(DelegateTask task) {
        for (String name : DATES_SHOWN_IN_FORMS) {
            if (task.getVariable(name) instanceof String text && !text.isBlank()) {
                task.setVariableLocal(name + "Text", turkishDate(text.length() > 10 ? text.substring(0, 10) : text));
            }
        }
    }

    private static String turkishDate(String iso) {
        try {
            return TurkishDates.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
