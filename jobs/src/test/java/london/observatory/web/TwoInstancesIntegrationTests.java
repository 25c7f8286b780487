package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * Scale out by adding instances: a second {@code observatory serve}, in a JVM of its own, on the same data directory
 * gives the same answers, byte for byte, as the first (the server keeps no state of its own).
 */
class TwoInstancesIntegrationTests {

    static final List<String> REQUESTS = List.of(
            "/api/search?q=depression%20camden",
            "/api/areas/E09000007",
            "/api/areas/E01000001/indicators/claimant-count",
            "/api/indicators",
            "/api/indicators/census-overcrowded",
            "/api/map/claimant-count?level=lsoa21",
            "/api/releases",
            "/api/status",
            "/api/extract?area=E09000007&theme=housing&format=csv",
            "/api/areas/E0100",
            "/api/nothing");

    @Test
    void twoServersOnOneDataDirectoryAnswerAlike() throws Exception {
        Path dataDir = ServedObservatory.publishedDataDir();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("observatory-second-serve-", ".log");
        Process second = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ObservatoryMain.class.getName(),
                        "serve",
                        "--server.port=" + port,
                        "--observatory.data-dir=" + dataDir,
                        "--observatory.base-dir=" + ObservatoryRun.repoRoot(),
                        "--logging.file.name=" + dataDir.resolve("logs/second-serve.log")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        try (ServedObservatory first = ServedObservatory.serve(dataDir)) {
            awaitUp(http, port, second, log);
            for (String request : REQUESTS) {
                HttpResponse<String> one = first.get(request);
                HttpResponse<String> two = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + request))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(two.statusCode()).as(request).isEqualTo(one.statusCode());
                assertThat(two.body()).as(request).isEqualTo(one.body());
                for (String header : List.of("X-Observatory-Release", "ETag", "Content-Type")) {
                    assertThat(two.headers().firstValue(header))
                            .as(request + " " + header)
                            .isEqualTo(one.headers().firstValue(header));
                }
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Until the second server answers (it starts in a few seconds; a minute at most). */
    private static void awaitUp(HttpClient http, int port, Process second, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            if (!second.isAlive()) {
                throw new AssertionError("the second server stopped: " + Files.readString(log));
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/releases"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                failures.add(notYet.getClass().getSimpleName());
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        throw new AssertionError("the second server did not answer within 60 s: " + Files.readString(log));
    }
}
