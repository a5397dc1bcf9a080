package tr.gov.goc.kurul.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/** A window of whole months within one year, e.g. February–March (R8.1). Written "2-3" in the policy data. */
public record MonthWindow(int startMonth, int endMonth) {

    public MonthWindow {
        if (startMonth < 1 || endMonth > 12 || startMonth > endMonth) {
            throw new IllegalArgumentException("Geçersiz ay aralığı: " + startMonth + "-" + endMonth);
        }
    }

    /** "2-3" or "5". */
    static MonthWindow parse(String token) {
        String[] parts = token.trim().split("-");
        if (parts.length == 1) {
            int month = Integer.parseInt(parts[0].trim());
            return new MonthWindow(month, month);
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("Geçersiz ay aralığı: " + token);
        }
        return new MonthWindow(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    LocalDate firstDay(int year) {
        return LocalDate.of(year, startMonth, 1);
    }

    LocalDate lastDay(int year) {
        return YearMonth.of(year, endMonth).atEndOfMonth();
    }

    YearMonth lastMonth(int year) {
        return YearMonth.of(year, endMonth);
    }
}
