package tr.gov.goc.kurul.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tr.gov.goc.kurul.support.KurulProcess;

/** Runs {@link NationalYearBenchmark} in a JVM of its own (its start time and heap are part of what it measures). */
final class BenchmarkProcess {

    private BenchmarkProcess() {
    }

    /** The java launcher of the running JVM: the benchmark and its mail server run on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int run(List<String> args, Path log, long timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(),
                "-Xmx2g", "-Duser.timezone=Europe/Istanbul", "-Dfile.encoding=UTF-8"));
        // e.g. a flight recording to profile the run (BENCHMARKS.md, "How to profile")
        String extra = System.getProperty("kurul.benchmark.jvm-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", KurulProcess.classPath(), NationalYearBenchmark.class.getName()));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        // started in target/: the project's own processes/ and forms/ folders must not be found a second time
        Process process = new ProcessBuilder(command).directory(Path.of("target").toFile())
                .redirectErrorStream(true).redirectOutput(log.toAbsolutePath().toFile()).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Kıyaslama " + timeoutMinutes + " dakikada bitmedi; günlük: " + log);
        }
        return process.exitValue();
    }
}
