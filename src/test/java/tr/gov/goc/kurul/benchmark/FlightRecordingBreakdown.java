package tr.gov.goc.kurul.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the benchmark's year goes (BENCHMARKS.md "How to profile"): reads a flight recording of
 * {@link NationalYearBenchmark} made with {@code socket-threshold=0ms} and prints, for the days lived by the
 * {@code Autopilot} on each side, the main thread's waits on MariaDB and on SMTP, the SMTP waits by command, Kurul's
 * own methods by their database waits, and Kurul's methods by CPU samples (inclusive).
 *
 * <pre>java -cp target/test-classes tr.gov.goc.kurul.benchmark.FlightRecordingBreakdown target/benchmark/run.jfr</pre>
 */
public final class FlightRecordingBreakdown {

    private static final String KURUL = "tr.gov.goc.kurul.";
    private static final int MARIADB_PORT = 3306;

    /** Count and milliseconds of one kind of wait. */
    private static final class Tally {
        long count;
        double millis;

        void add(RecordedEvent event) {
            count++;
            millis += event.getDuration().toNanos() / 1e6;
        }
    }

    private final Map<String, Tally> waits = new HashMap<>();
    private final Map<String, Tally> smtpCommands = new HashMap<>();
    private final Map<String, Tally> kurulDatabaseWaits = new HashMap<>();
    private final Map<String, Integer> kurulCpu = new HashMap<>();
    private int kurulSamples;

    public static void main(String[] args) throws IOException {
        FlightRecordingBreakdown breakdown = new FlightRecordingBreakdown();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                breakdown.accept(recording.readEvent());
            }
        }
        breakdown.print();
    }

    private void accept(RecordedEvent event) {
        String type = event.getEventType().getName();
        if (event.getStackTrace() == null) {
            return;
        }
        List<String> frames = event.getStackTrace().getFrames().stream().map(FlightRecordingBreakdown::name).toList();
        String side = side(frames);
        if (side == null) {
            return;
        }
        if (type.equals("jdk.SocketRead") || type.equals("jdk.SocketWrite")) {
            boolean database = event.getInt("port") == MARIADB_PORT;
            waits.computeIfAbsent(side + (database ? " MariaDB " : " SMTP ") + type.substring(4), k -> new Tally()).add(event);
            if (!database && type.equals("jdk.SocketRead")) {
                smtpCommands.computeIfAbsent(smtpCommand(frames), k -> new Tally()).add(event);
            }
            if (database && side.equals("Kurul")) {
                frames.stream().filter(FlightRecordingBreakdown::isKurulCode).findFirst()
                        .ifPresent(method -> kurulDatabaseWaits.computeIfAbsent(method, k -> new Tally()).add(event));
            }
        } else if (type.equals("jdk.ExecutionSample") && side.equals("Kurul")) {
            kurulSamples++;
            Set<String> counted = new HashSet<>();
            frames.stream().filter(FlightRecordingBreakdown::isKurulCode).filter(counted::add)
                    .forEach(method -> kurulCpu.merge(method, 1, Integer::sum));
        }
    }

    /** "Kurul" or "bare engine" while the Autopilot lives the days of that side; null for set-up and the rest. */
    private static String side(List<String> frames) {
        if (frames.stream().noneMatch(f -> f.endsWith("Autopilot.live") || f.endsWith("Autopilot.at"))) {
            return null;
        }
        if (frames.stream().anyMatch(f -> f.endsWith("NationalYearBenchmark.runKurul"))) {
            return "Kurul";
        }
        return frames.stream().anyMatch(f -> f.endsWith("NationalYearBenchmark.runBaseline")) ? "bare engine" : null;
    }

    private static String smtpCommand(List<String> frames) {
        return frames.stream().filter(f -> f.contains("SMTPTransport."))
                .filter(f -> !f.endsWith(".readServerResponse") && !f.endsWith(".simpleCommand") && !f.endsWith(".issueCommand")
                        && !f.endsWith(".issueSendCommand"))
                .findFirst().map(f -> f.substring(f.lastIndexOf('.') + 1)).orElse("other");
    }

    private static boolean isKurulCode(String frame) {
        return frame.startsWith(KURUL) && !frame.startsWith(KURUL + "support.") && !frame.startsWith(KURUL + "benchmark.")
                && !frame.contains("$$");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private void print() {
        System.out.println("== main thread socket waits while the days are lived (count, ms)");
        waits.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("%-40s %9d %10.0f%n", e.getKey(), e.getValue().count, e.getValue().millis));
        System.out.println("== SMTP waits by command (count, ms, ms each)");
        smtpCommands.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue().millis))
                .forEach(e -> System.out.printf("%-40s %9d %10.0f %8.2f%n", e.getKey(), e.getValue().count, e.getValue().millis,
                        e.getValue().millis / e.getValue().count));
        System.out.println("== Kurul's database waits by the innermost Kurul method (count, ms)");
        kurulDatabaseWaits.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue().millis)).limit(25)
                .forEach(e -> System.out.printf("%9d %10.0f  %s%n", e.getValue().count, e.getValue().millis, e.getKey()));
        System.out.printf("== Kurul's CPU samples by method, inclusive (of %d samples of the main thread)%n", kurulSamples);
        kurulCpu.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, kurulSamples), e.getKey()));
    }
}
