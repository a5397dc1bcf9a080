package tr.gov.goc.kurul.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo lives its months ({@link DemoLife}) the engine's clock is not today's: every page answers
 * "503, being prepared" in Turkish, with the month being lived, and asks to come back in a moment.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoLifeGuard extends OncePerRequestFilter {

    private final DemoLife life;

    DemoLifeGuard(DemoLife life) {
        this.life = life;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !life.living() || request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="15">
                <title>Kurul hazırlanıyor</title></head><body style="font-family:sans-serif;margin:3em">
                <h1>Kurul hazırlanıyor</h1>
                <p>Tanıtım verisi ilk açılışta bir kez hazırlanıyor: Gaziantep ve Edirne kurulları geçen yılı yaşıyor
                (şu an: %s). Bu sayfa kendiliğinden yenilenir; birkaç dakika içinde hazır olur.</p></body></html>
                """.formatted(life.livingNow()));
    }
}
