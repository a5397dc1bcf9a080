package tr.gov.goc.kurul.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.people.People;
import tr.gov.goc.kurul.people.Person;

/**
 * "Parolamı unuttum": a user name or an e-mail address; whoever it names (a registry person with a login and an
 * address) gets a new link. The caller learns nothing either way. Lightly rate-limited: at most
 * {@code kurul.password.forgot-per-address} requests per {@code forgot-window-minutes} from one client address (shared
 * by all nodes: table {@code password_request}), and at most one link per user every {@code forgot-interval-minutes}.
 * The built-in administrator ({@code kurul.admin.username}) is not a registry person: their password stays theirs.
 */
@Service
class ForgottenPasswords {

    /** Whether a request from this address was taken, or how long to wait. */
    record Outcome(boolean accepted, long retryAfterSeconds) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final People people;
    private final PasswordLinks links;
    private final int perAddress;
    private final Duration window;
    private final Duration interval;

    ForgottenPasswords(JdbcTemplate jdbc, Clock clock, People people, PasswordLinks links,
                       @Value("${kurul.password.forgot-per-address:10}") int perAddress,
                       @Value("${kurul.password.forgot-window-minutes:60}") long windowMinutes,
                       @Value("${kurul.password.forgot-interval-minutes:5}") long intervalMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.people = people;
        this.links = links;
        this.perAddress = perAddress;
        this.window = Duration.ofMinutes(windowMinutes);
        this.interval = Duration.ofMinutes(intervalMinutes);
    }

    @Transactional
    public Outcome request(String login, String address) {
        Instant now = clock.instant();
        String source = address == null ? "?" : address.length() > 64 ? address.substring(0, 64) : address;
        jdbc.update("DELETE FROM password_request WHERE requested_at < ?", Timestamp.from(now.minus(window)));
        List<Timestamp> recent = jdbc.queryForList(
                "SELECT requested_at FROM password_request WHERE source = ? AND requested_at >= ? ORDER BY requested_at",
                Timestamp.class, source, Timestamp.from(now.minus(window)));
        if (recent.size() >= perAddress) {
            long wait = Duration.between(now, recent.get(0).toInstant().plus(window)).toSeconds();
            return new Outcome(false, Math.max(1, Math.min(wait, window.toSeconds())));
        }
        jdbc.update("INSERT INTO password_request (source, requested_at) VALUES (?, ?)", source, Timestamp.from(now));
        for (Person person : named(login.trim())) {
            if (links.lastLinkAt(person.getUsername()).isAfter(now.minus(interval))) {
                continue; // a link went out moments ago: no mail storm for the owner
            }
            links.send(person, PasswordLinks.Purpose.RESET);
        }
        return new Outcome(true, 0);
    }

    private List<Person> named(String login) {
        if (login.contains("@")) {
            return people.withLoginByEmail(login);
        }
        return people.byUsername(login.toLowerCase(Locale.ROOT)).stream().toList();
    }
}
