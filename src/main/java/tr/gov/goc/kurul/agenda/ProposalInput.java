package tr.gov.goc.kurul.agenda;

/**
 * A checked answer to the agenda call, from the form or from the secretariat's late entry. Text is trimmed;
 * empty text is null.
 */
record ProposalInput(boolean hasProposal, String topic, AgendaCategory category, String description,
                     boolean specialRequest, String specialRequestText, String activities, String negativeEvents,
                     boolean riskFlag) {
}
