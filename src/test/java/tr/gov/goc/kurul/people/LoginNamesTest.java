package tr.gov.goc.kurul.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The user names the liaison spreadsheet gives: "ad.soyad" in ASCII, never one already taken. */
class LoginNamesTest {

    @Test
    void turkishLettersAreFoldedAndSpacesDropped() {
        LoginNames names = new LoginNames(name -> true);
        assertThat(names.forPerson("Şükrü Çağrı", "Işıkoğlu", Set.of())).isEqualTo("sukrucagri.isikoglu");
        assertThat(names.forPerson("İpek", "Öztürk-Ünal", Set.of())).isEqualTo("ipek.ozturkunal");
        assertThat(names.forPerson("Âdem", "Gökçe", Set.of())).isEqualTo("adem.gokce");
    }

    @Test
    void aTakenNameGetsTheNextNumber() {
        Set<String> registry = Set.of("ali.yildiz", "ali.yildiz2");
        LoginNames names = new LoginNames(name -> !registry.contains(name));
        Set<String> batch = new HashSet<>();
        String first = names.forPerson("Ali", "Yıldız", batch);
        batch.add(first);
        assertThat(first).isEqualTo("ali.yildiz3");
        assertThat(names.forPerson("Ali", "Yıldız", batch)).as("twice in one file").isEqualTo("ali.yildiz4");
    }

    @Test
    void aNameWithoutLatinLettersStillGivesAValidUserName() {
        String name = new LoginNames(n -> true).forPerson("Ω", "Ж", Set.of());
        assertThat(name).isEqualTo("kisi");
    }
}
