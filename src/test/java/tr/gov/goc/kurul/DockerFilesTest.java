package tr.gov.goc.kurul;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here: the docker files are kept right by checking what can be checked without one — the
 * compose file parses, names MariaDB (utf8mb4, READ COMMITTED), two Kurul nodes and a proxy, and takes every setting
 * from the environment; the image runs as a non-root user with an actuator health check; nginx keeps a browser on
 * one node (sticky sessions for the webapps) and knows both nodes.
 */
class DockerFilesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsMariaDbTwoNodesAndAProxyConfiguredFromTheEnvironment() throws Exception {
        Map<String, Object> services = services();
        assertThat(services).containsOnlyKeys("mariadb", "kurul-1", "kurul-2", "proxy");

        String profile = Files.readString(Path.of("src/main/resources/application-mariadb.yml"));
        for (String node : List.of("kurul-1", "kurul-2")) {
            Map<String, Object> kurul = (Map<String, Object>) services.get(node);
            Map<String, Object> environment = (Map<String, Object>) kurul.get("environment");
            assertThat(environment).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KURUL_ADMIN_PASSWORD",
                    "CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS");
            assertThat(environment.get("DB_URL").toString()).startsWith("jdbc:mariadb://mariadb:3306/");
            for (String variable : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KURUL_ADMIN_PASSWORD")) {
                assertThat(profile).contains("${" + variable);
            }
            // every secret comes from the environment of `docker compose`, none is written here
            assertThat(environment.get("DB_PASSWORD").toString()).startsWith("${DB_PASSWORD");
            assertThat(environment.get("KURUL_ADMIN_PASSWORD").toString()).startsWith("${KURUL_ADMIN_PASSWORD");
            // both nodes run the same image (same deployment on both: Camunda's homogeneous cluster)
            assertThat(kurul.get("image")).isEqualTo("kurul:latest");
        }
        Map<String, Object> first = (Map<String, Object>) services.get("kurul-1");
        Map<String, Object> build = (Map<String, Object>) first.get("build");
        assertThat(Path.of("docker").resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString())).exists();
        // the second node waits for the first to be healthy (one creates the schema, the other finds it)
        assertThat(((Map<String, Object>) ((Map<String, Object>) services.get("kurul-2")).get("depends_on")))
                .containsKey("kurul-1");

        Map<String, Object> mariadb = (Map<String, Object>) services.get("mariadb");
        assertThat((List<String>) mariadb.get("command")).contains("--character-set-server=utf8mb4",
                "--transaction-isolation=READ-COMMITTED");
        assertThat(((Map<String, Object>) mariadb.get("environment")).get("MARIADB_PASSWORD").toString()).startsWith("${DB_PASSWORD");

        Map<String, Object> proxy = (Map<String, Object>) services.get("proxy");
        assertThat(proxy.get("image").toString()).startsWith("nginx");
        assertThat((List<String>) proxy.get("volumes")).anyMatch(v -> v.startsWith("./nginx.conf:"));
    }

    @Test
    void theImageRunsTheJarAsANonRootUserWithAHealthCheck() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>kurul</artifactId>").contains("spring-boot-starter-actuator");
        assertThat(dockerfile).contains("target/kurul-*.jar").contains("--spring.profiles.active=mariadb")
                .contains("COPY processes processes").contains("COPY forms forms");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertThat(lastUser).as("the final USER").isNotNull().doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n?.*actuator/health");
        String application = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(application).containsPattern("include: .*health");
    }

    @Test
    void nginxKeepsABrowserOnOneNodeAndKnowsBothNodes() throws Exception {
        String nginx = Files.readString(Path.of("docker/nginx.conf"));
        assertThat(nginx).contains("ip_hash;").contains("server kurul-1:8080").contains("server kurul-2:8080")
                .contains("proxy_pass http://kurul;").contains("X-Forwarded-Proto");
        // balanced braces: a typo nginx would refuse at start-up
        assertThat(nginx.chars().filter(c -> c == '{').count()).isEqualTo(nginx.chars().filter(c -> c == '}').count());
        for (String line : nginx.split("\n")) {
            String code = line.replaceAll("#.*", "").trim();
            if (!code.isEmpty() && !code.endsWith("{") && !code.equals("}")) {
                assertThat(code).as("nginx directive ends with ';'").endsWith(";");
            }
        }
        assertThat(services()).containsKeys("kurul-1", "kurul-2");
    }
}
