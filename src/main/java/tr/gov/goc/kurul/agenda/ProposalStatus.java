package tr.gov.goc.kurul.agenda;

/** How an institution answered the call for agenda proposals of a meeting (R10.2). */
public enum ProposalStatus {
    /** Sent in time with a proposal. */
    SUBMITTED,
    /** Answered in time: nothing to propose this time. */
    NO_PROPOSAL,
    /** No answer by the due date: the task was closed and the secretariat told. */
    LATE,
    /** A late answer the secretariat accepted after the due date. */
    LATE_ACCEPTED
}
