package tr.gov.goc.kurul.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A new task offered to a group sends its people a short mail (Tasklist does not). Registered once for every user task
 * of every diagram through a BPMN parse listener, not per diagram.
 */
@Component
class NewTaskMails extends AbstractProcessEnginePlugin implements TaskListener {

    static final String KIND = "NEW_TASK";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ObjectProvider<Mails> mails;
    private final String baseUrl;

    NewTaskMails(ObjectProvider<Mails> mails, @Value("${kurul.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mails = mails;
        this.baseUrl = baseUrl;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, NewTaskMails.this);
                }
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        Integer plate = plateOf(task.getTenantId());
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        for (IdentityLink link : task.getCandidates()) {
            if (link.getGroupId() == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            String body = "Kurul'da grubunuza yeni bir görev açıldı:\n\n" + task.getName()
                    + (task.getDueDate() == null ? "" : "\nSon tarih: " + DUE.format(task.getDueDate().toInstant().atZone(ZoneId.of("Europe/Istanbul"))))
                    + "\n\nGörevi Tasklist'te açın: " + baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId()
                    + "\n\n—\nBu ileti Kurul (Göç Koordinasyon Kurulları) tarafından gönderilmiştir.";
            mails.getObject().toGroup(link.getGroupId(), KIND, "Yeni görev: " + task.getName(), body, businessKey, plate, null);
        }
    }

    private static Integer plateOf(String tenantId) {
        if (tenantId == null || !tenantId.startsWith("prov-")) {
            return null;
        }
        try {
            return Integer.valueOf(tenantId.substring(5));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
