package tr.gov.goc.kurul.subcommission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tr.gov.goc.kurul.common.PhoneNumbers;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TaskInputException;

/**
 * Reads the record form's "Diğer katılımcılar" text (R12.7): one person a line, "Ad Soyad; Unvan; Kurum; Telefon",
 * everything after the name optional. A line that cannot be read is refused beside the field with its number.
 */
final class OtherParticipantLines {

    static final String FIELD = "otherParticipants";
    static final int MAX_LINES = 40;
    private static final Pattern PHONE = Pattern.compile(PhoneNumbers.PATTERN);

    private OtherParticipantLines() {
    }

    static List<OtherParticipant> read(Object value) {
        List<OtherParticipant> people = new ArrayList<>();
        if (value == null || value.toString().isBlank()) {
            return people;
        }
        List<String> lines = value.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_LINES) {
            throw refused("En fazla " + MAX_LINES + " kişi yazılabilir (her satıra bir kişi).");
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(";", -1);
            String where = (i + 1) + ". satır: "; // shown beside the field, under its label
            if (parts.length > 4) {
                throw refused(where + "en fazla dört bölüm yazın (Ad Soyad; Unvan; Kurum; Telefon).");
            }
            String name = part(parts, 0, where, "ad soyad", 150);
            if (name == null) {
                throw refused(where + "ad soyad yazılmalıdır (Ad Soyad; Unvan; Kurum; Telefon).");
            }
            String phone = part(parts, 3, where, "telefon", 30);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                throw refused(where + "telefon yalnızca rakam, boşluk, +, (, ) ve - içerebilir.");
            }
            people.add(new OtherParticipant(i + 1, name, part(parts, 1, where, "unvan", 150), part(parts, 2, where, "kurum", 200), phone));
        }
        return people;
    }

    private static String part(String[] parts, int index, String where, String label, int maxLength) {
        if (parts.length <= index || parts[index].isBlank()) {
            return null;
        }
        String text = parts[index].strip();
        if (text.length() > maxLength) {
            throw refused(where + label + " en fazla " + maxLength + " karakter olabilir.");
        }
        String problem = PlainTextValidator.problem(text);
        if (problem != null) {
            throw refused(where + label + ": " + problem);
        }
        return text;
    }

    private static TaskInputException refused(String message) {
        return new TaskInputException(FIELD, message);
    }
}
