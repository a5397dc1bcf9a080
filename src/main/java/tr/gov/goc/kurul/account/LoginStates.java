package tr.gov.goc.kurul.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tr.gov.goc.kurul.people.Person;

/**
 * Where each login stands with its password, read from the one-time links (never from the password): the person set a
 * password with a link, an invitation waits unused, or the last one expired unused. A secretariat sees whom to remind
 * and whose invitation to send again; a login that never had a link (an administrator set its password) has no state.
 */
@Service
public class LoginStates {

    public enum State { SET, PENDING, EXPIRED }

    public record LoginState(State state, String label) {
    }

    private record Link(String username, String purpose, Instant created, Instant expires, Instant closed, String reason) {
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("tr"));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("tr"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LoginStates(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** By person id, the state of each of these people's logins that was ever invited or set its password with a link. */
    public Map<Long, LoginState> ofPeople(Collection<Person> people) {
        Map<String, LoginState> byUsername = of(people.stream().map(Person::getUsername).filter(Objects::nonNull).toList());
        Map<Long, LoginState> byPerson = new TreeMap<>();
        people.stream().filter(p -> p.getUsername() != null && byUsername.containsKey(p.getUsername()))
                .forEach(p -> byPerson.put(p.getId(), byUsername.get(p.getUsername())));
        return byPerson;
    }

    private Map<String, LoginState> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Link>> links = new HashMap<>();
        jdbc.query("SELECT username, purpose, created_at, expires_at, closed_at, closed_reason FROM password_link "
                        + "WHERE username IN (:usernames)", new MapSqlParameterSource("usernames", usernames),
                rs -> {
                    links.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(new Link(rs.getString(1), rs.getString(2),
                            instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6)));
                });
        Instant now = clock.instant();
        Map<String, LoginState> states = new HashMap<>();
        links.forEach((username, list) -> {
            LoginState state = stateOf(list, now);
            if (state != null) {
                states.put(username, state);
            }
        });
        return states;
    }

    private static LoginState stateOf(List<Link> links, Instant now) {
        Link used = links.stream().filter(l -> "USED".equals(l.reason())).max(Comparator.comparing(Link::closed)).orElse(null);
        if (used != null) {
            return new LoginState(State.SET, "Parolasını belirledi (" + DAY.format(used.closed().atZone(ZONE)) + ")");
        }
        // "Parolamı unuttum" links of a login whose password an administrator set say nothing about an invitation
        Link latest = links.stream().filter(l -> PasswordLinks.Purpose.INVITATION.name().equals(l.purpose()))
                .max(Comparator.comparing(Link::created)).orElse(null);
        if (latest == null) {
            return null;
        }
        if (latest.closed() == null && latest.expires().isAfter(now)) {
            return new LoginState(State.PENDING, "Davet gönderildi, parola henüz belirlenmedi (bağlantının son geçerliliği "
                    + MINUTE.format(latest.expires().atZone(ZONE)) + ")");
        }
        Instant ended = latest.closed() != null ? latest.closed() : latest.expires();
        return new LoginState(State.EXPIRED, "Davet kullanılmadı; bağlantı " + MINUTE.format(ended.atZone(ZONE))
                + " itibarıyla geçersiz. Parola belirlenmedi.");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
