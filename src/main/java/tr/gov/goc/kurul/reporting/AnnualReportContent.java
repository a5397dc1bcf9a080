package tr.gov.goc.kurul.reporting;

/**
 * The narrative sections of the Ek-3 form (R13.4): main problems raised in the provincial and district boards, how
 * the decisions taken for them went, the decisions not implemented with their reasons, problems left unsolved
 * despite decisions, solution proposals, the support expected from the presidency, conclusions and suggestions.
 */
public record AnnualReportContent(String mainProblems, String decisionsEvaluation, String notImplemented,
                                  String unsolvedProblems, String solutionProposals, String expectedSupport,
                                  String conclusions) {

    public static final int MAX_LENGTH = 2000;
}
