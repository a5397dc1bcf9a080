package tr.gov.goc.kurul.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Kurul started as a user starts it — {@code KurulApplication} in a JVM of its own, on the test class path, with
 * the given arguments and a port of its own; its console goes to a log file under {@code target/}.
 */
public final class KurulProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private KurulProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static KurulProcess start(String name, List<String> args) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "kurul-" + name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=Europe/Istanbul", "-Dfile.encoding=UTF-8", "-cp", classPath(),
                "tr.gov.goc.kurul.KurulApplication", "--server.port=" + port,
                // the surefire class path names target/classes twice (booter manifest): one root is enough here
                "--camunda.bpm.deployment-resource-pattern[0]=classpath:processes/**/*.bpmn",
                "--camunda.bpm.deployment-resource-pattern[1]=classpath:processes/**/*.dmn",
                "--camunda.bpm.deployment-resource-pattern[2]=classpath:forms/**/*.form"));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("target").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TZ", "Europe/Istanbul");
        return new KurulProcess(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Waits until the console shows a line the predicate accepts; fails if the process ends or the time is up. */
    public String awaitLog(Predicate<String> line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                for (String l : Files.readAllLines(log)) {
                    if (line.test(l)) {
                        return l;
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Kurul durdu; günlük: " + log);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Beklenen satır " + timeout.toSeconds() + " s içinde gelmedi; günlük: " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The test class path without empty or relative entries (they would resolve against the working folder). */
    public static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && Path.of(entry).isAbsolute())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
