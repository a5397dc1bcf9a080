package tr.gov.goc.kurul.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords slow down the one who types them, never lock anyone out for good: the delay grows with each
 * failure of one user name from one client address (after {@code kurul.login.free-attempts}, doubling from
 * {@code delay-base-seconds} up to {@code delay-max-seconds}) and a right password from that address clears it. A
 * failure from another address does not hold the account's owner back, and a user name that does not exist is
 * treated exactly like one that does. Camunda's own per-account lock is off ({@code application.yml}). When the
 * failures for one user name reach {@code alert-after-failures} (and each time they double) the administrators are
 * told ({@link RepeatedLoginFailures}).
 */
@Component
class LoginThrottle {

    /** The verdict before a password is checked: go ahead, or wait this long. */
    record Verdict(boolean allowed, long retryAfterSeconds, boolean hasFailures) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int freeAttempts;
    private final long delayBaseSeconds;
    private final long delayMaxSeconds;
    private final int alertAfter;
    private final Duration forgetAfter;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events,
                  @Value("${kurul.login.free-attempts:3}") int freeAttempts,
                  @Value("${kurul.login.delay-base-seconds:2}") long delayBaseSeconds,
                  @Value("${kurul.login.delay-max-seconds:900}") long delayMaxSeconds,
                  @Value("${kurul.login.alert-after-failures:10}") int alertAfter,
                  @Value("${kurul.login.forget-after-hours:24}") long forgetAfterHours) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.freeAttempts = freeAttempts;
        this.delayBaseSeconds = delayBaseSeconds;
        this.delayMaxSeconds = delayMaxSeconds;
        this.alertAfter = alertAfter;
        this.forgetAfter = Duration.ofHours(forgetAfterHours);
    }

    Verdict before(String username, String source) {
        List<Instant> locked = jdbc.query("SELECT locked_until FROM login_attempt WHERE username = ? AND source = ?",
                (rs, i) -> rs.getTimestamp(1) == null ? Instant.EPOCH : rs.getTimestamp(1).toInstant(), key(username), source(source));
        if (locked.isEmpty()) {
            return new Verdict(true, 0, false);
        }
        long wait = Duration.between(clock.instant(), locked.get(0)).toMillis();
        // a delay never lasts longer than the maximum, even if the clock was set back since it was recorded
        boolean held = wait > 0 && wait <= delayMaxSeconds * 1000;
        return held ? new Verdict(false, (wait + 999) / 1000, true) : new Verdict(true, 0, true);
    }

    /** One more wrong password (or unknown user name) from this address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String source) {
        String user = key(username);
        String from = source(source);
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_attempt WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                java.sql.Timestamp.from(now.minus(forgetAfter)), java.sql.Timestamp.from(now));
        jdbc.update("DELETE FROM login_alert WHERE alerted_at < ?", java.sql.Timestamp.from(now.minus(forgetAfter)));
        if (jdbc.update("UPDATE login_attempt SET failures = failures + 1, last_failure_at = ? WHERE username = ? AND source = ?",
                java.sql.Timestamp.from(now), user, from) == 0) {
            try {
                jdbc.update("INSERT INTO login_attempt (username, source, failures, last_failure_at) VALUES (?, ?, 1, ?)",
                        user, from, java.sql.Timestamp.from(now));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                jdbc.update("UPDATE login_attempt SET failures = failures + 1, last_failure_at = ? WHERE username = ? AND source = ?",
                        java.sql.Timestamp.from(now), user, from);
            }
        }
        Integer failures = jdbc.queryForObject("SELECT failures FROM login_attempt WHERE username = ? AND source = ?",
                Integer.class, user, from);
        if (failures != null && failures >= freeAttempts) {
            long delay = Math.min(delayMaxSeconds, delayBaseSeconds << Math.min(30, failures - freeAttempts));
            jdbc.update("UPDATE login_attempt SET locked_until = ? WHERE username = ? AND source = ?",
                    java.sql.Timestamp.from(now.plusSeconds(delay)), user, from);
        }
        alertIfRepeated(user, now);
    }

    /** A right password: this address starts afresh (the failures of other addresses stay theirs). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String source) {
        jdbc.update("DELETE FROM login_attempt WHERE username = ? AND source = ?", key(username), source(source));
    }

    private void alertIfRepeated(String user, Instant now) {
        Integer total = jdbc.queryForObject("SELECT COALESCE(SUM(failures), 0) FROM login_attempt WHERE username = ?",
                Integer.class, user);
        if (total == null || total < alertAfter) {
            return;
        }
        List<Integer> told = jdbc.query("SELECT failures FROM login_alert WHERE username = ?", (rs, i) -> rs.getInt(1), user);
        if (!told.isEmpty() && total < 2L * told.get(0)) {
            return;
        }
        if (told.isEmpty()) {
            jdbc.update("INSERT INTO login_alert (username, failures, alerted_at) VALUES (?, ?, ?)", user, total, java.sql.Timestamp.from(now));
        } else {
            jdbc.update("UPDATE login_alert SET failures = ?, alerted_at = ? WHERE username = ?", total, java.sql.Timestamp.from(now), user);
        }
        List<String> sources = jdbc.queryForList("SELECT source FROM login_attempt WHERE username = ? ORDER BY failures DESC",
                String.class, user);
        events.publishEvent(new RepeatedLoginFailures(user, total, sources, now));
    }

    static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 128 ? trimmed.substring(0, 128) : trimmed;
    }

    private static String source(String address) {
        String source = address == null ? "?" : address;
        return source.length() > 64 ? source.substring(0, 64) : source;
    }
}
