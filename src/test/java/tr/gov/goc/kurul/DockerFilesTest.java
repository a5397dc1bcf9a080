package tr.gov.goc.kurul;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here: the docker files are kept right by checking what can be checked without one. */
class DockerFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeGivesKurulExactlyTheVariablesOfTheMariadbProfile() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("mariadb", "kurul");
        Map<String, Object> kurul = (Map<String, Object>) services.get("kurul");
        Map<String, Object> environment = (Map<String, Object>) kurul.get("environment");
        assertThat(environment).containsOnlyKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KURUL_ADMIN_PASSWORD");
        assertThat(environment.get("DB_URL").toString()).startsWith("jdbc:mariadb://mariadb:3306/");

        String profile = Files.readString(Path.of("src/main/resources/application-mariadb.yml"));
        for (String variable : environment.keySet()) {
            assertThat(profile).contains("${" + variable);
        }
        Map<String, Object> build = (Map<String, Object>) kurul.get("build");
        assertThat(Path.of("docker").resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString()))
                .exists();
    }

    @Test
    void theImageRunsTheJarThatMavenBuildsInTheProductionProfile() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>kurul</artifactId>");
        assertThat(dockerfile).contains("target/kurul-*.jar").contains("--spring.profiles.active=mariadb")
                .contains("COPY processes processes").contains("COPY forms forms");
    }
}
