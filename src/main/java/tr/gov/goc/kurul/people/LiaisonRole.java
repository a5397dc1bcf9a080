package tr.gov.goc.kurul.people;

/** R6.3: one principal (asil) and one substitute (yedek) per institution. */
public enum LiaisonRole {
    PRINCIPAL, SUBSTITUTE
}
