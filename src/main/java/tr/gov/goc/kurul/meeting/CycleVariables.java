package tr.gov.goc.kurul.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.identity.ProvinceTenantIdProvider;

/** The start variables of provincialBoardCycle and districtBoardCycle (docs/processes.md): small, dates as ISO strings. */
final class CycleVariables {

    static final String PROCESS_KEY = "provincialBoardCycle";
    static final String DISTRICT_PROCESS_KEY = "districtBoardCycle";
    static final String DISTRICT_ID = "districtId";
    static final String MEETING_KEY = "meetingKey";
    /** When the sub-commission's process opens: subCommissionCallDaysBefore before its first week (R6.9, R11.4). */
    static final String SUB_COMMISSION_OPENS_ON = "subCommissionOpensOn";

    private CycleVariables() {
    }

    static Map<String, Object> of(Meeting m, LocalDate preparationDueDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProvinceTenantIdProvider.PLATE_CODE, m.getPlateCode());
        variables.put(MEETING_KEY, m.getMeetingKey());
        variables.put("meetingTitle", m.getTitle());
        variables.put("firstOfYear", m.isFirstOfYear());
        variables.put("subCommissionDue", m.getSubCommissionWindowStart() != null);
        variables.put("subCommissionWindowStart", iso(m.getSubCommissionWindowStart()));
        variables.put("subCommissionWindowEnd", iso(m.getSubCommissionWindowEnd()));
        variables.put("windowStart", iso(m.getWindowStart()));
        variables.put("windowEnd", iso(m.getWindowEnd()));
        variables.put("meetingWindowText", TurkishDates.format(m.getWindowStart()) + " – " + TurkishDates.format(m.getWindowEnd()));
        variables.put("agendaOpensOn", iso(m.getAgendaOpensOn()));
        variables.put("agendaDueDate", iso(m.getAgendaDueDate()));
        variables.put("plannedOn", iso(m.getPlannedOn()));
        // the agenda and the date must be settled in time for the 5-day notice of the earliest meeting day (R11.3)
        variables.put("preparationDueDate", iso(preparationDueDate));
        return variables;
    }

    /** districtBoardCycle: the district (R11.2 groups dist-N-*), the kind (R8.1–R8.4) and the R8.3 late deadline. */
    static Map<String, Object> ofDistrict(Meeting m, LocalDate preparationDueDate) {
        Map<String, Object> variables = of(m, preparationDueDate);
        variables.remove("subCommissionDue");
        variables.remove("subCommissionWindowStart");
        variables.remove("subCommissionWindowEnd");
        variables.remove(SUB_COMMISSION_OPENS_ON);
        variables.put(DISTRICT_ID, m.getDistrictId());
        variables.put("meetingKind", m.getKind().name());
        variables.put("lateDeadline", iso(m.getLateDeadline()));
        // R8.3: the last day the meeting may still be held (late deadline, else the end of its call window)
        variables.put("lastMeetingDay", iso(m.getLateDeadline() != null ? m.getLateDeadline() : m.getWindowEnd()));
        if (m.getLateDeadline() != null) {
            variables.put("meetingWindowText", variables.get("meetingWindowText") + " (pencerede yapılamazsa en geç "
                    + TurkishDates.format(m.getLateDeadline()) + ", md. 8/3)");
        }
        return variables;
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
