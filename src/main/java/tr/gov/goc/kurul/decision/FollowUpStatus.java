package tr.gov.goc.kurul.decision;

/** What a responsible institution reports about a decision (R5.6). */
public enum FollowUpStatus {
    NOT_STARTED("Başlanmadı"),
    IN_PROGRESS("Devam ediyor"),
    DONE("Tamamlandı"),
    CANNOT_BE_DONE("Yapılamıyor");

    private final String turkish;

    FollowUpStatus(String turkish) {
        this.turkish = turkish;
    }

    public String turkish() {
        return turkish;
    }

    /** Done or cannot be done: the institution's follow-up of the decision ends. */
    public boolean isFinal() {
        return this == DONE || this == CANNOT_BE_DONE;
    }
}
