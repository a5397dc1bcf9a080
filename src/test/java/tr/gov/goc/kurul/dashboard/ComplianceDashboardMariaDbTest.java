package tr.gov.goc.kurul.dashboard;

import tr.gov.goc.kurul.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class ComplianceDashboardMariaDbTest extends ComplianceDashboardScenarios {
}
