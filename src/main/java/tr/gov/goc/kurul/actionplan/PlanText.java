package tr.gov.goc.kurul.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TurkishDates;

/**
 * The action plan as structured lines, the way the İl GİM edits it in Tasklist (a Camunda Forms {@code dynamiclist}
 * cannot be submitted in 7.24, docs/forms.md): one item per line, fields separated by {@code |} (or a tab, so
 * rows pasted from a spreadsheet work too):
 * <pre>EP-1 | Eğitim | Uyum sınıfları açılması | İl Milli Eğitim Müdürlüğü | 30.06.2027 | Açılan sınıf sayısı</pre>
 * A line whose code is left empty (or with only five fields) is a new item and gets the next free code; a line
 * left out is an item taken out of the plan. The same format carries the sub-commission's progress (R5.14):
 * <pre>EP-1 | 40 | 12 okulda sınıf açıldı</pre>
 */
final class PlanText {

    /** Camunda keeps string variables up to 4000 characters; the whole plan text must fit. */
    static final int MAX_TEXT = 4000;
    static final int MAX_LINES = 100;
    private static final Pattern CODE = Pattern.compile("EP-(\\d{1,4})");
    private static final DateTimeFormatter TURKISH_DAY = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PlanText() {
    }

    static String format(List<PlanLine> lines) {
        StringBuilder text = new StringBuilder();
        for (PlanLine line : lines) {
            text.append(line.code()).append(" | ").append(line.thematicArea()).append(" | ").append(line.action())
                    .append(" | ").append(line.responsible()).append(" | ").append(TurkishDates.format(line.targetDate()))
                    .append(" | ").append(line.indicator()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads the plan. Codes must be ones the province's plan already used ({@code knownCodes}); new items get codes
     * from {@code nextNumber} on. Every error names its line; nothing is taken unless all lines are right.
     */
    static List<PlanLine> parse(String text, Set<String> knownCodes, int nextNumber) {
        List<String> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("planLines", "Eylem planında en az bir madde olmalıdır (her satıra bir madde).");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("planLines", "Eylem planı metni en fazla " + MAX_TEXT + " karakter olabilir; "
                    + "açıklamaları kısaltın.");
        }
        List<PlanLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (String raw : text.split("\\R")) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.split("\\||\\t", -1);
            String prefix = "Satır " + number + ": ";
            if (parts.length != 5 && parts.length != 6) {
                errors.add(prefix + "6 alan olmalı (kod | tematik alan | eylem | sorumlu kurumlar | hedef tarih | gösterge), "
                        + parts.length + " alan var.");
                continue;
            }
            int i = parts.length == 6 ? 1 : 0;
            String code = parts.length == 6 ? parts[0].trim().toUpperCase(Locale.ROOT) : "";
            if (!code.isEmpty()) {
                if (!CODE.matcher(code).matches()) {
                    errors.add(prefix + "madde kodu EP-1 biçiminde olmalı ya da yeni madde için boş bırakılmalıdır.");
                    continue;
                }
                if (!knownCodes.contains(code)) {
                    errors.add(prefix + code + " planda yok; yeni bir madde için kodu boş bırakın.");
                    continue;
                }
                if (!seen.add(code)) {
                    errors.add(prefix + code + " iki kez yazılmış.");
                    continue;
                }
            }
            String area = field(parts[i], "tematik alan", 100, prefix, errors);
            String action = field(parts[i + 1], "eylem", 1000, prefix, errors);
            String responsible = field(parts[i + 2], "sorumlu kurumlar", 500, prefix, errors);
            LocalDate target = date(parts[i + 3], prefix, errors);
            String indicator = field(parts[i + 4], "gösterge", 500, prefix, errors);
            lines.add(new PlanLine(code, area, action, responsible, target, indicator));
        }
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add("Eylem planında en az bir madde olmalıdır (her satıra bir madde).");
        }
        if (lines.size() > MAX_LINES) {
            errors.add("Eylem planı en fazla " + MAX_LINES + " madde olabilir.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("planLines", summary(errors));
        }
        List<PlanLine> coded = new ArrayList<>();
        int next = nextNumber;
        for (PlanLine line : lines) {
            coded.add(line.code().isEmpty() ? line.withCode("EP-" + next++) : line);
        }
        return coded;
    }

    /** The number part of a code ("EP-12" → 12), 0 if it has none. */
    static int number(String code) {
        Matcher m = CODE.matcher(code);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** R5.14: progress lines "EP-1 | 40 | note" for items of the plan in force. */
    static List<ProgressLine> parseProgress(String text, Set<String> itemCodes) {
        List<ProgressLine> result = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (String raw : text.split("\\R")) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            String prefix = "İlerleme satır " + number + ": ";
            String[] parts = raw.split("\\||\\t", -1);
            if (parts.length < 2 || parts.length > 3) {
                errors.add(prefix + "\"EP-1 | 40 | açıklama\" biçiminde olmalıdır.");
                continue;
            }
            String code = parts[0].trim().toUpperCase(Locale.ROOT);
            if (!itemCodes.contains(code)) {
                errors.add(prefix + (code.isEmpty() ? "madde kodu yok" : code + " yürürlükteki planda yok") + ".");
                continue;
            }
            if (!seen.add(code)) {
                errors.add(prefix + code + " iki kez yazılmış.");
                continue;
            }
            Integer percent = null;
            try {
                percent = Integer.valueOf(parts[1].trim().replace("%", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (percent == null || percent < 0 || percent > 100) {
                errors.add(prefix + "ilerleme 0 ile 100 arasında bir yüzde olmalıdır.");
                continue;
            }
            String note = parts.length == 3 && !parts[2].isBlank() ? parts[2].trim() : null;
            if (note != null && (note.length() > 1000 || !PlainTextValidator.isPlain(note))) {
                errors.add(prefix + "açıklama en fazla 1000 karakter olabilir ve emoji içeremez.");
                continue;
            }
            result.add(new ProgressLine(code, percent, note));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("actionPlanProgress", summary(errors));
        }
        return result;
    }

    record ProgressLine(String code, int percent, String note) {
    }

    private static String field(String value, String label, int max, String prefix, List<String> errors) {
        String text = value.trim();
        if (text.isEmpty()) {
            errors.add(prefix + label + " boş olamaz.");
        } else if (text.length() > max) {
            errors.add(prefix + label + " en fazla " + max + " karakter olabilir.");
        } else if (!PlainTextValidator.isPlain(text)) {
            errors.add(prefix + label + " emoji veya desteklenmeyen karakter içeremez.");
        }
        return text;
    }

    private static LocalDate date(String value, String prefix, List<String> errors) {
        String text = value.trim();
        try {
            return text.contains(".") ? LocalDate.parse(text, TURKISH_DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(prefix + "hedef tarih GG.AA.YYYY biçiminde olmalıdır (örnek 30.06.2027).");
            return null;
        }
    }

    private static String summary(List<String> errors) {
        List<String> shown = errors.subList(0, Math.min(errors.size(), 5));
        String more = errors.size() > shown.size() ? " (ve " + (errors.size() - shown.size()) + " hata daha)" : "";
        return String.join(" ", shown) + more;
    }
}
