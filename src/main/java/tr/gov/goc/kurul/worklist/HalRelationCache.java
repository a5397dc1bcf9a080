package tr.gov.goc.kurul.worklist;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.stereotype.Component;

/**
 * Tasklist's task list (the HAL answer of {@code filter/{id}/list}) names each task's assignee and process definition.
 * Camunda's own distribution caches these lookups (its webapps' {@code web.xml}); the Spring Boot starter does not, so
 * every list call read them again. Kurul sets up the same cache (the liaison officer's task list). A renamed
 * user shows under the old name for at most fifteen minutes, as in the distribution.
 */
@Component
class HalRelationCache {

    static final String CONFIGURATION = """
            {
              "cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
              "caches": {
                "org.camunda.bpm.engine.rest.hal.user.HalUser": {"capacity": 5000, "secondsToLive": 900},
                "org.camunda.bpm.engine.rest.hal.group.HalGroup": {"capacity": 5000, "secondsToLive": 900},
                "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition": {"capacity": 500, "secondsToLive": 600}
              }
            }""";

    HalRelationCache() {
        new HalRelationCacheBootstrap().configureCaches(CONFIGURATION);
    }
}
