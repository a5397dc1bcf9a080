package tr.gov.goc.kurul.benchmark;

import tr.gov.goc.kurul.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tr.gov.goc.kurul.KurulApplication;
import tr.gov.goc.kurul.support.Api;
import tr.gov.goc.kurul.demo.Autopilot;
import tr.gov.goc.kurul.support.TestClock;
import tr.gov.goc.kurul.support.WebappSession;
import tr.gov.goc.kurul.demo.TaskAnswers;

/**
 * A national year of Kurul on MariaDB against the bare Camunda engine doing the same amount of process
 * work, in the same run. Kurul: the provinces get their foreign populations (every other one at 20,000, the others at
 * 5,000, so about half meet four times), the yearly planning timer plans the year on 1 December, and the
 * {@link Autopilot} lives every day until the end of the next January, answering every task through the engine's
 * API. Baseline: a fresh bare engine (no Kurul, no Spring) runs a minimal diagram with as many process instances,
 * user tasks and jobs, lived through the same days. Reported: wall times and their ratio, SQL statements per
 * completed task (MariaDB's own counter), the p50/p95 of a liaison officer's Tasklist query (the REST call with
 * its filter) over the year's history, start time and heap after the year. Medians over {@code --runs}.
 *
 * <pre>java ... NationalYearBenchmark --provinces=81 --runs=3 --until=2028-01-31 --out=target/benchmark</pre>
 */
public final class NationalYearBenchmark {

