package tr.gov.goc.kurul;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Package by feature: modules use each other's public API only, and never in a cycle. */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(KurulApplication.class).verify();
    }
}
