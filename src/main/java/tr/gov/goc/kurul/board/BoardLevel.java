package tr.gov.goc.kurul.board;

/** İl GKK (chaired by the Vali) or İlçe GKK (chaired by the Kaymakam), R4.1. */
public enum BoardLevel {
    PROVINCIAL, DISTRICT
}
