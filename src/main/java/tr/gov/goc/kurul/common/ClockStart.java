package tr.gov.goc.kurul.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code kurul.clock.start} (a local date-time in Türkiye, e.g. {@code 2027-09-20T10:00}) starts Kurul's clock — the
 * engine's, which every rule reads — at that moment, and lets it run on from there. It is set before the engine is
 * built, so the timers of the deployment (the yearly planning of 1 December, the Ek-3 starter) and everything the
 * application does at start-up (demo, planning) already follow it. Tests and demonstrations use it to be independent
 * of the machine's date; production leaves it empty and runs on the system clock.
 */
@Component
public class ClockStart extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ClockStart.class);

    private final Instant start;

    ClockStart(@Value("${kurul.clock.start:}") String start, @Value("${kurul.time-zone:Europe/Istanbul}") String zone) {
        this.start = parse(start, ZoneId.of(zone));
        if (this.start != null) {
            ClockUtil.offset(this.start.toEpochMilli() - System.currentTimeMillis());
            log.info("Kurul'un saati {} anından başlatıldı (kurul.clock.start).", start);
        }
    }

    /** The moment the clock was started at, or null when Kurul runs on the system clock. */
    public Instant start() {
        return start;
    }

    private static Instant parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("kurul.clock.start bir tarih-saat olmalı (örnek 2027-09-20T10:00): " + value, e);
        }
    }
}
