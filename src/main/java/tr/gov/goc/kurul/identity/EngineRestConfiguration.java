package tr.gov.goc.kurul.identity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API with one change: work on another province's task is refused with 404, not 500. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(OtherTenantIsNotFound.class);
    }

    /** ENGINE-13034: the task belongs to a tenant (province) the caller is not in — for them it does not exist. */
    @Priority(1)
    public static class OtherTenantIsNotFound implements ExceptionMapper<RestException> {

        private final org.camunda.bpm.engine.rest.exception.RestExceptionHandler camunda =
                new org.camunda.bpm.engine.rest.exception.RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            if (exception.getMessage() != null && exception.getMessage().contains("ENGINE-13034")) {
                return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "NotFound", "message", "Kayıt bulunamadı.")).build();
            }
            return camunda.toResponse(exception);
        }
    }
}
