package tr.gov.goc.kurul.subcommission;

import java.util.Map;

/** The checked content of the "Alt komisyon toplantısını kaydet" form. */
record ReportInput(String chairedBy, String topics, boolean noFindings, Map<ThematicArea, String> findings,
                   String problems, String proposals, String actionPlanMonitoring) {
}
