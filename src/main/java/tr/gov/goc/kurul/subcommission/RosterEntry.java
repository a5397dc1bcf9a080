package tr.gov.goc.kurul.subcommission;

import tr.gov.goc.kurul.people.LiaisonRole;

/**
 * One possible attendee of the sub-commission: a liaison officer of an Art 4(2) institution (R5.8, R6.3), or the
 * institution alone when it has no liaison officer on record (then person and role are null).
 *
 * @param value the checklist value: {@code <institution code>:asil|yedek}, or the institution code alone
 */
record RosterEntry(String value, String label, long institutionId, String institutionCode, String institutionName,
                   String personName, String personTitle, String phone, LiaisonRole role) {
}
