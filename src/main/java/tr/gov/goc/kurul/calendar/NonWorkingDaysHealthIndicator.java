package tr.gov.goc.kurul.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Actuator health {@code nonWorkingDays}: stays UP (a missing holiday does not stop the service) with a Turkish
 * {@code uyari} detail when this or next year's religious holidays are missing; logs the same at WARN on start-up and
 * every morning (the "next year" changes on 1 January).
 */
@Component
class NonWorkingDaysHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(NonWorkingDaysHealthIndicator.class);

    private final HolidayCoverage coverage;

    NonWorkingDaysHealthIndicator(HolidayCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Health health() {
        HolidayCoverage.Report report = coverage.report();
        Health.Builder health = Health.up().withDetail("kontrolEdilenYil", report.nextYear());
        if (report.warnings().isEmpty()) {
            health.withDetail("durum", "Bu yılın ve gelecek yılın dini bayram tatilleri tabloda mevcut.");
        } else {
            health.withDetail("uyari", String.join(" ", report.warnings()));
        }
        if (!report.notes().isEmpty()) {
            health.withDetail("bilgi", String.join(" ", report.notes()));
        }
        return health.build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        logWarnings();
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Europe/Istanbul")
    void daily() {
        logWarnings();
    }

    private void logWarnings() {
        try {
            coverage.report().warnings().forEach(w -> log.warn("Tatil tablosu: {}", w));
        } catch (RuntimeException e) {
            log.warn("Tatil tablosu denetlenemedi: {}", e.getMessage());
        }
    }
}
