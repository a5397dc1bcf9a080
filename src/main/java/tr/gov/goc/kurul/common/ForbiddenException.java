package tr.gov.goc.kurul.common;

/** The caller is known but may not do this: HTTP 403 with a Turkish message. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String turkishMessage) {
        super(turkishMessage);
    }
}
