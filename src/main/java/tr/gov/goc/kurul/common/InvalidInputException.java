package tr.gov.goc.kurul.common;

/**
 * Input that breaks a rule: HTTP 400 with a Turkish message naming the field. Thrown before anything is
 * written, or inside the transaction so that nothing is stored half-way.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String turkishMessage) {
        super(turkishMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
