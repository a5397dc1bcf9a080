package tr.gov.goc.kurul.people;

/** Who sets the first password of a login the registry gives a person. */
public enum PasswordSetup {
    /** The person, through a one-time link mailed to them ({@link LoginGranted}); the default. */
    INVITE,
    /** The caller sets it right after (the demo data sets {@code demo}): no mail. */
    SET_BY_CALLER
}
