/**
 * The managers' compliance dashboard: per province and nationally, how the boards keep the circular's
 * deadlines — meetings held in their window (R7.1, R7.2), agenda proposals on time per institution (R10.2), minutes
 * distributed within 15 days (R12.2), platform entries by the month's last day or the next working day (R12.3, R-DATES), decisions open,
 * overdue or done per institution (R5.5, R5.6) and the local harmonisation action plan (R5.13) where that module's
 * tables exist. A read model: {@code GET /api/reports/compliance}; shown by {@code /kurul/dashboard.html}, which
 * Cockpit carries as its "Uyum Panosu" page.
 */
package tr.gov.goc.kurul.dashboard;
