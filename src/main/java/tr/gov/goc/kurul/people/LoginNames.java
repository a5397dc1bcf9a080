package tr.gov.goc.kurul.people;

import java.text.Normalizer;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tr.gov.goc.kurul.common.TurkishOrder;

/**
 * A user name for a person the registry gives a login without one typed (the liaison spreadsheet): "ad.soyad" in
 * lower-case ASCII (ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u), with 2, 3 … appended when it is taken — as the governorates'
 * own accounts are usually named.
 */
@Component
class LoginNames {

    private static final int MAX = 64;

    private final Predicate<String> free;

    @org.springframework.beans.factory.annotation.Autowired
    LoginNames(People people) {
        this(people::usernameFree);
    }

    LoginNames(Predicate<String> free) {
        this.free = free;
    }

    /** A free user name for this person; {@code alsoTaken} holds the names given earlier in the same batch. */
    String forPerson(String firstName, String lastName, Set<String> alsoTaken) {
        String first = fold(firstName);
        String last = fold(lastName);
        String base = first.isEmpty() || last.isEmpty() || first.length() + last.length() < 2 ? "kisi" + first + last : first + "." + last;
        base = base.length() > MAX - 3 ? base.substring(0, MAX - 3) : base;
        String candidate = base;
        for (int n = 2; alsoTaken.contains(candidate) || !free.test(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    static String fold(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(TurkishOrder.TURKISH)
                .replace('ç', 'c').replace('ğ', 'g').replace('ı', 'i').replace('ö', 'o').replace('ş', 's').replace('ü', 'u');
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]", "");
    }
}
