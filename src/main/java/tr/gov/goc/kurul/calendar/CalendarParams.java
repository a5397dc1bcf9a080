package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import tr.gov.goc.kurul.common.InvalidInputException;

/** Parses the calendar API's query and path values; every failure is a 400 with a Turkish message naming the field. */
final class CalendarParams {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private CalendarParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' alanı zorunludur. İzin verilen değerler: " + allowed + ".");
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + field + "' için geçersiz değer: '" + abbreviate(raw)
                    + "'. İzin verilen değerler: " + allowed + ".");
        }
    }

    static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' alanı zorunludur (YYYY-AA-GG biçiminde tarih).");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + field + "' geçerli bir tarih değil: '" + abbreviate(raw)
                    + "'. Tarih YYYY-AA-GG biçiminde olmalıdır (ör. 2025-06-02).");
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InvalidInputException(field, "'" + field + "' " + MIN_YEAR + "–" + MAX_YEAR + " yılları arasında bir tarih olmalıdır.");
        }
        return date;
    }

    static LocalDate optionalDate(String raw, String field) {
        return raw == null || raw.isBlank() ? null : date(raw, field);
    }

    static int year(String raw, String field, int defaultYear) {
        if (raw == null || raw.isBlank()) {
            return defaultYear;
        }
        int year;
        try {
            year = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + field + "' bir yıl olmalıdır (ör. 2025), gelen değer: '" + abbreviate(raw) + "'.");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(field, "'" + field + "' " + MIN_YEAR + " ile " + MAX_YEAR + " arasında olmalıdır, gelen değer: " + year + ".");
        }
        return year;
    }

    static int population(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' alanı zorunludur (yabancı nüfus, sıfır ya da pozitif tam sayı).");
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + field + "' tam sayı olmalıdır, gelen değer: '" + abbreviate(raw) + "'.");
        }
        if (value < 0) {
            throw new InvalidInputException(field, "'" + field + "' negatif olamaz (yabancı nüfus sıfır ya da pozitif olmalıdır).");
        }
        if (value > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, "'" + field + "' çok büyük.");
        }
        return (int) value;
    }

    static boolean bool(String raw, String field, boolean defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "'" + field + "' true ya da false olmalıdır, gelen değer: '" + abbreviate(raw) + "'.");
        };
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
