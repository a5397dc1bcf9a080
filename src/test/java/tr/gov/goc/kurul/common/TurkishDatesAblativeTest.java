package tr.gov.goc.kurul.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "…'den itibaren" as a Turkish reader says the year: the suffix follows its last spoken word. */
class TurkishDatesAblativeTest {

    @Test
    void theSuffixFollowsTheLastSpokenWordOfTheYear() {
        assertThat(TurkishDates.ablative(LocalDate.of(2027, 3, 1))).isEqualTo("01.03.2027'den"); // yedi
        assertThat(TurkishDates.ablative(LocalDate.of(2026, 11, 26))).isEqualTo("26.11.2026'dan"); // altı
        assertThat(TurkishDates.ablative(LocalDate.of(2025, 4, 5))).isEqualTo("05.04.2025'ten"); // beş
        assertThat(TurkishDates.ablative(LocalDate.of(2029, 1, 2))).isEqualTo("02.01.2029'dan"); // dokuz
        assertThat(TurkishDates.ablative(LocalDate.of(2040, 1, 2))).isEqualTo("02.01.2040'tan"); // kırk
        assertThat(TurkishDates.ablative(LocalDate.of(2030, 1, 2))).isEqualTo("02.01.2030'dan"); // otuz
        assertThat(TurkishDates.ablative(LocalDate.of(2020, 1, 2))).isEqualTo("02.01.2020'den"); // yirmi
        assertThat(TurkishDates.ablative(LocalDate.of(2000, 1, 2))).isEqualTo("02.01.2000'den"); // bin
    }
}
