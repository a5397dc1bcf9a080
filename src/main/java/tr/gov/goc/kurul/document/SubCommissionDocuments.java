package tr.gov.goc.kurul.document;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.province.Provinces;
import tr.gov.goc.kurul.subcommission.SubCommissionReportView;

/**
 * A sub-commission meeting's outputs as the circular's forms (R12.6: "Alt komisyon toplantılarının çıktıları Ek-1
 * formuna işlenir"; R12.7: every meeting's participants on the Ek-2 list): the Ek-1 with the category "Alt Komisyon
 * Toplantısı" — findings per area (R6.7), problems and proposals (R6.8), action plan monitoring (R5.14) — and the Ek-2
 * with the liaison officers who came and the other participants, each with their phone and an empty signature cell.
 * Rendered from the stored record on each request: the record is the archive (R12.8), the PDF its printout.
 */
@Service
public class SubCommissionDocuments {

    static final String EK1 = "ek1-subcommission";
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final PdfDocuments pdf;
    private final Provinces provinces;

    SubCommissionDocuments(PdfDocuments pdf, Provinces provinces) {
        this.pdf = pdf;
        this.provinces = provinces;
    }

    public MeetingDocuments.Document minutes(SubCommissionReportView report) {
        return new MeetingDocuments.Document(pdf.pdf(EK1, minutesModel(report)), null, false,
                "Ek-1_Alt_Komisyon_" + report.meetingKey() + ".pdf");
    }

    /** The Ek-2; without phones for a reader who may not see people's contacts (KVKK). */
    public MeetingDocuments.Document participants(SubCommissionReportView report, boolean withPhones) {
        Map<String, Object> model = participantsModel(report);
        if (!withPhones) {
            OfficialForms.withoutPhones(model);
        }
        return new MeetingDocuments.Document(pdf.pdf(MeetingDocuments.EK2, model), null, false,
                "Ek-2_Alt_Komisyon_Katilimci_Listesi_" + report.meetingKey() + ".pdf");
    }

    Map<String, Object> minutesModel(SubCommissionReportView report) {
        Map<String, Object> model = header(report);
        model.put("kind", report.title() + " öncesi alt komisyon toplantısı (Genelge md. 6/9)");
        model.put("chairedBy", orDash(report.chairedBy()));
        model.put("participantCount", report.participantCount());
        model.put("topics", orDash(report.topics()));
        List<Map<String, Object>> findings = new ArrayList<>();
        report.findings().forEach((area, text) -> findings.add(Map.of("area", area.label(), "text", text)));
        model.put("findings", findings);
        model.put("problems", orDash(report.problems()));
        model.put("proposals", orDash(report.proposals()));
        model.put("actionPlanMonitoring", orDash(report.actionPlanMonitoring()));
        model.put("forBoard", "Alt komisyon karar almaz; yukarıdaki tespit ve öneriler " + report.title()
                + " gündemine sunulur (Genelge md. 6/8, 10/3).");
        model.put("recordNote", "Kayıt: " + TurkishDates.format(report.recordedAt().atZone(ISTANBUL).toLocalDate())
                + (report.enteredInPlatform() ? "; platforma giriş " + TurkishDates.format(report.platformEnteredOn())
                   + " (" + report.platformEnteredBy() + ")." : "; platforma henüz girilmedi."));
        return model;
    }

    /** The Ek-2 rows: the liaison officers who came, then the other participants; the signature column stays empty. */
    Map<String, Object> participantsModel(SubCommissionReportView report) {
        Map<String, Object> model = header(report);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SubCommissionReportView.Attendee a : report.attendees()) {
            if (a.present()) {
                rows.add(OfficialForms.ek2Row(rows.size() + 1, a.institution(), a.personTitle(), orDash(a.personName()), a.phone()));
            }
        }
        for (SubCommissionReportView.OtherAttendee other : report.otherAttendees()) {
            rows.add(OfficialForms.ek2Row(rows.size() + 1, other.institution(), other.personTitle(), other.personName(), other.phone()));
        }
        model.put("rows", rows);
        return model;
    }

    private Map<String, Object> header(SubCommissionReportView report) {
        String province = provinces.province(report.plateCode()).getName();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", report.title() + " — Alt Komisyon");
        model.put("authority", PdfDocuments.upper(province) + " VALİLİĞİ");
        model.put("boardName", province + " İl Göç Koordinasyon Kurulu Alt Komisyonu");
        model.put("place", province);
        model.put("headerDate", OfficialForms.headerDate(report.date()));
        model.put("venueAndDate", OfficialForms.venueAndDate(report.place(), report.date(), report.time()));
        model.put("footer", report.title() + " — Alt Komisyon (" + report.meetingKey() + ") — Kurul");
        return model;
    }

    private static String orDash(String text) {
        return OfficialForms.orDash(text);
    }

    static NotFoundException notRecorded(String meetingKey) {
        return new NotFoundException("Bu kurul toplantısının alt komisyon toplantısı henüz kaydedilmedi: " + meetingKey);
    }
}
