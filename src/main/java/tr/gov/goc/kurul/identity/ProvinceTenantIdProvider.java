package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Process definitions are shared by all provinces; each process instance belongs to its province's tenant,
 * taken from the start variable {@value #PLATE_CODE} or inherited from the calling process. With tenant
 * checks on, nobody outside the province sees the instance or its tasks.
 */
@Component
public class ProvinceTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** The start variable naming the province of a process instance. */
    public static final String PLATE_CODE = "plateCode";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object plate = ctx.getVariables() == null ? null : ctx.getVariables().get(PLATE_CODE);
        if (plate != null) {
            return GroupIds.tenant(Integer.parseInt(plate.toString().trim()));
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        return null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
