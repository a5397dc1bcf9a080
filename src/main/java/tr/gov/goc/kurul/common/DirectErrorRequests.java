package tr.gov.goc.kurul.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server forwards its own errors; called directly by a client it had no error to show and
 * answered 500 ("None"). A direct call is a client's mistake: 404 in Turkish. Forwarded errors are untouched.
 */
@Configuration
class DirectErrorRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("application/json;charset=UTF-8");
                response.getOutputStream().write("{\"status\":404,\"error\":\"Bulunamadı\",\"message\":\"Bu adreste bir kayıt ya da sayfa yok.\"}"
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setName("kurul-direct-error-requests");
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
