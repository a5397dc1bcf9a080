package tr.gov.goc.kurul.subcommission;

/** The sub-commission's working areas (R6.7), each with the form field that holds its finding. */
public enum ThematicArea {
    EDUCATION("findingEducation", "Eğitim"),
    HEALTH("findingHealth", "Sağlık"),
    LABOUR_MARKET("findingLabourMarket", "İşgücü piyasası"),
    SOCIAL_SUPPORT("findingSocialSupport", "Sosyal destek"),
    INFORMATION("findingInformation", "Bilgilendirme"),
    SOCIAL_PARTICIPATION("findingSocialParticipation", "Sosyal katılım"),
    PUBLIC_ORDER("findingPublicOrder", "Kamu düzeni"),
    PUBLIC_SAFETY("findingPublicSafety", "Kamu güvenliği"),
    PUBLIC_HEALTH("findingPublicHealth", "Halk sağlığı"),
    OTHER("findingOther", "Diğer");

    private final String variable;
    private final String label;

    ThematicArea(String variable, String label) {
        this.variable = variable;
        this.label = label;
    }

    /** The process variable (form field key) of this area's finding. */
    public String variable() {
        return variable;
    }

    /** Turkish name as on the Ek-1 form. */
    public String label() {
        return label;
    }
}
