package tr.gov.goc.kurul.identity;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;

/**
 * Camunda's filter service with the engine-level guard against code run through filters: a person (any signed-in
 * user, administrators included) stores no query expression at all; the system (Kurul's own role filters,
 * {@link TaskFilters}) stores only the few {@link QueryExpressions} allows; and a filter holding any other expression
 * (one stored before this guard existed) is refused when it would run, before its expressions are evaluated.
 * Expressions in the query a caller sends along (Tasklist's search) stay refused by Camunda's ad-hoc rule
 * ({@code enableExpressionsInAdhocQueries=false}).
 */
class GuardedFilterService extends FilterServiceImpl {

    private final ProcessEngineConfigurationImpl configuration;

    GuardedFilterService(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public Filter saveFilter(Filter filter) {
        List<String> expressions = QueryExpressions.of(filter.getQuery());
        if (!expressions.isEmpty()) {
            Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
            if (caller != null && caller.getUserId() != null) {
                throw new BadUserRequestException("Süzgeçlere ifade (expression) kaydedilemez: " + expressions.get(0)
                        + ". Kurul'un süzgeçlerini sistem kendisi oluşturur.");
            }
            String forbidden = QueryExpressions.firstForbidden(filter.getQuery());
            if (forbidden != null) {
                throw new BadUserRequestException("Süzgeçte izin verilmeyen ifade: " + forbidden);
            }
        }
        return super.saveFilter(filter);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String filterId) {
        return (List<T>) commandExecutor.execute(new ExecuteFilterListCmd(filterId) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
        return (List<T>) commandExecutor.execute(new ExecuteFilterListCmd(filterId, extendingQuery) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
        return (List<T>) commandExecutor.execute(new ExecuteFilterListPageCmd(filterId, firstResult, maxResults) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult, int maxResults) {
        return (List<T>) commandExecutor.execute(new ExecuteFilterListPageCmd(filterId, extendingQuery, firstResult, maxResults) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T singleResult(String filterId) {
        return (T) commandExecutor.execute(new ExecuteFilterSingleResultCmd(filterId) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
        return (T) commandExecutor.execute(new ExecuteFilterSingleResultCmd(filterId, extendingQuery) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    public Long count(String filterId) {
        return commandExecutor.execute(new ExecuteFilterCountCmd(filterId) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
        return commandExecutor.execute(new ExecuteFilterCountCmd(filterId, extendingQuery) {
            @Override
            protected Filter getFilter(CommandContext commandContext) {
                return safe(super.getFilter(commandContext));
            }
        });
    }

    /** A filter runs only if every expression it holds is one Kurul allows. */
    static Filter safe(Filter filter) {
        String forbidden = QueryExpressions.firstForbidden(filter.getQuery());
        if (forbidden != null) {
            throw new BadUserRequestException("Bu süzgeç izin verilmeyen bir ifade içerdiği için çalıştırılmadı ("
                    + filter.getName() + "). Sistem yöneticisine bildirin.");
        }
        return filter;
    }
}
