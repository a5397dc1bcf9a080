package tr.gov.goc.kurul.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The national year, only with {@code mvn -Pbenchmark test}: 81 provinces, three runs, figures in
 * {@code target/benchmark/national-year.json} (see BENCHMARKS.md). Other arguments:
 * {@code -Dkurul.benchmark.args="--provinces=10 --runs=1"}.
 */
@Tag("benchmark")
class NationalYearBenchmarkRun {

    @Test
    void aNationalYear() throws Exception {
        String given = System.getProperty("kurul.benchmark.args", "--provinces=81 --runs=3");
        Path out = Path.of("target", "benchmark").toAbsolutePath();
        List<String> args = new java.util.ArrayList<>(Arrays.stream(given.trim().split("\\s+")).toList());
        args.add("--out=" + out);
        Path log = out.resolve("benchmark.log");
        assertThat(BenchmarkProcess.run(args, log, 600)).as("see " + log).isZero();
    }
}
