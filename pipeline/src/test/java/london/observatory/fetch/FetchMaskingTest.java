package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed's URL credentials (userinfo, a default secret parameter, one its descriptor names) reach neither
 * {@code manifest.json}, nor the feed state, nor the failure message a fetch throws (which is also what the
 * retry warnings log).
 */
class FetchMaskingTest {

    private static final Instant AT = Instant.parse("2026-01-10T02:00:00Z");
    private static final List<String> SECRETS = List.of("reader", "pa55", "SIG-VALUE", "BOROUGH-PASS-VALUE");
    private static final String URL =
            "https://reader:pa55@drops.example.org/camden.csv?month=2026-01&sig=SIG-VALUE&borough-pass=BOROUGH-PASS-VALUE";
    private static final UrlMasker FEED_RULE = UrlMasker.standard().alsoHiding(List.of("borough-pass"));

    @TempDir
    Path dataDir;

    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void aLandedFetchWritesOnlyTheMaskedUrlToItsManifestAndState() throws IOException {
        PageGetter answers = (uri, conditional, target) -> {
            Files.writeString(target, "a,b\n1,2\n");
            return new PageResponse(200, "\"etag-1\"", null, null, 8, "digest");
        };

        FetchResult result =
                fetcher(answers).fetch("camden", FEED_RULE, AT, SingleFileLander.onePage(URL, "csv"), null);
        FeedStateStore states = new FeedStateStore(dataDir);
        states.save("camden", result.stateAfterCommit());

        String masked = "https://***@drops.example.org/camden.csv?month=2026-01&sig=***&borough-pass=***";
        assertThat(result.manifest().requests().get(0).url()).isEqualTo(masked);
        assertThat(result.stateAfterCommit().url()).isEqualTo(masked);
        assertThat(Files.readString(result.landingDir().resolve("manifest.json")))
                .contains(masked);
        assertNoSecretUnder(dataDir);
    }

    @Test
    void theSecondFetchMatchesTheMaskedStateAndAsksConditionally() {
        List<HttpValidators> asked = new ArrayList<>();
        PageGetter answers = (uri, conditional, target) -> {
            asked.add(conditional);
            if (conditional.etag() != null) {
                return new PageResponse(304, null, null, null, 0, null);
            }
            Files.writeString(target, "a,b\n1,2\n");
            return new PageResponse(200, "\"etag-1\"", null, null, 8, "digest");
        };
        FetchResult first = fetcher(answers).fetch("camden", FEED_RULE, AT, SingleFileLander.onePage(URL, "csv"), null);
        new FeedStateStore(dataDir).save("camden", first.stateAfterCommit());

        FetchResult second = fetcher(answers)
                .fetch("camden", FEED_RULE, AT.plusSeconds(86_400), SingleFileLander.onePage(URL, "csv"), null);

        assertThat(second.unchanged()).isTrue();
        assertThat(asked.get(1).etag()).isEqualTo("\"etag-1\"");
    }

    @Test
    void aFailedFetchMasksItsMessageAndItsFailedManifest() throws IOException {
        PageGetter failing = (uri, conditional, target) -> {
            throw new IOException("connection reset talking to " + uri);
        };

        FetchException failure = catchThrowableOfType(
                FetchException.class,
                () -> fetcher(failing).fetch("camden", FEED_RULE, AT, SingleFileLander.onePage(URL, "csv"), null));

        assertThat(failure.getMessage())
                .startsWith("camden: GET https://***@drops.example.org/camden.csv?month=2026-01&sig=***")
                .contains("after 2 attempts");
        SECRETS.forEach(secret -> assertThat(failure.getMessage()).doesNotContain(secret));
        assertThat(sleeps).hasSize(1);
        assertNoSecretUnder(dataDir);
    }

    @Test
    void aUrlThatDoesNotParseIsReportedMasked() {
        String broken = "https://reader:pa55@drops.example.org/camden file.csv?sig=SIG-VALUE";

        FetchException failure = catchThrowableOfType(
                FetchException.class,
                () -> fetcher((uri, c, t) -> null)
                        .fetch("camden", FEED_RULE, AT, SingleFileLander.onePage(broken, "csv"), null));

        assertThat(failure.getMessage())
                .isEqualTo("GET https://***@drops.example.org/camden file.csv?sig=*** is not a valid URL");
        assertThat(failure.getCause()).isNull();
    }

    private Fetcher fetcher(PageGetter http) {
        return new Fetcher(
                dataDir, http, new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps::add);
    }

    private void assertNoSecretUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                SECRETS.forEach(secret -> assertThat(text).as(file.toString()).doesNotContain(secret));
            }
        }
    }
}
