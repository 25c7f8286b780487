package london.observatory.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.jobs.cli.ObservatoryMain;

/** {@code observatory serve} in a JVM of its own, as an operator starts it, on a free port; stopped by close. */
public final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a server on {@code dataDir} with {@code jvmOptions} and {@code settings}, its console in {@code log},
     * and returns once it answers (a minute at most).
     */
    public static ServeProcess start(Path dataDir, Path log, List<String> jvmOptions, List<String> settings)
            throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ObservatoryMain.class.getName(),
                "serve",
                "--server.port=" + port,
                "--observatory.data-dir=" + dataDir,
                "--observatory.base-dir=" + ObservatoryRun.repoRoot(),
                // a test's server serves; only the schedule's own tests let it run the nightly job
                "--observatory.schedule.enabled=false"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServeProcess server = new ServeProcess(process, port, log);
        server.awaitUp();
        return server;
    }

    /** CPU time the server's process has used so far (all its threads). */
    public java.time.Duration cpu() {
        return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    private void awaitUp() throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped: " + Files.readString(log));
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/releases"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the server", e);
            }
        }
        close();
        throw new IllegalStateException("the server did not answer within 60 s: " + Files.readString(log));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
