package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe of issue 14: a source file cut at a row boundary parses cleanly, so only the data tests see it. The
 * homelessness assessments' CSV loses the last 13 boroughs of its second quarter (the run's 132 rows would become
 * 106); the feed fails in one line, its published rows stay those of the first run, and the rest is published.
 */
class DataTestsIntegrationTests {

    private static final String FEED = "datastore-homelessness-assessments";
    private static final String FEEDS = FEED + ",datastore-personal-insolvency,fingertips-self-harm-admissions";
    private static final String CSV =
            "download/homelessness-statutory-borough/4b8d2f6a-0c1e-4a3b-9d5f-7e1a3c5b7d04/homelessness-a1-borough-2024.csv";

    @TempDir
    Path dataDir;

    @TempDir
    Path source;

    @Test
    void aFileCutAtARowBoundaryFailsTheFeedAndKeepsItsLastGoodRowsWhileTheOthersPublish() throws Exception {
        ObservatoryRun.Outcome first = ObservatoryRun.defaultRun(dataDir, FEEDS);
        assertThat(first.exitCode()).isZero();
        String byFeed = "SELECT feed, count(*), count(DISTINCT area_code), sum(value) FROM observations "
                + "GROUP BY feed ORDER BY feed";
        List<String> published = ObservatoryRun.query(dataDir, byFeed);
        assertThat(published).contains(FEED + "|132|33|51981.0");
        List<String> rowsOfTheFeed = ObservatoryRun.query(
                dataDir,
                "SELECT indicator_id, area_code, period, value, run_id FROM observations WHERE feed = '" + FEED
                        + "' ORDER BY ALL");
        Path datastore = copyOfTheDatastoreSample();
        List<String> lines = Files.readAllLines(datastore.resolve(CSV));
        assertThat(lines).hasSize(1 + 33 + 33);
        Files.write(datastore.resolve(CSV), lines.subList(0, 1 + 33 + 20)); // ends after a whole row

        ObservatoryRun.Outcome cut =
                ObservatoryRun.defaultRun(dataDir, FEEDS, "--observatory.feeds." + FEED + ".url=" + datastore.toUri());

        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.output().lines().filter(line -> line.startsWith("FAILED ")))
                .containsExactly("FAILED " + FEED + ": period quarter-2024-04-01 fell from 66 rows in 33 areas "
                        + "(last good) to 40 rows in 20 areas (rows -39.4%, areas -39.4%), more than its data tests "
                        + "allow (rows -5%, areas -2% at most; dataTests in its descriptor); the last good data stay");
        assertThat(ObservatoryRun.query(dataDir, byFeed)).isEqualTo(published);
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT indicator_id, area_code, period, value, run_id FROM observations WHERE feed = '" + FEED
                                + "' ORDER BY ALL"))
                .isEqualTo(rowsOfTheFeed);
        // the run published: its release is live, with every feed's runs row
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT feed, outcome FROM runs WHERE run_id = (SELECT max(run_id) FROM runs) ORDER BY feed"))
                .containsExactly(
                        FEED + "|failed",
                        "datastore-personal-insolvency|unchanged",
                        "fingertips-self-harm-admissions" + "|unchanged");
        assertThat(cut.output()).contains("published ");
    }

    /** data-samples/datastore (the dataset documents and their files), copied to where the test may cut it. */
    private Path copyOfTheDatastoreSample() throws Exception {
        Path sample = ObservatoryRun.repoRoot().resolve("data-samples/datastore");
        Path copy = source.resolve("datastore");
        try (Stream<Path> paths = Files.walk(sample)) {
            for (Path path : paths.toList()) {
                Path to = copy.resolve(sample.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return copy;
    }
}
