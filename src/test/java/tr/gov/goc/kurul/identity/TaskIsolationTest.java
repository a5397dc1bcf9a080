package tr.gov.goc.kurul.identity;

import tr.gov.goc.kurul.support.KurulIntegrationTest;

@KurulIntegrationTest
class TaskIsolationTest extends TaskIsolationScenarios {
}
