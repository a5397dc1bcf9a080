package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that hold whatever route a call takes (the REST allow-list in front is the first line):
 * filters guarded against stored expressions ({@link GuardedFilterService}); no expressions in ad-hoc queries;
 * object variables deserialized only into the JDK's plain value and collection types (a JSON variable naming
 * {@code java.lang.ProcessBuilder} is never turned into one).
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFilterService(new GuardedFilterService(configuration));
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true); // Kurul's own filters: "now", "in N days"
        configuration.setDeserializationTypeValidationEnabled(true);
    }
}
