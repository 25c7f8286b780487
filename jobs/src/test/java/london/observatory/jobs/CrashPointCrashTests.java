package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import london.observatory.crash.CrashPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R2 and R14: a run killed with SIGKILL at each named crash point, then started again, publishes what an
 * uninterrupted run publishes: the same observations, areas, {@code runs} and {@code reconciliation}, both of the
 * data directory's database links on the same complete release, and nothing left in staging. Killed after its
 * publish is committed ({@link CrashPoint#AFTER_PUBLISH}), the release it made stays live. Not part of {@code
 * ./mvnw verify} (each case starts a JVM): {@code .ci/crash-tests} runs it.
 */
class CrashPointCrashTests {

    /** Small blocks and chunks, so the sample's 304 rows make 16 chunks in several Parquet parts. */
    private static final List<String> SMALL_CHUNKS =
            List.of("--observatory.ingest.block-rows=10", "--observatory.ingest.chunk-blocks=2");

    /** Which time at each point the run is killed: a later one where the point is reached several times. */
    private static final Map<CrashPoint, Integer> OCCURRENCE = Map.of(CrashPoint.MID_CHUNK, 3);

    private static final Map<String, String> COMPARED = new TreeMap<>(Map.of(
            "areas",
            "SELECT * FROM areas ORDER BY code",
            "runs",
            "SELECT feed, outcome, source_url, sha256, rows_read, rows_written, rows_quarantined FROM runs"
                    + " WHERE outcome <> 'unchanged' ORDER BY feed",
            "reconciliation",
            "SELECT feed, source_geography, status, reason, records, value, top_codes FROM reconciliation"
                    + " ORDER BY ALL"));

    @TempDir
    static Path uninterrupted;

    private static Map<String, List<String>> expected;

    @TempDir
    Path killed;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        ObservatoryRun.Outcome clean = ObservatoryRun.nightly(uninterrupted, SMALL_CHUNKS.toArray(String[]::new));
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        expected = published(uninterrupted);
        assertThat(expected.get("observations")).hasSize(308);
    }

    @ParameterizedTest(name = "R2: killed at {0}, then run again")
    @EnumSource(CrashPoint.class)
    void r2KilledAtACrashPointThenRunAgainPublishesWhatAnUninterruptedRunPublishes(CrashPoint point) throws Exception {
        SeparateJvm.Killed crash = SeparateJvm.killedAt(point, OCCURRENCE.getOrDefault(point, 1), killed, SMALL_CHUNKS);
        assertThat(crash.exitCode()).as(crash.output()).isEqualTo(137);

        ObservatoryRun.Outcome rerun = ObservatoryRun.nightly(killed, SMALL_CHUNKS.toArray(String[]::new));

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(published(killed)).isEqualTo(expected);
        assertThat(filesUnder(killed.resolve("staging"))).isEmpty();
    }

    private static Map<String, List<String>> published(Path dataDir) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        tables.put("observations", ObservatoryRun.observations(dataDir));
        for (Map.Entry<String, String> query : COMPARED.entrySet()) {
            tables.put(query.getKey(), ObservatoryRun.query(dataDir, query.getValue()));
        }
        tables.put(
                "open and full databases of one release",
                List.of(String.valueOf(releaseOf(dataDir, "observatory.duckdb")
                        .equals(releaseOf(dataDir, "observatory-open.duckdb")))));
        return tables;
    }

    private static Path releaseOf(Path dataDir, String link) throws IOException {
        return dataDir.resolve(link).toRealPath().getParent();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
