package tr.gov.goc.kurul.reporting;

/** Where an Ek-3 annual evaluation report stands (R13.1, R13.2). */
public enum AnnualReportStatus {
    DRAFT("İl GİM tarafından hazırlanıyor"),
    SUBMITTED("Kurul onayı bekliyor"),
    APPROVED("Onaylandı"),
    REJECTED("Kurulca reddedildi, yeniden hazırlanıyor"),
    RESUBMITTED("Düzeltildi, kurul toplantısında onay bekliyor");

    private final String turkish;

    AnnualReportStatus(String turkish) {
        this.turkish = turkish;
    }

    public String turkish() {
        return turkish;
    }

    /** Ready for the first board's agenda (R13.2): submitted at least once. */
    public boolean isReady() {
        return this != DRAFT;
    }
}
