/**
 * Minutes signatures: qualified e-signatures (e-İmza, PAdES) that board members add to the Ek-1 minutes PDF with
 * their own tool, checked on upload ({@link tr.gov.goc.kurul.minutes.PadesVerifier}: same document, exactly one new
 * intact signature covering the whole file, certificate chaining to a trusted anchor and valid at signing time); a
 * signature page appended as an incremental update ({@link tr.gov.goc.kurul.minutes.SignaturePage}) and Kurul's
 * institutional electronic seal ({@link tr.gov.goc.kurul.minutes.InstitutionalSeal}). Validation is offline (EU DSS,
 * no OCSP/CRL/AIA fetching). {@link tr.gov.goc.kurul.minutes.DemoPki} plays a CA and a signer's e-İmza tool for the demo.
 */
package tr.gov.goc.kurul.minutes;
