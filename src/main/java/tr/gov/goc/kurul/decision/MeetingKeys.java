package tr.gov.goc.kurul.decision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.gov.goc.kurul.common.InvalidInputException;

/**
 * Meeting keys of the cycles: {@code 27-2026-2} (plate-year-sequence), extraordinary {@code 27-2026-E1}; district
 * boards {@code 27-ilce-412-2026-1}, at the Kaymakam's discretion {@code 27-ilce-412-2026-T1} (R8.1–R8.4).
 */
final class MeetingKeys {

    private static final Pattern KEY = Pattern.compile("(\\d{1,2})(?:-ilce-(\\d{1,9}))?-(\\d{4})-([ET]?\\d{1,2})");

    private MeetingKeys() {
    }

    static void check(String meetingKey, int plateCode) {
        Matcher m = meetingKey == null ? null : KEY.matcher(meetingKey.trim());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("meetingKey",
                    "Toplantı anahtarı geçersiz: '" + meetingKey + "' (ör. 27-2026-2 veya olağanüstü toplantı için 27-2026-E1).");
        }
        if (Integer.parseInt(m.group(1)) != plateCode) {
            throw new InvalidInputException("meetingKey", "Toplantı " + meetingKey + " bu ilin (" + plateCode + ") toplantısı değil.");
        }
    }

    /** The district of a district board's meeting key (27-ilce-412-2026-1 → 412), or null. */
    static Long districtId(String meetingKey) {
        Matcher m = KEY.matcher(meetingKey);
        return m.matches() && m.group(2) != null ? Long.valueOf(m.group(2)) : null;
    }

    /** "2026/2" of 27-2026-2. */
    static String yearAndSequence(String meetingKey) {
        Matcher m = KEY.matcher(meetingKey);
        return m.matches() ? m.group(3) + "/" + m.group(4) : meetingKey;
    }
}
