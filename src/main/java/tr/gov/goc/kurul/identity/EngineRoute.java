package tr.gov.goc.kurul.identity;

import java.util.List;

/**
 * One route of Camunda's REST API relative to an engine: {@code GET /task/{id}/variables}. Path variables keep their
 * names but lose any regular expression ({@code {id: .+}} → {@code {id}}).
 */
record EngineRoute(String method, String template, List<String> segments) implements Comparable<EngineRoute> {

    EngineRoute(String method, String template) {
        this(method, template, split(template));
    }

    String key() {
        return method + " " + template;
    }

    /** The path variables of a concrete path, or null when the path is not this route's. */
    java.util.Map<String, String> match(List<String> path) {
        List<String> own = segments();
        if (own.size() != path.size()) {
            return null;
        }
        java.util.Map<String, String> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < own.size(); i++) {
            String segment = own.get(i);
            if (isVariable(segment)) {
                if (path.get(i).isEmpty()) {
                    return null;
                }
                variables.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return null;
            }
        }
        return variables;
    }

    /** Literal segments win over variables, the leftmost difference first — as JAX-RS picks a resource. */
    int specificity(EngineRoute other) {
        List<String> mine = segments();
        List<String> theirs = other.segments();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            boolean a = isVariable(mine.get(i));
            boolean b = isVariable(theirs.get(i));
            if (a != b) {
                return a ? -1 : 1;
            }
        }
        return 0;
    }

    static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    @Override
    public int compareTo(EngineRoute other) {
        int byPath = template.compareTo(other.template);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }
}