    static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    static final int YEAR = 2027;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Options(int provinces, int runs, LocalDate until, Path out, String database, int samples) {
        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                given.put(kv[0], kv.length > 1 ? kv[1] : "true");
            }
            return new Options(Integer.parseInt(given.getOrDefault("provinces", "81")),
                    Integer.parseInt(given.getOrDefault("runs", "3")),
                    LocalDate.parse(given.getOrDefault("until", (YEAR + 1) + "-01-31")),
                    Path.of(given.getOrDefault("out", "target/benchmark")),
                    given.getOrDefault("database", "kurul_bench"),
                    Integer.parseInt(given.getOrDefault("samples", "200")));
        }
    }

    /** One measured run of one side. */
    record Run(String side, double startSeconds, double wallSeconds, long instances, int tasks, int jobs,
               long statements, double taskListP50Ms, double taskListP95Ms, double heapMiB) {
        double statementsPerTask() {
            return tasks == 0 ? 0 : (double) statements / tasks;
        }
    }

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Istanbul"));
        Options options = Options.parse(args);
        Files.createDirectories(options.out());
        List<Run> kurul = new ArrayList<>();
        List<Run> baseline = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            Run k = runKurul(options);
            kurul.add(k);
            baseline.add(runBaseline(options, k));
            System.out.printf("[kurul-bench] run %d: Kurul %.1f s, baseline %.1f s%n", run, k.wallSeconds(),
                    baseline.get(baseline.size() - 1).wallSeconds());
        }
        Map<String, Object> report = report(options, kurul, baseline);
        Path file = options.out().resolve("national-year.json");
        Files.writeString(file, JSON.writeValueAsString(report), StandardCharsets.UTF_8);
        System.out.println("[kurul-bench] " + JSON.writeValueAsString(report));
        System.out.println("[kurul-bench] written to " + file.toAbsolutePath());
        System.exit(0); // the Kurul contexts are closed; nothing else should keep the JVM
    }

    static Run runKurul(Options options) throws Exception {
        try (SmtpSink mailServer = SmtpSink.start()) {
            return runKurul(options, mailServer);
        }
    }

    private static Run runKurul(Options options, SmtpSink mailServer) throws Exception {
        recreate(options.database());
        Path staff = BenchmarkStaff.write(options.out().resolve("staff.yml"), options.provinces());
        String[] args = {"--spring.profiles.active=mariadb", "--DB_URL=" + SERVER + options.database(), "--DB_USER=root",
                "--DB_PASSWORD=", "--KURUL_ADMIN_PASSWORD=bench", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm.engine.context=OFF",
                "--kurul.demo.enabled=true", "--kurul.demo.meetings=none", "--" + TestClock.property(),
                // mails go to a mail server of their own process, as in production (the mariadb profile's SMTP settings)
                "--kurul.mail.embedded-smtp.enabled=false", "--SMTP_HOST=127.0.0.1", "--SMTP_PORT=" + mailServer.port(),
                "--kurul.demo.file=file:" + staff.toAbsolutePath()};
        // first start: schemas, reference data and the staff of every province (loaded like the demo), not timed
        new SpringApplication(KurulApplication.class).run(args).close();
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplication(KurulApplication.class).run(args);
        double startSeconds = (System.nanoTime() - started) / 1e9;
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            String liaison = BenchmarkStaff.slug(BenchmarkStaff.plates(options.provinces()).get(0)) + ".milli-egitim.asil";
            String filterId = taskListFilter(engine, liaison);

            Autopilot pilot = new Autopilot(engine, TaskAnswers.standard(), null);
            long statementsBefore = statements();
            long t0 = System.nanoTime();
            pilot.at(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0)); // the yearly planning timer (1 December)
            pilot.live(LocalDate.of(YEAR - 1, 12, 1), options.until());
            double wall = (System.nanoTime() - t0) / 1e9;
            long statements = statements() - statementsBefore;
            long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
            TestClock.reset();

            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            List<Double> latencies = taskListLatencies(port, liaison, filterId, options.samples());
            double heap = heapAfterGc();
            return new Run("kurul", startSeconds, wall, instances, pilot.completedTotal(), pilot.jobsRun(), statements,
                    percentile(latencies, 50), percentile(latencies, 95), heap);
        } finally {
            TestClock.reset();
            context.close();
        }
    }

    /**
     * The filter the liaison officer opens in Tasklist: "Kurumumun görevleri" when Kurul created it with the user,
     * otherwise one like it (the open tasks of the user's groups).
     */
    static String taskListFilter(ProcessEngine engine, String user) {
        Filter existing = engine.getFilterService().createFilterQuery().filterName("Kurumumun görevleri").filterOwner(user).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = engine.getFilterService().newTaskFilter("Kurumumun görevleri")
                .setOwner(user)
                .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().active());
        engine.getFilterService().saveFilter(filter);
        return filter.getId();
    }

    /**
     * The call Tasklist makes to list a filter's tasks — {@code POST /camunda/api/engine/engine/default/filter/{id}/list},
     * HAL, in the liaison officer's logged-in webapp session (as the browser: session cookie and XSRF header, no
     * password check per call) — timed on the client.
     */
    static List<Double> taskListLatencies(int port, String user, String filterId, int samples) {
        WebappSession session = WebappSession.login(port, user, "demo");
        String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        String path = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples + 20; i++) {
            long t = System.nanoTime();
            Api.Response response = session.postForHal(path, body);
            double ms = (System.nanoTime() - t) / 1e6;
            if (response.status() != 200) {
                throw new IllegalStateException("Görev listesi sorgusu başarısız: " + response);
            }
            if (i >= 20) { // the first calls warm the JIT and the connection pool
                millis.add(ms);
            }
        }
        return millis;
    }

    static Run runBaseline(Options options, Run kurul) throws Exception {
        String database = options.database() + "_base";
        recreate(database);
        long started = System.nanoTime();
        // the same pool and settings as Kurul's mariadb profile: Hikari, READ COMMITTED (ENGINE-12019), type mysql
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(SERVER + database);
        pool.setUsername("root");
        pool.setPassword("");
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(pool).setDatabaseType("mysql")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("baseline")
                .buildProcessEngine();
        double startSeconds = (System.nanoTime() - started) / 1e9;
        try {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource("benchmark/baseline.bpmn").deploy();
            Autopilot pilot = new Autopilot(engine, Map.of("Task_Baseline", (task, p) -> List.of(Map.of())), null);
            long statementsBefore = statements();
            long t0 = System.nanoTime();
            pilot.at(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0));
            startBaselineInstances(engine, kurul,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(YEAR - 1, 12, 1), options.until()));
            pilot.live(LocalDate.of(YEAR - 1, 12, 1), options.until());
            double wall = (System.nanoTime() - t0) / 1e9;
            long statements = statements() - statementsBefore;
            long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
            return new Run("baseline", startSeconds, wall, instances, pilot.completedTotal(), pilot.jobsRun(), statements,
                    0, 0, heapAfterGc());
        } finally {
            TestClock.reset();
            engine.close();
            pool.close();
        }
    }

    /** As many instances as Kurul ran, sharing Kurul's user tasks and jobs out evenly, their timers spread over the year. */
    static void startBaselineInstances(ProcessEngine engine, Run kurul, int periodDays) {
        long instances = Math.max(1, kurul.instances());
        for (int i = 0; i < instances; i++) {
            long tasks = kurul.tasks() / instances + (i < kurul.tasks() % instances ? 1 : 0);
            long jobs = kurul.jobs() / instances + (i < kurul.jobs() % instances ? 1 : 0);
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("tasks", tasks);
            variables.put("timers", Math.max(0, jobs - 1)); // the first wait is one of them
            // first timers spread over the period, early enough for the short ones after them to fire in it too
            variables.put("wait", "P" + (1 + i % Math.max(1, periodDays - 20)) + "D");
            engine.getRuntimeService().startProcessInstanceByKey("benchmarkBaseline", "base-" + i, variables);
        }
    }

    /** MariaDB's count of statements received by the server (all clients: run the benchmark on a quiet server). */
    static long statements() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    static void recreate(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> field) {
        return percentile(runs.stream().map(field::applyAsDouble).toList(), 50);
    }

    static Map<String, Object> report(Options options, List<Run> kurul, List<Run> baseline) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("provinces", options.provinces());
        report.put("runs", options.runs());
        report.put("period", (YEAR - 1) + "-12-01.." + options.until());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " CPU, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + System.getProperty("java.version"));
        double kurulWall = median(kurul, Run::wallSeconds);
        double baseWall = median(baseline, Run::wallSeconds);
        report.put("kurulWallSecondsMedian", kurulWall);
        report.put("baselineWallSecondsMedian", baseWall);
        report.put("wallRatio", baseWall == 0 ? 0 : kurulWall / baseWall);
        double kurulSql = median(kurul, Run::statementsPerTask);
        double baseSql = median(baseline, Run::statementsPerTask);
        report.put("kurulStatementsPerTask", kurulSql);
        report.put("baselineStatementsPerTask", baseSql);
        report.put("statementRatio", baseSql == 0 ? 0 : kurulSql / baseSql);
        report.put("taskListP50Ms", median(kurul, Run::taskListP50Ms));
        report.put("taskListP95Ms", median(kurul, Run::taskListP95Ms));
        report.put("startSecondsMedian", median(kurul, Run::startSeconds));
        report.put("heapAfterYearMiBMedian", median(kurul, Run::heapMiB));
        report.put("kurulRuns", kurul);
        report.put("baselineRuns", baseline);
        return report;
    }

    private NationalYearBenchmark() {
    }
}
