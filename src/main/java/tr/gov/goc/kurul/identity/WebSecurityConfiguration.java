package tr.gov.goc.kurul.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** /engine-rest and /api answer only to authenticated callers; the webapps keep their own login. */
@Configuration
class WebSecurityConfiguration {

    /** Camunda's REST API is open by default: HTTP Basic against the Camunda identity, authorization on. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> engineRestAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, false));
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
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, true));
        registration.setName("kurul-api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
