package tr.gov.goc.kurul.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;

/**
 * The expressions a stored Tasklist filter may hold. Camunda evaluates a filter's expressions for whoever runs it,
 * with reflection to any class one step away ({@code ''.getClass().forName(…)}); Kurul's filters need only "now",
 * "in N days" and the current user's groups. Anything else is never stored and never run.
 */
final class QueryExpressions {

    private static final Pattern ALLOWED = Pattern.compile("\\$\\{(now\\(\\)|currentUser\\(\\)|currentUserGroups\\(\\)"
            + "|dateTime\\(\\)\\.(plus|minus)(Hours|Days|Weeks|Months)\\(\\d{1,3}\\)\\.toDate\\(\\))}");

    private QueryExpressions() {
    }

    /** Every expression of a query, its or-queries included. */
    static List<String> of(Query<?, ?> query) {
        List<String> found = new ArrayList<>();
        if (query instanceof TaskQueryImpl task && task.getQueries() != null) {
            task.getQueries().forEach(q -> found.addAll(q.getExpressions().values()));
            if (!task.getQueries().contains(task)) {
                found.addAll(task.getExpressions().values());
            }
        } else if (query instanceof AbstractQuery<?, ?> any) {
            found.addAll(any.getExpressions().values());
        }
        return found;
    }

    static boolean allowed(String expression) {
        return expression != null && ALLOWED.matcher(expression.trim()).matches();
    }

    /** The first expression of the query that is not allowed, or null. */
    static String firstForbidden(Query<?, ?> query) {
        return of(query).stream().filter(e -> !allowed(e)).findFirst().orElse(null);
    }
}
