package tr.gov.goc.kurul.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import tr.gov.goc.kurul.common.TaskInputException;

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
 * checks on, nobody outside the province sees the instance or its tasks. A person's start without a province is
 * refused; only the system starts national processes (without a tenant).
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
            int plateCode;
            try {
                plateCode = Integer.parseInt(plate.toString().trim());
            } catch (NumberFormatException e) {
                throw new TaskInputException("plateCode bir il plaka kodu (1–81) olmalıdır.");
            }
            if (plateCode < 1 || plateCode > 81) {
                throw new TaskInputException("plateCode bir il plaka kodu (1–81) olmalıdır.");
            }
            String tenant = GroupIds.tenant(plateCode);
            requireCallerInProvince(tenant, plateCode);
            return tenant;
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        requireSystemForProvincelessStart();
        return null;
    }

    /**
     * Only the system starts a process without a province: the national timers (yearly planning, the January
     * starter of the annual reports) and Kurul's national mails. A person's start names its province, so no
     * instance a person starts is without a tenant — its tasks could otherwise reach every province's groups.
     */
    private static void requireSystemForProvincelessStart() {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context == null ? null : context.getAuthentication();
        if (caller != null && caller.getUserId() != null) {
            throw new TaskInputException("Süreç bir il için başlatılmalıdır: plateCode (il plaka kodu, 1–81) değişkeni zorunludur.");
        }
    }

    /**
     * A person may start a process only for a province they belong to (the engine's CREATE_INSTANCE grant is
     * per definition, and definitions are shared by all provinces). The system (jobs, Kurul's own services
     * running as system) and administrators start anywhere.
     */
    private static void requireCallerInProvince(String tenant, int plateCode) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context == null ? null : context.getAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN) || tenants.contains(tenant)) {
            return;
        }
        throw new AuthorizationException("Başka bir ilin (" + plateCode + ") sürecini başlatma yetkiniz yok.");
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
