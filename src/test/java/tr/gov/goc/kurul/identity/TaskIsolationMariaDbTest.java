package tr.gov.goc.kurul.identity;

import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class TaskIsolationMariaDbTest extends TaskIsolationScenarios {
}
