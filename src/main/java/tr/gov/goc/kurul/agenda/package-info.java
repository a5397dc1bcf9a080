/**
 * Agenda collection (R10.1, R10.2): each member institution's liaison group proposes agenda items for a
 * provincial board meeting, or says it has none; late answers are recorded and may still be accepted by the
 * secretariat. The board cycle reads the answers through {@link tr.gov.goc.kurul.agenda.AgendaProposals}.
 */
package tr.gov.goc.kurul.agenda;
