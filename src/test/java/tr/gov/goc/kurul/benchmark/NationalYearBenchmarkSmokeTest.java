package tr.gov.goc.kurul.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.goc.kurul.support.MariaDb;

/**
 * The benchmark's harness cannot rot: one province, December and January only, one run, in the MariaDB test run.
 * Figures are not judged here (BENCHMARKS.md holds the national run); only that both sides did the same work.
 */
@Tag("mariadb")
@ExtendWith(MariaDb.class)
class NationalYearBenchmarkSmokeTest {

    @Test
    void oneProvinceRunsOnKurulAndOnTheBareEngineWithTheSameWork() throws Exception {
        Path out = Path.of("target", "benchmark-smoke");
        int exit = BenchmarkProcess.run(List.of("--provinces=1", "--runs=1", "--until=2027-01-31", "--samples=20",
                "--database=" + MariaDb.DATABASE + "_bench", "--out=" + out.toAbsolutePath()), out.resolve("benchmark.log"), 20);
        assertThat(exit).as("see " + out.resolve("benchmark.log")).isZero();

        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve("national-year.json")));
        JsonNode kurul = report.get("kurulRuns").get(0);
        JsonNode baseline = report.get("baselineRuns").get(0);
        // the January meeting of Gaziantep and its sub-commission, agenda call and follow-up: dozens of tasks
        assertThat(kurul.get("tasks").asInt()).isGreaterThan(20);
        assertThat(baseline.get("tasks").asInt()).isEqualTo(kurul.get("tasks").asInt());
        assertThat(baseline.get("instances").asLong()).isEqualTo(kurul.get("instances").asLong());
        assertThat(baseline.get("jobs").asInt()).isGreaterThanOrEqualTo(kurul.get("jobs").asInt());
        assertThat(report.get("wallRatio").asDouble()).isPositive();
        assertThat(report.get("taskListP95Ms").asDouble()).isPositive();
        assertThat(report.get("startSecondsMedian").asDouble()).isPositive();
    }
}
