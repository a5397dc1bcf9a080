package tr.gov.goc.kurul.worklist;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A diagram names its steps statically ("Gündem önerisi"), readable in Cockpit and in Tasklist's diagram; the task a
 * person gets names the meeting and the institution too. The task's name comes from the user task's extension
 * property {@value #PROPERTY} (an expression such as {@code Gündem önerisi — ${meetingTitle} — ${institutionName}})
 * when it has one, otherwise from the element's name.
 */
final class TaskNames {

    static final String PROPERTY = "taskName";

    private TaskNames() {
    }

    static void apply(Element userTaskElement, TaskDefinition definition) {
        Element extensions = userTaskElement.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            String value = property.attribute("value");
            if (PROPERTY.equals(property.attribute("name")) && value != null && !value.isBlank()) {
                definition.setNameExpression(Context.getProcessEngineConfiguration().getExpressionManager().createExpression(value));
            }
        }
    }
}
