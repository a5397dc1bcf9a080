package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** /engine-rest and /api answer only to authenticated callers; the webapps keep their own login. */
@Configuration
class WebSecurityConfiguration {

    /** Camunda's REST API is open by default: HTTP Basic against the Camunda identity, authorization on. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> engineRestAuthentication(IdentityService identityService,
                                                                             ProcessEngine processEngine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, false, loginMaxAttempts(processEngine)));
        registration.setName("kurul-engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Server-side form checks reach Tasklist and REST clients as a 400 with the Turkish message alone. */
    @Bean
    FilterRegistrationBean<FormErrorMessages> formErrorMessages() {
        FilterRegistrationBean<FormErrorMessages> registration = new FilterRegistrationBean<>(new FormErrorMessages());
        registration.setName("kurul-form-error-messages");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Kurul's own API: HTTP Basic, or the session of a user logged in to the webapps. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
                                                                      ProcessEngine processEngine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, true, loginMaxAttempts(processEngine)));
        registration.setName("kurul-api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    private static int loginMaxAttempts(ProcessEngine processEngine) {
        return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getLoginMaxAttempts();
    }

    /** Hostile input refused before Camunda's REST API stores it; lost races on a task answered in Turkish. */
    @Bean
    FilterRegistrationBean<EngineInputGuard> engineInputGuard(IdentityService identityService, TaskService taskService) {
        FilterRegistrationBean<EngineInputGuard> registration =
                new FilterRegistrationBean<>(new EngineInputGuard(identityService, taskService));
        registration.setName("kurul-engine-input-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /** nosniff, no framing, same-origin referrers everywhere; a closed CSP outside the webapps. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("kurul-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
