package london.observatory.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.lineage.RunRecord;
import london.observatory.lineage.SampleRecordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A feed's {@code runs} row masks its URL and message by the feed's rule, the parameters its descriptor names in
 * {@code source.secretParameters} included, whatever path the text came by (here: a failure that reached the row
 * before any request was recorded, so the row names the descriptor's URL).
 */
class FeedRunMaskingTest {

    private static final String FEED = "camden-housing-register";
    private static final Instant AT = Instant.parse("2026-01-10T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theRunsRowMasksUserinfoDefaultAndDescriptorNamedParameters() throws Exception {
        FeedDescriptor feed =
                descriptorWithSecretParameter("https://u1:p1@drops.example.org/c.csv?Borough-Pass=BP1&sig=S1");
        FeedRun run = new FeedRun(feed, "run-1", AT, new SampleRecordings(dir));

        RunRecord row = run.finish(
                        RunRecord.Outcome.FAILED,
                        "GET https://u1:p1@drops.example.org/c.csv?Borough-Pass=BP1&sig=S1 returned 500",
                        AT.plusSeconds(5))
                .run();

        assertThat(row.sourceUrl()).isEqualTo("https://***@drops.example.org/c.csv?Borough-Pass=***&sig=***");
        assertThat(row.message())
                .isEqualTo("GET https://***@drops.example.org/c.csv?Borough-Pass=***&sig=*** returned 500");
    }

    /** The shipped descriptor with a URL and {@code "secretParameters": ["borough-pass"]}, read (and schema-checked) from a file. */
    private FeedDescriptor descriptorWithSecretParameter(String url) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode tree;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FeedCatalog.FOLDER + FEED + ".json")) {
            tree = (ObjectNode) json.readTree(in);
        }
        ObjectNode source = (ObjectNode) tree.get("source");
        source.put("url", url);
        source.putArray("secretParameters").add("borough-pass");
        Path file = dir.resolve(FEED + ".json");
        Files.writeString(file, json.writeValueAsString(tree));
        return Descriptors.read(file);
    }
}
