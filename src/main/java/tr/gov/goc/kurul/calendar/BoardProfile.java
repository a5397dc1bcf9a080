package tr.gov.goc.kurul.calendar;

/**
 * What the calendar needs to know about a board to plan its year (R6.9, R7.1, R7.2, R8.1–R8.3).
 *
 * @param name              the board's Turkish name (used as the iCalendar feed's name)
 * @param level             PROVINCE or DISTRICT
 * @param foreignPopulation the board's area's foreign population (province's for PROVINCE, district's for DISTRICT)
 * @param borderDistrict    a border district subject to irregular migration (R8.1); false for provinces
 */
public record BoardProfile(String name, BoardLevel level, int foreignPopulation, boolean borderDistrict) {
}
