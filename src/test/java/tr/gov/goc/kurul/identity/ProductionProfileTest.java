package tr.gov.goc.kurul.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The mariadb (production) profile refuses to start without an administrator password, and says why in Turkish. */
class ProductionProfileTest {

    @Test
    void startUpStopsWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> new AdministratorPasswordRequired(""))
                .isInstanceOf(MissingAdministratorPasswordException.class)
                .hasMessageContaining("KURUL_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdministratorPasswordRequired("   ")).isInstanceOf(MissingAdministratorPasswordException.class);
        new AdministratorPasswordRequired("güçlü-parola");
    }

    @Test
    void theFailureIsExplainedInsteadOfAStackTrace() {
        MissingAdministratorPasswordException failure = new MissingAdministratorPasswordException();
        FailureAnalysis analysis = new MissingAdministratorPasswordFailureAnalyzer().analyze(new RuntimeException(failure));
        assertThat(analysis.getDescription()).contains("Yönetici parolası tanımlı değil");
        assertThat(analysis.getAction()).contains("KURUL_ADMIN_PASSWORD").contains("--spring.profiles.active=mariadb");
    }

    @Test
    void theProductionProfileHasNoDemoDataAndTakesThePasswordFromTheEnvironment() throws Exception {
        String profile = Files.readString(Path.of("src/main/resources/application-mariadb.yml"));
        assertThat(profile).contains("enabled: false").contains("password: ${KURUL_ADMIN_PASSWORD:}")
                .contains("url: ${DB_URL").contains("${DB_USER").contains("${DB_PASSWORD");
    }
}
