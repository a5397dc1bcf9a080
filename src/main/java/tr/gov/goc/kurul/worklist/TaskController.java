package tr.gov.goc.kurul.worklist;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.AsSystem;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.NotFoundException;

/**
 * The caller's tasks, as in Tasklist: the engine's authorization decides what is visible and what may be
 * completed (a liaison officer only their institution's tasks in their province).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final FormHelp formHelp;
    private final FormSubmissions formSubmissions;

    TaskController(TaskService taskService, IdentityService identityService, FormHelp formHelp, FormSubmissions formSubmissions) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.formHelp = formHelp;
        this.formSubmissions = formSubmissions;
    }

    @GetMapping
    List<TaskView> mine() {
        return taskService.createTaskQuery().active().orderByTaskCreateTime().asc()
                .list().stream().map(TaskView::of).toList();
    }

    @GetMapping("/{id}")
    TaskView one(@PathVariable String id) {
        return TaskView.of(visible(id));
    }

    /** What Tasklist's form needs: may the caller work it, its fields' labels, its date fields' permitted days. */
    @GetMapping("/{id}/form-help")
    FormHelp.View formHelp(@PathVariable String id) {
        return formHelp.of(visible(id));
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> variables) {
        Task task = visible(id);
        // only the fields of the task's form, with the form's types and limits; nothing else is stored
        Map<String, Object> checked = formSubmissions.check(task.getId(),
                FormSubmissions.plain(variables == null ? Map.of() : variables));
        try {
            taskService.complete(task.getId(), checked);
        } catch (AuthorizationException e) {
            if (AsSystem.run(identityService, () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0)) {
                // R10.2: the other candidate (principal or substitute) completed it a moment ago → 409 in Turkish
                throw new OptimisticLockingException("Task " + task.getId() + " was completed by someone else");
            }
            throw new ForbiddenException("Bu görevi tamamlama yetkiniz yok.");
        } catch (RuntimeException e) { // a form check refusal (TaskInputException), however the engine wrapped it
            if (AsSystem.run(identityService, () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0)) {
                // the other candidate completed it meanwhile; this transaction saw a half-gone task (R10.2) — Camunda
                // then fails in any way, an OptimisticLockingException or a NullPointerException on the gone execution
                throw new OptimisticLockingException("Task " + task.getId() + " was completed by someone else");
            }
            throw e;
        }
    }

    /** A task the caller may not see answers 404, as if it did not exist. */
    private Task visible(String id) {
        Task task = taskService.createTaskQuery().taskId(id).singleResult();
        if (task == null) {
            throw new NotFoundException("Görev bulunamadı: " + id);
        }
        return task;
    }

    record TaskView(String id, String name, String processInstanceId, String tenantId, Date created, Date due, String assignee) {
        static TaskView of(Task t) {
            return new TaskView(t.getId(), t.getName(), t.getProcessInstanceId(), t.getTenantId(), t.getCreateTime(),
                    t.getDueDate(), t.getAssignee());
        }
    }
}
