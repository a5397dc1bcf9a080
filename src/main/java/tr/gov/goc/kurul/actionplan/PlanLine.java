package tr.gov.goc.kurul.actionplan;

import java.time.LocalDate;

/** One item of the action plan as the İl GİM writes it: code (empty for a new item), area, action, responsible, target date, indicator. */
public record PlanLine(String code, String thematicArea, String action, String responsible, LocalDate targetDate, String indicator) {

    PlanLine withCode(String newCode) {
        return new PlanLine(newCode, thematicArea, action, responsible, targetDate, indicator);
    }
}
