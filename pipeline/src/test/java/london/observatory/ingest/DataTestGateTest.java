package london.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data tests on real Parquet partitions: a run's staged periods against the live partitions of the same
 * feed and periods (the last good data, before the swap), read with DuckDB.
 */
class DataTestGateTest {

    private static final String FEED = "datastore-homelessness-assessments";
    private static final String Q1 = "period=quarter-2024-01-01";
    private static final String Q2 = "period=quarter-2024-04-01";

    @TempDir
    Path dir;

    private final FeedDescriptor feed = Descriptors.read("observatory/feeds/" + FEED + ".json");

    @Test
    void aPeriodCutFrom33BoroughsTo20FailsWithTheCountsOfBothPartitions() throws Exception {
        Path live = dir.resolve("feed=" + FEED);
        Path staged = dir.resolve("staging");
        // two indicators per borough: 66 rows in 33 areas, in two part files as two workers write them
        boroughs(live.resolve(Q1).resolve("part-w0-00000.parquet"), 33);
        boroughs(live.resolve(Q2).resolve("part-w0-00001.parquet"), 33);
        boroughs(staged.resolve(Q1).resolve("part-w0-00000.parquet"), 20);
        boroughs(staged.resolve(Q1).resolve("part-w1-00000.parquet"), 13, 20);
        boroughs(staged.resolve(Q2).resolve("part-w0-00001.parquet"), 20);

        assertThatThrownBy(() -> DataTestGate.check(feed, staged, live))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("datastore-homelessness-assessments: period quarter-2024-04-01 fell from 66 rows in 33 "
                        + "areas (last good) to 40 rows in 20 areas (rows -39.4%, areas -39.4%), more than its data "
                        + "tests allow (rows -5%, areas -2% at most; dataTests in its descriptor); the last good "
                        + "data stay");
    }

    @Test
    void aFirstRunANewPeriodAndAnEmptyStagedPartitionPass() throws Exception {
        Path live = dir.resolve("feed=" + FEED);
        Path staged = dir.resolve("staging");
        boroughs(staged.resolve(Q1).resolve("part-w0-00000.parquet"), 1);

        assertThatCode(() -> DataTestGate.check(feed, staged, live)).doesNotThrowAnyException();

        boroughs(live.resolve(Q2).resolve("part-w0-00000.parquet"), 33);
        Files.createDirectories(staged.resolve(Q2)); // staged empty: dropped at commit, the live one stays

        assertThatCode(() -> DataTestGate.check(feed, staged, live)).doesNotThrowAnyException();
    }

    @Test
    void aDataDirectoryNamedWithGlobCharactersCountsOnlyItsOwnPartitions() throws Exception {
        // DuckDB reads each path as a glob: data* would also match the sibling dataX, whose period is larger.
        Path data = dir.resolve("data*");
        Path sibling = dir.resolve("dataX");
        for (Path root : new Path[] {data, sibling}) {
            boroughs(root.resolve("staging").resolve(Q1).resolve("part-w0-00000.parquet"), root == data ? 20 : 33);
            boroughs(root.resolve("feed=" + FEED).resolve(Q1).resolve("part-w0-00000.parquet"), root == data ? 20 : 33);
        }

        assertThatCode(() -> DataTestGate.check(feed, data.resolve("staging"), data.resolve("feed=" + FEED)))
                .doesNotThrowAnyException();
        Files.delete(data.resolve("staging").resolve(Q1).resolve("part-w0-00000.parquet"));
        boroughs(data.resolve("staging").resolve(Q1).resolve("part-w0-00000.parquet"), 10);
        assertThatThrownBy(() -> DataTestGate.check(feed, data.resolve("staging"), data.resolve("feed=" + FEED)))
                .hasMessageContaining("fell from 40 rows in 20 areas (last good) to 20 rows in 10 areas");
    }

    @Test
    void aDescriptorSayingDropsAreNormalLetsThePeriodFall() throws Exception {
        Path live = dir.resolve("feed=" + FEED);
        Path staged = dir.resolve("staging");
        boroughs(live.resolve(Q2).resolve("part-w0-00000.parquet"), 33);
        boroughs(staged.resolve(Q2).resolve("part-w0-00000.parquet"), 20);
        FeedDescriptor shrinking =
                withDataTests("{\"dropsAreNormal\": true, \"reason\": \"closed cases leave the list\"}");

        assertThatCode(() -> DataTestGate.check(shrinking, staged, live)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DataTestGate.check(withDataTests("{\"maxAreaDrop\": 0.5}"), staged, live))
                .hasMessageContaining("(rows -5%, areas -50% at most;");
        assertThatCode(() ->
                        DataTestGate.check(withDataTests("{\"maxRowDrop\": 0.4, \"maxAreaDrop\": 0.4}"), staged, live))
                .doesNotThrowAnyException();
    }

    /** Two rows (the feed's two indicators) for each of {@code count} boroughs from E09000001. */
    private static void boroughs(Path file, int count) throws Exception {
        boroughs(file, count, 0);
    }

    private static void boroughs(Path file, int count, int skip) throws Exception {
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT i AS indicator_id, printf('E09%06d', b) AS area_code FROM range(" + (skip + 1)
                    + ", " + (skip + count + 1) + ") t(b), (VALUES ('prevention'), ('relief')) v(i)) TO '" + file
                    + "' (FORMAT parquet)");
        }
    }

    private FeedDescriptor withDataTests(String block) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode descriptor;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("observatory/feeds/" + FEED + ".json")) {
            descriptor = (ObjectNode) json.readTree(in);
        }
        descriptor.set("dataTests", json.readTree(block));
        Path file = Files.createDirectories(dir.resolve("feeds")).resolve(FEED + ".json");
        Files.writeString(file, json.writeValueAsString(descriptor));
        return Descriptors.read(file);
    }
}
