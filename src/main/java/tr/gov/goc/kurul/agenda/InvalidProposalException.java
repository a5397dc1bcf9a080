package tr.gov.goc.kurul.agenda;

/** A proposal breaks a rule; callers turn it into a task error (form) or a 400 answer (API). */
class InvalidProposalException extends RuntimeException {

    private final String field;

    InvalidProposalException(String field, String turkishMessage) {
        super(turkishMessage);
        this.field = field;
    }

    String field() {
        return field;
    }
}
