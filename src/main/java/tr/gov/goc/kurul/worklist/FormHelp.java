package tr.gov.goc.kurul.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.PermittedDays;

/**
 * What Tasklist needs to make a task's form easy and safe (kurul-tasklist.js): whether the caller may work the task
 * (then opening it claims it), the form's fields with their labels (a refusal naming a field is shown beside it),
 * and the permitted days of its date fields (only those can be picked).
 */
@Component
class FormHelp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final List<PermittedDays> permittedDays;

    FormHelp(TaskService taskService, FormService formService, RepositoryService repositoryService,
             IdentityService identityService, CurrentUser currentUser, List<PermittedDays> permittedDays) {
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.permittedDays = permittedDays;
    }

    record Field(String key, String label) {
    }

    record View(boolean mayWork, List<Field> fields, List<Field> dateFields, Map<String, List<LocalDate>> permittedDays) {
    }

    /** For a task the caller can see (checked by the caller). */
    View of(Task task) {
        boolean mayWork = mayWork(task);
        return AsSystem.run(identityService, () -> {
            List<Field> fields = new ArrayList<>();
            List<Field> dateFields = new ArrayList<>();
            readForm(task.getId(), fields, dateFields);
            String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            Map<String, Object> variables = taskService.getVariables(task.getId());
            Map<String, List<LocalDate>> days = new LinkedHashMap<>();
            for (PermittedDays rule : permittedDays) {
                days.putAll(rule.of(processKey, task.getTaskDefinitionKey(), variables));
            }
            return new View(mayWork, fields, dateFields, days);
        });
    }

    /**
     * Only the assignee, a candidate user or a member of a candidate group works a task: a manager (or anybody else who
     * can merely see it) reads it, and opening it claims nothing.
     */
    private boolean mayWork(Task task) {
        String user = currentUser.userId();
        return user != null && (Objects.equals(task.getAssignee(), user) || isCandidate(task, user));
    }

    private boolean isCandidate(Task task, String user) {
        List<IdentityLink> links = AsSystem.run(identityService, () -> taskService.getIdentityLinksForTask(task.getId()));
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> user.equals(l.getUserId()) || l.getGroupId() != null && currentUser.belongsTo(l.getGroupId()));
    }

    private void readForm(String taskId, List<Field> fields, List<Field> dateFields) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            collect(JSON.readTree(form).path("components"), fields, dateFields);
        } catch (IOException | RuntimeException e) {
            // a task without a Camunda Form: nothing to help with
        }
    }

    private static void collect(JsonNode components, List<Field> fields, List<Field> dateFields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            String label = firstText(component, "label", "dateLabel", "timeLabel");
            if (!key.isEmpty() && !label.isEmpty()) {
                Field field = new Field(key, label);
                fields.add(field);
                String subtype = component.path("subtype").asText("");
                if ("datetime".equals(component.path("type").asText()) && (subtype.equals("date") || subtype.equals("datetime"))) {
                    dateFields.add(new Field(key, component.path("dateLabel").asText(label)));
                }
            }
            collect(component.path("components"), fields, dateFields);
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = node.path(name).asText("");
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
