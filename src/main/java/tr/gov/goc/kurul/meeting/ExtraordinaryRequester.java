package tr.gov.goc.kurul.meeting;

/** R7.3: who called an extraordinary meeting. */
public enum ExtraordinaryRequester {
    IL_GIM_PROPOSAL, GOVERNOR, PRESIDENCY
}
