/**
 * Documents: the Ek-1 minutes and the Ek-2 participant list as PDF (HTML template → PDF, A4, embedded
 * DejaVu Sans, header with province, board and date, "Sayfa n / m"), stored with each signed minutes version; the
 * distribution of the signed minutes by e-mail with a delivery log (R12.2, R12.5); the Ek-1 data as JSON for the
 * presidency's platform (R12.3). An Ek-3 (annual report) template plugs into {@link tr.gov.goc.kurul.document.PdfDocuments}.
 */
package tr.gov.goc.kurul.document;
