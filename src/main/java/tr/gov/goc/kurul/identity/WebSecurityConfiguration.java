package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tr.gov.goc.kurul.worklist.FormSubmissions;

/** /engine-rest and /api answer only to authenticated callers; the webapps keep their own login. */
@Configuration
class WebSecurityConfiguration {

    /** Camunda's REST API is open by default: HTTP Basic against the Camunda identity, authorization on. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> engineRestAuthentication(IdentityService identityService,
                                                                             LoginThrottle throttle) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, false, throttle));
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
                                                                      LoginThrottle throttle) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, true, throttle));
        registration.setName("kurul-api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** The health status for everyone, its details for administrators (HTTP Basic). */
    @Bean
    FilterRegistrationBean<ActuatorAccess> actuatorAccess(IdentityService identityService, LoginThrottle throttle) {
        FilterRegistrationBean<ActuatorAccess> registration =
                new FilterRegistrationBean<>(new ActuatorAccess(new BasicLogin(identityService, throttle)));
        registration.setName("kurul-actuator-access");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** The webapps' login (Tasklist, Cockpit, Admin): the same growing delay per user name and address. */
    @Bean
    FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(LoginThrottle throttle) {
        FilterRegistrationBean<WebappLoginThrottle> registration = new FilterRegistrationBean<>(new WebappLoginThrottle(throttle));
        registration.setName("kurul-webapp-login-throttle");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Who may call which route of Camunda's REST API (the allow-list), before the engine runs anything. */
    @Bean
    FilterRegistrationBean<EngineAccessGuard> engineAccessGuard(IdentityService identityService) {
        FilterRegistrationBean<EngineAccessGuard> registration =
                new FilterRegistrationBean<>(new EngineAccessGuard(EngineAccessPolicy.load(), identityService));
        registration.setName("kurul-engine-access-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return registration;
    }

    /** Camunda's answers in Turkish, and never a 500 for a client's mistake (another province's record is a 404). */
    @Bean
    FilterRegistrationBean<EngineAnswers> engineAnswers(IdentityService identityService, TaskService taskService) {
        FilterRegistrationBean<EngineAnswers> registration = new FilterRegistrationBean<>(new EngineAnswers(identityService, taskService));
        registration.setName("kurul-engine-answers");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 27);
        return registration;
    }

    /** Hostile input refused before Camunda's REST API stores it; lost races on a task answered in Turkish. */
    @Bean
    FilterRegistrationBean<EngineInputGuard> engineInputGuard(IdentityService identityService, TaskService taskService,
                                                              FormSubmissions formSubmissions) {
        FilterRegistrationBean<EngineInputGuard> registration =
                new FilterRegistrationBean<>(new EngineInputGuard(identityService, taskService, formSubmissions));
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
