package tr.gov.goc.kurul.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tr.gov.goc.kurul.support.MariaDb;
import tr.gov.goc.kurul.support.TestClock;

/**
 * Kurul as Camunda's homogeneous cluster: application nodes as separate JVMs (this test's classpath, production
 * profile {@code mariadb}, job executor on) on one MariaDB database of their own. One test, in steps:
 * <ol>
 * <li>node A starts with the demo (board cycles: timers pending, tasks open), node B joins;</li>
 * <li>1,000 instances of a test process, each with one asynchronous job whose side effect is counted in a table,
 * are started through both nodes (as a load balancer would spread them);</li>
 * <li>half-way node A is killed with SIGKILL (jobs in flight, its acquisition locks held);</li>
 * <li>node B finishes the work once A's locks expire: every job ran exactly once (count = 1,000, duplicates 0);</li>
 * <li>node A restarts: the demo's cycles are all still there with the same open tasks and pending timers (nothing
 * lost, nothing duplicated), a timer fired through the restarted node moves its instance on, and A runs jobs again.</li>
 * </ol>
 * Figures go to {@code target/cluster-figures.txt} (quoted in docs/reliability.md).
 */
@Tag("mariadb")
class ClusterMariaDbTest {

    /** A person's start names its province (the administrator's too): the probe runs in Gaziantep's tenant. */
    static final String START = "{\"variables\":{\"plateCode\":{\"value\":27,\"type\":\"Integer\"}}}";

    static final int JOBS = 1000;
    static final String DATABASE = MariaDb.DATABASE + "_cluster";
    static final String URL = MariaDb.SERVER + DATABASE;
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Process> NODES = new ArrayList<>();

    @AfterAll
    static void stopNodes() {
        NODES.forEach(Process::destroyForcibly);
    }

    @Test
    void twoNodesRunEveryJobExactlyOnceAndSurviveTheKillOfOne() throws Exception {
        createDatabase();
        long t0 = System.currentTimeMillis();
        int portA = freePort();
        int portB = freePort();
        Process a = start("A", portA, true);
        awaitHealthy(portA, a);
        // the side-effect table, once Flyway has its (empty-at-start) schema
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE cluster_effect (id BIGINT AUTO_INCREMENT PRIMARY KEY, instance_id VARCHAR(64) NOT NULL, "
                    + "node VARCHAR(8) NOT NULL, at TIMESTAMP DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB");
        }
        Process b = start("B", portB, false);
        awaitHealthy(portB, b);
        long started = System.currentTimeMillis();

        // the demo's board cycles as node A left them: open tasks and pending timers
        Map<String, String> tasksBefore = rows("SELECT ID_, CONCAT(PROC_INST_ID_, '/', TASK_DEF_KEY_) FROM ACT_RU_TASK");
        Map<String, String> timersBefore = rows("SELECT ID_, CONCAT(COALESCE(PROCESS_INSTANCE_ID_, '-'), '/', COALESCE(DUEDATE_, '')) FROM ACT_RU_JOB WHERE TYPE_ = 'timer'");
        Map<String, String> instancesBefore = rows("SELECT ID_, PROC_DEF_ID_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL");
        assertThat(tasksBefore).as("open tasks of the demo cycles").isNotEmpty();
        assertThat(timersBefore).as("pending timers of the demo cycles").isNotEmpty();

