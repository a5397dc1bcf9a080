package tr.gov.goc.kurul.calendar;

/** Kind of a non-working day entry (R-DATES): an official holiday or an administrative leave day. */
public enum DayType {
    RESMI_TATIL("Resmi tatil"),
    IDARI_IZIN("İdari izin");

    private final String label;

    DayType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
