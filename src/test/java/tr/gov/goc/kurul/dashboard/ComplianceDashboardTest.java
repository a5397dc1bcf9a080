package tr.gov.goc.kurul.dashboard;

import tr.gov.goc.kurul.support.KurulIntegrationTest;

@KurulIntegrationTest
class ComplianceDashboardTest extends ComplianceDashboardScenarios {
}
