package tr.gov.goc.kurul.common;

/** An addressed record does not exist (or is not visible to the caller): HTTP 404 with a Turkish message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String turkishMessage) {
        super(turkishMessage);
    }
}
