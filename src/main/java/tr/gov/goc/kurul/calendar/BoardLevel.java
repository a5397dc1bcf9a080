package tr.gov.goc.kurul.calendar;

/** Level of a board for planning: a province plans its sub-commission and provincial board, a district its board. */
public enum BoardLevel {
    PROVINCE,
    DISTRICT
}
