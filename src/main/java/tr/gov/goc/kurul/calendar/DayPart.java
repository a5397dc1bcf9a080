package tr.gov.goc.kurul.calendar;

/**
 * Which part of a day an entry covers (R-DATES). {@code PM} is the afternoon from 13:00 (arife, 28 October);
 * a day is non-working when an entry covers it {@code FULL}, or when entries cover both {@code AM} and {@code PM}.
 */
public enum DayPart {
    FULL("tam gün"),
    AM("öğleden önce"),
    PM("öğleden sonra");

    private final String label;

    DayPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean coversMorning() {
        return this != PM;
    }

    boolean coversAfternoon() {
        return this != AM;
    }
}
