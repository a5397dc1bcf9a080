package tr.gov.goc.kurul.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * The expressions a stored filter may hold (Kurul's role filters: "now", "in N days", the current user's groups) and
 * the allow-list file's grammar. Everything else — reflection, method calls on strings, other functions — is refused.
 */
class QueryExpressionsTest {

    @Test
    void onlyTheFewExpressionsKurulsFiltersUseAreAllowed() {
        for (String allowed : List.of("${now()}", "${currentUser()}", "${currentUserGroups()}",
                "${dateTime().plusDays(7).toDate()}", "${dateTime().minusHours(12).toDate()}")) {
            assertThat(QueryExpressions.allowed(allowed)).as(allowed).isTrue();
        }
        for (String refused : List.of("${''.getClass().forName('java.lang.System')}",
                "${dateTime().plusDays(''.getClass().forName('java.lang.Runtime').getMethods().length).toDate()}",
                "${now().getClass()}", "#{now()}", "${now()}${now()}", "${dateTime().plusDays(7000).toDate()}", "")) {
            assertThat(QueryExpressions.allowed(refused)).as(refused).isFalse();
        }
    }

    @Test
    void theExpressionsOfAQueryIncludeThoseOfItsOrQueries() {
        TaskQueryImpl query = new TaskQueryImpl();
        query.dueBeforeExpression("${now()}").or().taskCandidateGroupInExpression("${''.getClass()}").endOr();
        assertThat(QueryExpressions.of(query)).containsExactlyInAnyOrder("${now()}", "${''.getClass()}");
        assertThat(QueryExpressions.firstForbidden(query)).isEqualTo("${''.getClass()}");
    }

    @Test
    void theAllowListFileIsStrict() {
        EngineAccessPolicy policy = EngineAccessPolicy.parse(List.of("# yorum", "GET /task/{id}  L S C M A",
                "PUT /user/{id}/credentials  l s c m A"));
        EngineRoute task = new EngineRoute("GET", "/task/{id}");
        EngineRoute credentials = new EngineRoute("PUT", "/user/{id}/credentials");
        assertThat(policy.allows(task, java.util.Set.of(GroupKind.LIAISON), false)).isTrue();
        assertThat(policy.allows(credentials, java.util.Set.of(GroupKind.LIAISON), false)).isFalse();
        assertThat(policy.allows(credentials, java.util.Set.of(GroupKind.LIAISON), true)).isTrue();
        // a login in no Kurul group (an invited participant) is held to the liaison column, never to more
        assertThat(policy.allows(task, java.util.Set.of(), false)).isTrue();
        assertThat(policy.allows(credentials, java.util.Set.of(), true)).isTrue();
        assertThat(EngineAccessPolicy.parse(List.of("GET /task/{id}  . S C M A"))
                .allows(task, java.util.Set.of(), false)).as("nothing the liaison column refuses").isFalse();
        assertThat(policy.allows(new EngineRoute("DELETE", "/task/{id}"), java.util.Set.of(GroupKind.ADMINISTRATORS), false))
                .as("a route the file does not name").isFalse();
        assertThatThrownBy(() -> EngineAccessPolicy.parse(List.of("GET /task L S C M"))).hasMessageContaining("5 sütun");
        assertThatThrownBy(() -> EngineAccessPolicy.parse(List.of("GET /task S L C M A"))).hasMessageContaining("beklenir");
        assertThatThrownBy(() -> EngineAccessPolicy.parse(List.of("GET /task L S C M A", "GET /task . . . . A")))
                .hasMessageContaining("iki kez");
    }

    @Test
    void enginePathsAreReadAsCamundaWouldAndObfuscatedOnesAreRefused() {
        assertThat(EngineAccessGuard.target("/engine-rest/task/1/complete", false).orElseThrow().segments())
                .containsExactly("task", "1", "complete");
        assertThat(EngineAccessGuard.target("/engine-rest/engine/default/task/1", false).orElseThrow().segments())
                .containsExactly("task", "1");
        assertThat(EngineAccessGuard.target("/camunda/api/engine/engine/default/filter/9/list", true).orElseThrow().segments())
                .containsExactly("filter", "9", "list");
        assertThat(EngineAccessGuard.target("/camunda/api/engine/engine/", true).orElseThrow().enginesList()).isTrue();
        for (String hidden : List.of("/engine-rest/t%61sk/1/complete", "/engine-rest/task/a%2Fb", "/engine-rest/task/../job/1/execute",
                "/engine-rest/task;x=1/1", "/engine-rest/task//1")) {
            assertThat(EngineAccessGuard.target(hidden, false)).as(hidden).isEmpty();
        }
        // Camunda serves the literal route where a variable one matches too, leftmost literal first (JAX-RS)
        assertThat(EngineRoutes.decisive("GET", EngineRoute.split("/batch/statistics")))
                .containsExactly(new EngineRoute("GET", "/batch/statistics"));
        assertThat(EngineRoutes.decisive("GET", EngineRoute.split("/process-definition/key/xml")))
                .containsExactly(new EngineRoute("GET", "/process-definition/key/{key}"));
        assertThat(EngineRoutes.decisive("GET", EngineRoute.split("/task/report/candidate-group-count")))
                .containsExactly(new EngineRoute("GET", "/task/report/candidate-group-count"));
    }
}
