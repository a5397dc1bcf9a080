package tr.gov.goc.kurul.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in Kurul are days in Türkiye. The one clock follows the process engine's clock (the system time in
 * production), so rule checks, timers and due dates agree even when tests move the engine's time.
 */
@Configuration
class TimeConfiguration {

    /** Takes {@link ClockStart} so that a configured start is in place before anyone reads the clock. */
    @Bean
    Clock clock(@Value("${kurul.time-zone:Europe/Istanbul}") String zone, ClockStart start) {
        return new EngineClock(ZoneId.of(zone));
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
