package tr.gov.goc.kurul.minutes;

/** A refusal of an uploaded signed PDF; the message is Turkish and meant for the user. */
public class SignatureRefusedException extends RuntimeException {

    public SignatureRefusedException(String turkishMessage) {
        super(turkishMessage);
    }
}
