package tr.gov.goc.kurul.common;

/**
 * What Kurul accepts as a phone number (the Ek-2's "Telefon" column, people and institutions): digits, spaces,
 * +, (, ) and -, at most 30 characters. One rule for every place that takes a phone.
 */
public final class PhoneNumbers {

    /** For {@code @Pattern(regexp = …)} and {@link java.util.regex.Pattern#compile}. */
    public static final String PATTERN = "^[0-9 +()\\-]{0,30}$";
    public static final String MESSAGE = "Telefon yalnızca rakam, boşluk, +, (, ) ve - içerebilir (en fazla 30 karakter).";

    private PhoneNumbers() {
    }
}
