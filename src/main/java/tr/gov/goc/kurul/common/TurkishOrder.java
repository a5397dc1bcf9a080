package tr.gov.goc.kurul.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Turkish alphabetical order (Ç after C, I before İ, Ş after S …), the same on H2 and MariaDB. */
public final class TurkishOrder {

    public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private TurkishOrder() {
    }

    public static <T> Comparator<T> by(Function<T, String> key) {
        Collator collator = Collator.getInstance(TURKISH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(key, collator::compare);
    }
}
