package tr.gov.goc.kurul.subcommission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" as the process engine sees it. The sub-commission's timer runs on the engine clock, so the checks that
 * depend on today (R11.4 notice still possible, platform entry not in the future) use the same clock.
 */
final class EngineTime {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private EngineTime() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return now().atZone(ISTANBUL).toLocalDate();
    }
}
