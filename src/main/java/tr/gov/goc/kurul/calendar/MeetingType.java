package tr.gov.goc.kurul.calendar;

/** The ordinary meetings the circular schedules. */
public enum MeetingType {
    SUB_COMMISSION("Alt Komisyon toplantısı", "R6.9"),
    PROVINCIAL_BOARD("İl Göç Koordinasyon Kurulu toplantısı", "R7.1/R7.2"),
    DISTRICT_BOARD("İlçe Göç Koordinasyon Kurulu toplantısı", "R8.1");

    private final String label;
    private final String rule;

    MeetingType(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** Turkish name, e.g. "Alt Komisyon toplantısı". */
    public String label() {
        return label;
    }

    /** The rule that sets the meeting's window. */
    public String rule() {
        return rule;
    }
}