        deployProbe(portB);
        // 1,000 instances through both nodes, four clients at a time
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> starts = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            starts.add(clients.submit(() -> {
                int done = 0;
                for (int i; (i = next.getAndIncrement()) < JOBS; ) {
                    int port = i % 2 == 0 ? portA : portB;
                    if (!a.isAlive()) {
                        port = portB;
                    }
                    HttpResponse<String> r = post(port, "/engine-rest/process-definition/key/clusterProbe/start", START);
                    if (r.statusCode() != 200) {
                        // node A died under this request: the balancer retries on B
                        r = post(portB, "/engine-rest/process-definition/key/clusterProbe/start", START);
                    }
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    done++;
                }
                return done;
            }));
        }
        // half-way through the jobs, node A is killed hard
        long killedAt = 0;
        int effectsAtKill = 0;
        while (System.currentTimeMillis() - started < 180_000) {
            int effects = count("SELECT COUNT(*) FROM cluster_effect");
            if (effects >= JOBS / 3 && next.get() >= JOBS / 2) {
                a.destroyForcibly(); // SIGKILL
                a.waitFor();
                killedAt = System.currentTimeMillis();
                effectsAtKill = effects;
                break;
            }
            Thread.sleep(100);
        }
        assertThat(killedAt).as("node A killed half-way").isPositive();
        int startedInstances = 0;
        for (Future<Integer> f : starts) {
            startedInstances += f.get();
        }
        clients.shutdown();
        int byAbeforeKill = count("SELECT COUNT(*) FROM cluster_effect WHERE node = 'A'");

        // node B finishes everything (after A's job locks expire)
        long deadline = System.currentTimeMillis() + 150_000;
        while (count("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RE_PROCDEF d ON j.PROCESS_DEF_ID_ = d.ID_ WHERE d.KEY_ = 'clusterProbe'") > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        long finished = System.currentTimeMillis();
        int effects = count("SELECT COUNT(*) FROM cluster_effect");
        int distinct = count("SELECT COUNT(DISTINCT instance_id) FROM cluster_effect");
        int duplicates = count("SELECT COUNT(*) FROM (SELECT instance_id FROM cluster_effect GROUP BY instance_id HAVING COUNT(*) > 1) d");
        int byB = count("SELECT COUNT(*) FROM cluster_effect WHERE node = 'B'");
        int probesLeft = count("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON e.PROC_DEF_ID_ = d.ID_ WHERE d.KEY_ = 'clusterProbe'");
        int probesEnded = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'clusterProbe' AND END_TIME_ IS NOT NULL");
        int incidents = count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        // a start whose answer was lost in the kill may have been retried: count the instances that exist
        int instances = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'clusterProbe'");
        assertThat(startedInstances).isEqualTo(JOBS);
        assertThat(instances).isBetween(JOBS, JOBS + 4);
        assertThat(duplicates).as("jobs run twice").isZero();
        assertThat(effects).as("side effects").isEqualTo(instances);
        assertThat(distinct).isEqualTo(instances);
        assertThat(probesLeft).isZero();
        assertThat(probesEnded).isEqualTo(instances);
        assertThat(incidents).isZero();
        assertThat(byAbeforeKill).as("node A worked before it was killed").isPositive();
        assertThat(byB).as("node B finished the rest").isGreaterThanOrEqualTo(JOBS - byAbeforeKill);

        // node A comes back: the board cycles are exactly as before the kill
        Process a2 = start("A2", portA, false);
        awaitHealthy(portA, a2);
        Map<String, String> tasksAfter = rows("SELECT ID_, CONCAT(PROC_INST_ID_, '/', TASK_DEF_KEY_) FROM ACT_RU_TASK");
        Map<String, String> timersAfter = rows("SELECT ID_, CONCAT(COALESCE(PROCESS_INSTANCE_ID_, '-'), '/', COALESCE(DUEDATE_, '')) FROM ACT_RU_JOB WHERE TYPE_ = 'timer'");
        Map<String, String> instancesAfter = rows("SELECT ID_, PROC_DEF_ID_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL");
        assertThat(tasksAfter).as("open tasks: none lost, none duplicated").isEqualTo(tasksBefore);
        assertThat(timersAfter).as("pending timers").isEqualTo(timersBefore);
        assertThat(instancesAfter).as("process instances").isEqualTo(instancesBefore);
        int taskDuplicates = count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK "
                + "GROUP BY PROC_INST_ID_, TASK_DEF_KEY_, EXECUTION_ID_ HAVING COUNT(*) > 1) d");
        assertThat(taskDuplicates).isZero();

        // every instance goes on: a pending timer fired through the restarted node moves its instance
        // (a timer of a running instance, the earliest due; timer start events have no instance)
        Map.Entry<String, String> firstTimer = timersBefore.entrySet().stream().filter(e -> !e.getValue().startsWith("-"))
                .min(Map.Entry.comparingByValue((x, y) -> x.substring(x.indexOf('/')).compareTo(y.substring(y.indexOf('/')))))
                .orElseThrow();
        String timer = firstTimer.getKey();
        String timerInstance = firstTimer.getValue().split("/")[0];
        HttpResponse<String> fired = post(portA, "/engine-rest/job/" + timer + "/execute", "");
        assertThat(fired.statusCode()).as(fired.body()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = '" + timer + "'")).isZero();
        int activitiesOfTimerInstance = count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = '" + timerInstance + "'");

        // and the restarted node runs jobs again, side by side with B
        deadline = System.currentTimeMillis() + 60_000;
        for (int i = 0; i < 50; i++) {
            assertThat(post(i % 2 == 0 ? portA : portB, "/engine-rest/process-definition/key/clusterProbe/start", START).statusCode()).isEqualTo(200);
        }
        while (count("SELECT COUNT(*) FROM cluster_effect") < instances + 50 && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertThat(count("SELECT COUNT(*) FROM cluster_effect")).isEqualTo(instances + 50);
        assertThat(count("SELECT COUNT(*) FROM (SELECT instance_id FROM cluster_effect GROUP BY instance_id HAVING COUNT(*) > 1) d")).isZero();
        int byA2 = count("SELECT COUNT(*) FROM cluster_effect WHERE node = 'A2'");

        String figures = String.join("\n",
                "nodes: A (demo) + B, same MariaDB database " + DATABASE,
                "start-up of A and B (sequential): " + (started - t0) / 1000 + " s",
                "asynchronous jobs: " + instances + " (" + JOBS + " starts; +50 after the restart)",
                "side effects when A was SIGKILLed: " + effectsAtKill + " (by A: " + byAbeforeKill + ")",
                "all " + JOBS + " jobs done " + (finished - killedAt) / 1000 + " s after the kill; by B in total: " + byB,
                "duplicates: " + duplicates + ", incidents: " + incidents,
                "board cycle instances before/after the kill: " + instancesBefore.size() + "/" + instancesAfter.size()
                        + " (process instances incl. called ones)",
                "open tasks before/after: " + tasksBefore.size() + "/" + tasksAfter.size()
                        + ", pending timers before/after: " + timersBefore.size() + "/" + timersAfter.size(),
                "timer fired through the restarted node: instance now has " + activitiesOfTimerInstance + " activity records",
                "jobs run by the restarted node A2: " + byA2 + " of 50",
                "total test time: " + (System.currentTimeMillis() - t0) / 1000 + " s");
        System.out.println("[kurul] küme denemesi:\n" + figures);
        Files.writeString(Path.of("target/cluster-figures.txt"), figures + "\n");
        a2.destroy();
        b.destroy();
    }

    // --- the nodes ---

    static Process start(String name, int port, boolean demo) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx400m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.timezone=Europe/Istanbul", "-Dfile.encoding=UTF-8", "-Dkurul.node=" + name,
                "-cp", System.getProperty("java.class.path"), "tr.gov.goc.kurul.KurulApplication",
                "--spring.profiles.active=mariadb",
                "--server.port=" + port,
                "--kurul.demo.enabled=" + demo, "--kurul.demo.meetings=planned", "--" + TestClock.property(),
                // a crashed node's job locks expire after 10 s here (production: see docs/reliability.md)
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                // the surefire class path names target/classes twice (booter manifest): one root is enough here
                "--camunda.bpm.deployment-resource-pattern[0]=classpath:processes/**/*.bpmn",
                "--camunda.bpm.deployment-resource-pattern[1]=classpath:processes/**/*.dmn",
                "--camunda.bpm.deployment-resource-pattern[2]=classpath:forms/**/*.form",
                "--logging.level.root=WARN");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DB_URL", URL);
        builder.environment().put("DB_USER", "root");
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().put("KURUL_ADMIN_PASSWORD", "admin");
        builder.environment().put("TZ", "Europe/Istanbul");
        File log = Path.of("target", "cluster-node-" + name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        Process process = builder.start();
        NODES.add(process);
        return process;
    }

    static void awaitHealthy(int port, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("node on port " + port + " died; see target/cluster-node-*.log").isTrue();
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("node on port " + port + " not healthy in 240 s");
    }

    static HttpResponse<String> post(int port, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", ADMIN);
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new FailedResponse(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The probe process, deployed through Camunda's REST API (multipart), as a modeller would. */
    static void deployProbe(int port) throws Exception {
        String boundary = "kurul" + System.nanoTime();
        byte[] bpmn = Files.readAllBytes(Path.of("src/test/resources/bpmn/cluster-probe.bpmn"));
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nkume-denemesi\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"cluster-probe.bpmn\"; filename=\"cluster-probe.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), bpmn, tail.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", ADMIN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    // --- the database ---

    static void createDatabase() {
        try (Connection c = DriverManager.getConnection(MariaDb.SERVER, "root", ""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(e);
            }
            Assumptions.abort("MariaDB 127.0.0.1:3306 erişilemiyor: " + e.getMessage());
        }
    }

    static int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Map<String, String> rows(String sql) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A request that found no node (connection refused / reset by the kill). */
    private record FailedResponse(IOException cause) implements HttpResponse<String> {
        public int statusCode() { return 599; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (x, y) -> true); }
        public String body() { return String.valueOf(cause); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
