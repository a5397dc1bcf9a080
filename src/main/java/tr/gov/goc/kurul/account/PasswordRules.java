package tr.gov.goc.kurul.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tr.gov.goc.kurul.common.InvalidInputException;

/**
 * What a password a person sets must be: at least 12 characters (at most 128), not containing the user name, not one of
 * the common passwords of {@code account/common-passwords.txt}, typed twice the same. Each refusal names its field.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String TOO_SHORT = "Parola en az " + MIN_LENGTH + " karakter olmalı.";
    static final String TOO_LONG = "Parola en fazla " + MAX_LENGTH + " karakter olabilir.";
    static final String CONTAINS_USERNAME = "Parola kullanıcı adınızı içeremez.";
    static final String COMMON = "Bu parola çok yaygın ve kolayca tahmin edilir; başka bir parola seçin.";
    static final String NOT_REPEATED = "İki parola aynı değil: parolayı ikinci kutuya da aynen yazın.";

    private static final Set<String> COMMON_PASSWORDS = load();

    private PasswordRules() {
    }

    static void check(String username, String password, String repeat) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", TOO_LONG);
        }
        String lower = lower(password);
        if (username != null && !username.isBlank() && lower.contains(lower(username))) {
            throw new InvalidInputException("password", CONTAINS_USERNAME);
        }
        if (COMMON_PASSWORDS.contains(lower)) {
            throw new InvalidInputException("password", COMMON);
        }
        if (!password.equals(repeat)) {
            throw new InvalidInputException("passwordRepeat", NOT_REPEATED);
        }
    }

    /** Lower case both ways (Turkish İ/ı and the ASCII I/i are folded alike), so "EDİRNE.SEKRETER" contains the user name. */
    private static String lower(String text) {
        return text.toLowerCase(Locale.forLanguageTag("tr")).replace('ı', 'i');
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt bulunamadı");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(PasswordRules::lower)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
