package tr.gov.goc.kurul.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.junit.jupiter.api.Test;

/** Tasklist's list call finds assignees, groups and process definitions in a cache, as in Camunda's distribution. */
class HalRelationCacheTest {

    @Test
    void theListsLookupsAreCached() {
        new HalRelationCache();
        assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isNotNull();
        assertThat(Hal.getInstance().getHalRelationCache(HalGroup.class)).isNotNull();
        assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class)).isNotNull();
    }
}
