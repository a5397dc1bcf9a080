package tr.gov.goc.kurul.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The items a board agenda must carry (R5.7, R10.3, R10.4, R10.9; first meeting of the year R5.8, R5.12, R5.13,
 * R13.2): which are required for this meeting, and which of them the secretary has not put on it.
 */
final class AgendaRules {

    record Required(AgendaItem.Source source, String field, String title) {
    }

    private AgendaRules() {
    }

    /**
     * A district board (R8.1): R5.7 holds for every meeting, and negative events in the district are a separate item
     * (R10.9, "ilde veya ilçede"; Art 3(ğ): "kurul" is both boards); the sub-commission (R10.3), the provincial
     * action plan (R10.4) and the first-meeting items belong to the provincial board.
     */
    static List<Required> district(boolean negativeEventsRaised) {
        List<Required> required = new ArrayList<>();
        required.add(new Required(AgendaItem.Source.PREVIOUS_DECISIONS, "includesPreviousDecisions",
                "Önceki toplantı kararlarının uygulanmasının değerlendirilmesi (R5.7)"));
        if (negativeEventsRaised) {
            required.add(new Required(AgendaItem.Source.NEGATIVE_EVENTS, "includesNegativeEvents",
                    "Olumsuz olaylar ve toplumsal gerilimler (R10.9)"));
        }
        return required;
    }

    static List<Required> required(boolean subCommissionDue, boolean negativeEventsRaised, boolean firstOfYear) {
        List<Required> required = new ArrayList<>();
        required.add(new Required(AgendaItem.Source.PREVIOUS_DECISIONS, "includesPreviousDecisions",
                "Önceki toplantı kararlarının uygulanmasının değerlendirilmesi (R5.7)"));
        if (subCommissionDue) {
            required.add(new Required(AgendaItem.Source.SUB_COMMISSION_REPORT, "includesSubCommissionReport",
                    "Alt komisyon bulguları ve raporları (R10.3)"));
        }
        required.add(new Required(AgendaItem.Source.ACTION_PLAN, "includesActionPlan", "Yerel uyum eylem planı (R10.4)"));
        if (negativeEventsRaised) {
            required.add(new Required(AgendaItem.Source.NEGATIVE_EVENTS, "includesNegativeEvents",
                    "Olumsuz olaylar ve toplumsal gerilimler (R10.9)"));
        }
        if (firstOfYear) {
            required.add(new Required(AgendaItem.Source.SUB_COMMISSION_FORMATION, "includesSubCommissionFormation",
                    "Alt komisyonun oluşturulması ve üye listesinin imzalanması (R5.8)"));
            required.add(new Required(AgendaItem.Source.LAST_YEAR_EVALUATION, "includesLastYearEvaluation",
                    "Geçen yılın kararlarının değerlendirilmesi ve yeni yılın planlanması (R5.12)"));
            required.add(new Required(AgendaItem.Source.ANNUAL_REPORT_APPROVAL, "includesAnnualReportApproval",
                    "Yıllık değerlendirme raporunun (Ek-3) onayı (R13.2)"));
            required.add(new Required(AgendaItem.Source.ACTION_PLAN_APPROVAL, "includesActionPlanApproval",
                    "Yerel uyum eylem planının onayı (R5.13)"));
        }
        return required;
    }
}
