package tr.gov.goc.kurul.identity;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;

/**
 * Every route of Camunda's REST API, read from its JAX-RS classes (the resources, their sub-resource locators and
 * the {@code @GET/@POST/…} methods they lead to), relative to one engine: {@code /engine-rest/task/{id}} and
 * {@code /camunda/api/engine/engine/default/task/{id}} are both {@code /task/{id}}. The list of engines
 * ({@code GET /engine}) is the one route outside an engine. A Camunda upgrade that adds a route adds it here, and
 * the access policy ({@link EngineAccessPolicy}) refuses it until someone decides who may call it.
 */
final class EngineRoutes {

    /** The route that lists the engines: {@code /engine-rest/engine}, {@code /camunda/api/engine/engine/}. */
    static final EngineRoute ENGINES = new EngineRoute("GET", "/engine");

    private static final Set<EngineRoute> ALL = collect();

    private EngineRoutes() {
    }

    static Set<EngineRoute> all() {
        return ALL;
    }

    /**
     * The route Camunda serves for a concrete engine-relative path and method: of the routes that match
     * ({@code /batch/statistics} matches {@code /batch/statistics} and {@code /batch/{id}}), the one with a literal
     * segment where the others have a variable, leftmost first — JAX-RS's choice. Should two ever be equally specific,
     * both are returned and both must allow the call.
     */
    static List<EngineRoute> decisive(String method, List<String> path) {
        List<EngineRoute> found = matching(method, path);
        if (found.isEmpty()) {
            return found;
        }
        EngineRoute best = found.get(0);
        return found.stream().filter(r -> r.specificity(best) == 0).toList();
    }

    /** Every route a concrete engine-relative path and method match, the most specific first. */
    static List<EngineRoute> matching(String method, List<String> path) {
        List<EngineRoute> found = new ArrayList<>();
        for (EngineRoute route : ALL) {
            if (route.method().equals(method) && route.match(path) != null) {
                found.add(route);
            }
        }
        found.sort((a, b) -> -a.specificity(b));
        return found;
    }

    private static Set<EngineRoute> collect() {
        Set<EngineRoute> routes = new TreeSet<>();
        walk(DefaultProcessEngineRestServiceImpl.class, "", routes, new HashSet<>());
        // the named-engine tree repeats the default one under /engine/{name}; only its own list of engines is new
        Set<EngineRoute> named = new TreeSet<>();
        walk(NamedProcessEngineRestServiceImpl.class, "/engine", named, new HashSet<>());
        for (EngineRoute route : named) {
            if (!route.template().startsWith("/engine/{")) {
                routes.add(route);
            }
        }
        return Set.copyOf(routes);
    }

    private static void walk(Class<?> type, String prefix, Set<EngineRoute> routes, Set<String> seen) {
        if (!seen.add(type.getName() + "@" + prefix)) {
            return;
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Optional<String> path = annotation(type, method, Path.class).map(Path::value);
            Optional<String> verb = httpMethod(type, method);
            String full = join(prefix, path.orElse(""));
            if (verb.isPresent()) {
                routes.add(new EngineRoute(verb.get(), full));
            } else if (path.isPresent()) {
                walk(method.getReturnType(), full, routes, seen); // a sub-resource locator
            }
        }
    }

    /** JAX-RS annotations sit on the interface method; Camunda's impl classes repeat some of them. */
    private static <A extends Annotation> Optional<A> annotation(Class<?> type, Method method, Class<A> kind) {
        for (Method candidate : declarations(type, method)) {
            A found = candidate.getAnnotation(kind);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> httpMethod(Class<?> type, Method method) {
        for (Method candidate : declarations(type, method)) {
            for (Annotation annotation : candidate.getAnnotations()) {
                HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (verb != null) {
                    return Optional.of(verb.value());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Method> declarations(Class<?> type, Method method) {
        List<Method> found = new ArrayList<>();
        found.add(method);
        Set<Class<?>> types = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            types.add(c);
            types.addAll(interfaces(c));
        }
        for (Class<?> c : types) {
            try {
                found.add(c.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared here
            }
        }
        return found;
    }

    private static Set<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> all = new HashSet<>();
        for (Class<?> i : type.getInterfaces()) {
            all.add(i);
            all.addAll(interfaces(i));
        }
        return all;
    }

    /** "/task" + "/{id: .+}/" → "/task/{id}". */
    static String join(String prefix, String path) {
        StringBuilder joined = new StringBuilder();
        for (String part : (prefix + "/" + path).split("/")) {
            if (part.isBlank()) {
                continue;
            }
            String segment = part.trim();
            if (segment.startsWith("{") && segment.contains(":")) {
                segment = segment.substring(0, segment.indexOf(':')).trim() + "}";
            }
            joined.append('/').append(segment);
        }
        return joined.isEmpty() ? "/" : joined.toString();
    }
}
