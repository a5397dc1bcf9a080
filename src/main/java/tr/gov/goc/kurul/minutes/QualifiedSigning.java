package tr.gov.goc.kurul.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.ForbiddenException;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.meeting.Meeting;

/**
 * R12.2: a signatory signs the minutes with their qualified electronic signature — the upload is checked and kept
 * and the signatory's own "Tutanağı imzalayın" task is completed with it, in one transaction: either both or neither.
 */
@Service
@Transactional
public class QualifiedSigning {

    static final String SIGNING_TASK = "Task_SignMinutes";

    private final MinutesForSigning minutes;
    private final TaskService tasks;

    QualifiedSigning(MinutesForSigning minutes, TaskService tasks) {
        this.minutes = minutes;
        this.tasks = tasks;
    }

    /** The signatory's open signing task of this meeting's minutes, if they have one. */
    public Optional<Task> openTask(Meeting meeting, String username) {
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey(SIGNING_TASK).taskAssignee(username)
                .processVariableValueEquals(MinutesSigningListeners.MEETING_KEY, meeting.getMeetingKey()).active().list();
        return open.stream().findFirst();
    }

    public MinutesForSigning.Accepted sign(Meeting meeting, String username, byte[] uploaded, String dissentNote) {
        Task task = openTask(meeting, username).orElseThrow(() -> new ForbiddenException(
                "Bu tutanak için açık bir imza göreviniz yok: imzacılar arasında değilsiniz, imzanız alınmış ya da tutanak iade edilmiş olabilir."));
        if (uploaded == null || uploaded.length == 0) {
            throw new InvalidInputException("file", "E-imzalı PDF dosyasını seçin.");
        }
        String note = dissentNote == null || dissentNote.isBlank() ? null : dissentNote.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("dissentNote", "Muhalefet şerhi en çok 2000 karakter olabilir.");
        }
        MinutesForSigning.Accepted accepted = minutes.acceptQualified(meeting, username, uploaded, note);
        Map<String, Object> variables = new HashMap<>();
        variables.put("signature", "QUALIFIED");
        tasks.complete(task.getId(), variables);
        return accepted;
    }
}
