package tr.gov.goc.kurul.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which route of Camunda's REST API: the allow-list {@value #RESOURCE}, one line per route with one
 * column per role (liaison officer, secretariat, chair's office, manager, administrator). A route that is not in the
 * list, and a role whose column says {@code .}, is refused. A lower-case letter allows the call only on the caller's
 * own user ({@code PUT /user/{id}/credentials}: one's own password).
 */
final class EngineAccessPolicy {

    static final String RESOURCE = "identity/engine-api-access.txt";

    /** The column order of the file. */
    static final List<GroupKind> COLUMNS = List.of(GroupKind.LIAISON, GroupKind.SECRETARIAT, GroupKind.CHAIR,
            GroupKind.MANAGERS, GroupKind.ADMINISTRATORS);
    private static final String LETTERS = "LSCMA";

    enum Grant { REFUSED, ALLOWED, OWN_USER_ONLY }

    private final Map<String, Map<GroupKind, Grant>> decisions;

    private EngineAccessPolicy(Map<String, Map<GroupKind, Grant>> decisions) {
        this.decisions = decisions;
    }

    static EngineAccessPolicy load() {
        try (InputStream in = EngineAccessPolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " yok");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EngineAccessPolicy parse(List<String> lines) {
        Map<String, Map<GroupKind, Grant>> decisions = new LinkedHashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank()) {
                continue;
            }
            String[] tokens = line.trim().split("\\s+");
            if (tokens.length != 2 + COLUMNS.size()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": yöntem, adres ve " + COLUMNS.size() + " sütun beklenir");
            }
            Map<GroupKind, Grant> row = new EnumMap<>(GroupKind.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), grant(tokens[2 + i], LETTERS.charAt(i), number));
            }
            String key = tokens[0] + " " + tokens[1];
            if (decisions.put(key, Collections.unmodifiableMap(row)) != null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": " + key + " iki kez yazılmış");
            }
        }
        return new EngineAccessPolicy(decisions);
    }

    private static Grant grant(String token, char letter, int line) {
        if (token.equals(".")) {
            return Grant.REFUSED;
        }
        if (token.equals(String.valueOf(letter))) {
            return Grant.ALLOWED;
        }
        if (token.equals(String.valueOf(Character.toLowerCase(letter)))) {
            return Grant.OWN_USER_ONLY;
        }
        throw new IllegalStateException(RESOURCE + ":" + line + ": '" + token + "' yerine '" + letter + "', '"
                + Character.toLowerCase(letter) + "' ya da '.' beklenir");
    }

    /** Routes the file decides. */
    Set<String> decidedRoutes() {
        return decisions.keySet();
    }

    /** The decision for one role; a route the file does not name is refused. */
    Grant grant(EngineRoute route, GroupKind kind) {
        Map<GroupKind, Grant> row = decisions.get(route.key());
        // board members work their own tasks as liaison officers do: the L column decides for both
        return row == null ? Grant.REFUSED : row.get(kind == GroupKind.MEMBER ? GroupKind.LIAISON : kind);
    }

    /** Whether a caller with these kinds may call the route; {@code ownUser}: the route's {id} is the caller. */
    boolean allows(EngineRoute route, Set<GroupKind> kinds, boolean ownUser) {
        // a signed-in person in no Kurul group (an invited participant given a login) works like a liaison officer:
        // only the tasks offered to them — none until a seat or a list puts them in a group
        for (GroupKind kind : kinds.isEmpty() ? Set.of(GroupKind.LIAISON) : kinds) {
            Grant grant = grant(route, kind);
            if (grant == Grant.ALLOWED || (grant == Grant.OWN_USER_ONLY && ownUser)) {
                return true;
            }
        }
        return false;
    }
}
