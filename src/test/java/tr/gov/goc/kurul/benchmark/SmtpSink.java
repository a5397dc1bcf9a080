package tr.gov.goc.kurul.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's mail server: GreenMail in a JVM of its own, as the environment's SMTP server is in
 * production, so the mails of a national year (tens of thousands, with the minutes' PDFs) neither fill Kurul's heap
 * nor count in it. Received mails are dropped every ten seconds. {@link #start()} runs it as a child process,
 * {@link #main} is that process.
 */
final class SmtpSink implements AutoCloseable {

    private final Process process;
    private final int port;

    private SmtpSink(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    int port() {
        return port;
    }

    /** Starts the sink on a free port of 127.0.0.1 and waits until it answers. */
    static SmtpSink start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(BenchmarkProcess.java(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), SmtpSink.class.getName(), String.valueOf(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        SmtpSink sink = new SmtpSink(process, port);
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return sink;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("SMTP sunucusu başlamadı (port " + port + ")");
                }
                Thread.sleep(100);
            }
        }
        sink.close();
        throw new IllegalStateException("SMTP sunucusu 30 saniyede yanıt vermedi (port " + port + ")");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        while (true) {
            TimeUnit.SECONDS.sleep(10);
            server.purgeEmailFromAllMailboxes();
        }
    }
}
