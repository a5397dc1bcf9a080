package tr.gov.goc.kurul.minutes;

import tr.gov.goc.kurul.meeting.Meeting;

/**
 * Port to the document module (which depends on this one): the Ek-1 minutes of a version rendered as a PDF to sign,
 * and the approved Ek-1 — signed PDF, signature page, Kurul's seal — kept as the minutes every reader downloads.
 */
public interface MinutesDocuments {

    /** The Ek-1 of this version as handed out to sign (R12.2). */
    byte[] minutesToSign(Meeting meeting, MinutesVersion version);

    /** Keeps the approved Ek-1 of this version (R12.2, R12.8). */
    void storeApprovedMinutes(Meeting meeting, MinutesVersion version, byte[] content);
}
