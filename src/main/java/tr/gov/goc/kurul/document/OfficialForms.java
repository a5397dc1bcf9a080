package tr.gov.goc.kurul.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.gov.goc.kurul.common.TurkishDates;

/** What the official forms (Ek-1, Ek-2) of the board and of the sub-commission write alike. */
final class OfficialForms {

    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OfficialForms() {
    }

    /** The date in the running header (GG.AA.YYYY), empty while the day is not set. */
    static String headerDate(LocalDate date) {
        return date == null ? "" : HEADER_DATE.format(date);
    }

    /** "Toplantı Yeri ve Tarihi": place, the day with its weekday, and the time when known. */
    static String venueAndDate(String place, LocalDate date, String time) {
        return orDash(place) + ", " + (date == null ? "tarih belirlenmedi" : TurkishDates.withWeekday(date))
                + (time == null ? "" : " saat " + time);
    }

    /** One Ek-2 row: number, institution, title, name-surname, phone (the signature cell stays empty). */
    static Map<String, Object> ek2Row(int no, String institution, String title, String name, String phone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("no", no);
        row.put("institution", orDash(institution));
        row.put("title", orDash(title));
        row.put("name", name);
        row.put("phone", phone == null ? "" : phone);
        return row;
    }

    /** KVKK: empties the phone cells of an Ek-2 model's rows, for a reader who may not see people's phones. */
    @SuppressWarnings("unchecked")
    static void withoutPhones(Map<String, Object> model) {
        ((List<Map<String, Object>>) model.get("rows")).forEach(row -> row.put("phone", ""));
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
