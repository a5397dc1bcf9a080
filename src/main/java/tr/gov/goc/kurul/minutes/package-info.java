/**
 * Minutes: the Ek-1 minutes' life — the draft ({@link tr.gov.goc.kurul.minutes.DraftMinutes}), its versions
 * ({@link tr.gov.goc.kurul.minutes.MinutesVersion}), the signatures on each version in Kurul, wet or with e-İmza
 * ({@link tr.gov.goc.kurul.minutes.MinutesSigning}, {@link tr.gov.goc.kurul.minutes.SignMinutes}) and the approval
 * after the last one; read by others through {@link tr.gov.goc.kurul.minutes.Minutes}, by the meeting module through
 * its port {@link tr.gov.goc.kurul.meeting.MeetingMinutes}. Qualified e-signatures (e-İmza, PAdES) that board members
 * add to the Ek-1 minutes PDF with their own tool are checked on upload ({@link tr.gov.goc.kurul.minutes.PadesVerifier}:
 * same document, exactly one new intact signature covering the whole file, certificate chaining to a trusted anchor and
 * valid at signing time); a signature page appended as an incremental update
 * ({@link tr.gov.goc.kurul.minutes.SignaturePage}) and Kurul's institutional electronic seal
 * ({@link tr.gov.goc.kurul.minutes.InstitutionalSeal}). Validation is offline (EU DSS, no OCSP/CRL/AIA fetching).
 * {@link tr.gov.goc.kurul.minutes.DemoPki} plays a CA and a signer's e-İmza tool for the demo. The Ek-1 PDF itself is
 * rendered and stored by the document module, reached through the port {@link tr.gov.goc.kurul.minutes.MinutesDocuments}.
 */
package tr.gov.goc.kurul.minutes;
