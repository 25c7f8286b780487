package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.release.ReleaseLayout;
import london.observatory.web.release.ServedRelease;
import london.observatory.web.release.ServedReleases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serving while publishing: releases are published one after another while clients ask for an area and its extract;
 * every answer is wholly one release. Each release here names Camden after itself ({@code Camden r3}) in its own
 * databases, so an answer's content says which release it came from, and must agree with its
 * {@code X-Observatory-Release}.
 */
class ReleaseSwitchIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int RELEASES = 4;
    static final int CLIENTS = 4;

    @TempDir
    static Path baseDir;

    private static Path base;

    @TempDir
    Path dataDir;

    @Test
    void everyAnswerIsWhollyOneReleaseWhileReleasesSwitchUnderneath() throws Exception {
        Path base = baseRelease();
        publish(base, 0);
        List<String> mismatches = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        Semaphore answers = new Semaphore(0);
        try (ServedObservatory server = ServedObservatory.serve(dataDir)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean extracts = c % 2 == 1;
                running.add(clients.submit(() -> {
                    while (publishing.get()) {
                        ask(server, extracts, mismatches, answered);
                        answers.release();
                    }
                    return null;
                }));
            }
            for (int k = 1; k < RELEASES; k++) {
                String before = server.bean(ServedReleases.class).currentId().orElseThrow();
                publish(base, k);
                answers.drainPermits();
                awaitServed(server, id(k), before);
                answers.acquire(2 * CLIENTS); // the clients asked about twice each on the new release
            }
            publishing.set(false);
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
        }
        assertThat(mismatches).isEmpty();
        assertThat(answered.keySet()).as("answers came from several releases").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aRequestThatBeganOnAReleaseFinishesOnItAfterTheSwitch() throws Exception {
        Path base = baseRelease();
        publish(base, 0);
        try (ServedObservatory server = ServedObservatory.serve(dataDir)) {
            ServedReleases releases = server.bean(ServedReleases.class);
            ServedRelease inFlight = releases.lease().orElseThrow();

            publish(base, 1);
            releases.refresh();

            assertThat(releases.currentId()).contains(id(1));
            try (Connection c = inFlight.tier(false).database().connection();
                    Statement s = c.createStatement();
                    var r = s.executeQuery("SELECT name FROM areas WHERE code = 'E09000007'")) {
                r.next();
                assertThat(r.getString(1))
                        .as("the old release is still open for its request")
                        .isEqualTo("Camden r0");
            }
            inFlight.release();
            assertThatThrownBy(() -> inFlight.tier(false).database().connection())
                    .as("closed once its last request is done")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void ask(
            ServedObservatory server, boolean extract, List<String> mismatches, Map<String, AtomicInteger> answered)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = extract
                ? server.get("/api/extract?area=E09000007&indicator=claimant-count&format=csv")
                : server.get("/api/areas/E09000007");
        String release = answer.headers().firstValue("X-Observatory-Release").orElse("none");
        if (answer.statusCode() != 200) {
            mismatches.add(release + ": " + answer.statusCode() + " " + answer.body());
            return;
        }
        String expected = "Camden r" + release.substring(release.length() - 1);
        List<String> names = extract
                ? ServeApiIntegrationTests.column(answer.body(), "area_name")
                : List.of(JSON.readTree(answer.body()).path("area").path("name").asString());
        if (names.isEmpty() || !names.stream().allMatch(expected::equals)) {
            mismatches.add(
                    release + " answered with " + names.stream().distinct().toList());
        }
        answered.computeIfAbsent(release, r -> new AtomicInteger()).incrementAndGet();
    }

    private static void awaitServed(ServedObservatory server, String id, String before) {
        ServedReleases releases = server.bean(ServedReleases.class);
        releases.refresh(); // as the poller would, without waiting for it
        assertThat(releases.currentId()).as("switched from " + before).contains(id);
    }

    /** A small release to copy from: the made-up London's claimant count (Camden has five LSOAs there). */
    private static synchronized Path baseRelease() {
        if (base == null) {
            ObservatoryRun.Outcome run = ObservatoryRun.nightly(ServedObservatory.CLOCK, baseDir);
            assertThat(run.exitCode()).as(run.output()).isZero();
            ReleaseLayout layout = new ReleaseLayout(baseDir);
            base = layout.release(layout.latestId().orElseThrow());
        }
        return base;
    }

    static String id(int k) {
        return "20261207T0300000000Z-r" + k;
    }

    /** Publishes release {@code k} as the publisher does: built aside in full, then renamed into place. */
    private void publish(Path base, int k) throws IOException, SQLException {
        ReleaseLayout layout = new ReleaseLayout(dataDir);
        Path partial = layout.releases().resolve("." + id(k) + ".partial");
        copyTree(base, partial);
        for (String database : List.of(ReleaseLayout.OPEN, ReleaseLayout.FULL)) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + partial.resolve(database));
                    Statement s = c.createStatement()) {
                s.execute("UPDATE areas SET name = 'Camden r" + k + "' WHERE code = 'E09000007'");
            }
        }
        Files.move(partial, layout.release(id(k)), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                    // a release's databases have no write permission; this copy is rewritten before it goes live
                    copy.toFile().setWritable(true, true);
                }
            }
        }
    }
}
