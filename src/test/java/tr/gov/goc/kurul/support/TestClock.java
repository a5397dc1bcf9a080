package tr.gov.goc.kurul.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one place the tests take their time from. Every application the tests start — the shared H2 context, the
 * MariaDB context, the benchmark's and the cluster's own JVMs — starts its clock at {@link #START}
 * ({@code kurul.clock.start}), so nothing a test sees depends on the machine's date: the timers of the deployment,
 * the demo staff's liaison year and everything done at start-up follow this moment. Tests that move the engine
 * clock come back here with {@link #reset()}, never to the machine's time.
 */
public final class TestClock {

    /** Late November 2026: the year's last quarter, a week before the yearly planning of 1 December (R7.1). */
    public static final String START = "2026-11-26T10:00:00";

    /** The day the applications start on: "today" for every test that does not move the clock. */
    public static final LocalDate TODAY = LocalDateTime.parse(START).toLocalDate();

    /** The year the tests' registry is loaded in (the demo staff's liaison list, R6.5). */
    public static final int YEAR = TODAY.getYear();

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private TestClock() {
    }

    /** The engine's clock now (where a test may have moved it). */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Back to {@link #START}, the clock running on from there. */
    public static void reset() {
        long start = LocalDateTime.parse(START).atZone(ISTANBUL).toInstant().toEpochMilli();
        ClockUtil.offset(start - System.currentTimeMillis());
    }

    /** The property that starts an application's clock at {@link #START}. */
    public static String property() {
        return "kurul.clock.start=" + START;
    }
}
