package london.observatory.connectors.statxplore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.Sleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:} base URLs: recorded responses stand in for the API, with no key and no network. */
class StatXploreRecordedTest {

    private static final String FIXTURE = "uc-conditionality-table.json";
    private static final Sleeper NEVER = duration -> {
        throw new AssertionError("recorded responses never wait, asked for " + duration);
    };

    @TempDir
    Path dir;

    @Test
    void singleFileIsTheTableResponseAndNeedsNoKey() throws Exception {
        Path recorded = StatXploreClientTest.fixturePath(FIXTURE);
        Path target = dir.resolve("landed.json");

        TableDownload landed = client(recorded.toUri().toString()).fetchTable("{\"ignored\":true}", target);

        byte[] expected = Files.readAllBytes(recorded);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        assertThat(landed)
                .isEqualTo(new TableDownload(
                        target,
                        expected.length,
                        StatXploreClientTest.sha256(expected),
                        recorded.toUri().toString()));
    }

    @Test
    void relativeFileUrlResolvesAgainstTheWorkingDirectory() throws Exception {
        // Surefire runs in the module folder, so this is the same fixture reached relatively.
        String relative = "file:src/test/resources/statxplore/" + FIXTURE;

        TableDownload landed = client(relative).fetchTable("{}", dir.resolve("landed.json"));

        assertThat(landed.bytes()).isEqualTo(Files.size(StatXploreClientTest.fixturePath(FIXTURE)));
    }

    @Test
    void directoryHoldsTableAndSchemasWhoseEtagIsTheirDigest() throws Exception {
        Path recording = Files.createDirectories(dir.resolve("recording/schema"));
        Files.copy(StatXploreClientTest.fixturePath(FIXTURE), dir.resolve("recording/table.json"));
        Files.copy(
                StatXploreClientTest.fixturePath("schema-uc-monthly.json"),
                recording.resolve("str:database:UC_Monthly.json"));
        StatXploreClient client = client(dir.resolve("recording").toUri().toString());

        TableDownload landed = client.fetchTable("{}", dir.resolve("landed.json"));
        SchemaCheck first = client.checkSchema("str:database:UC_Monthly", null);
        SchemaCheck second = client.checkSchema("str:database:UC_Monthly", first.etag());

        assertThat(landed.bytes()).isEqualTo(Files.size(dir.resolve("recording/table.json")));
        String digest =
                StatXploreClientTest.sha256(Files.readAllBytes(recording.resolve("str:database:UC_Monthly.json")));
        assertThat(first)
                .isEqualTo(new SchemaCheck(
                        true, "\"" + digest + "\"", StatXploreClientTest.fixture("schema-uc-monthly.json")));
        assertThat(second).isEqualTo(new SchemaCheck(false, "\"" + digest + "\"", null));
    }

    @Test
    void truncatedRecordingFailsClearlyAndLandsNothing() throws Exception {
        String whole = StatXploreClientTest.fixture(FIXTURE);
        Path recorded = Files.writeString(dir.resolve("cut.json"), whole.substring(0, 200));
        Path target = dir.resolve("landed.json");

        assertThatThrownBy(() -> client(recorded.toUri().toString()).fetchTable("{}", target))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("stat-xplore: recorded /table response " + recorded
                        + " is truncated or invalid JSON: Unexpected end-of-input");
        assertThat(target).doesNotExist();
    }

    @Test
    void missingRecordingFailsNamingIt() {
        Path missing = dir.resolve("nothing-here.json");

        assertThatThrownBy(() -> client(missing.toUri().toString()).fetchTable("{}", dir.resolve("landed.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "stat-xplore: recorded /table response " + missing + " cannot be read: NoSuchFileException");
    }

    private static StatXploreClient client(String baseUrl) {
        StatXploreSettings settings = new StatXploreSettings(
                baseUrl,
                "STATXPLORE_API_KEY",
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
                0,
                Duration.ZERO,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        return new StatXploreClient(settings, name -> null, NEVER, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }
}
