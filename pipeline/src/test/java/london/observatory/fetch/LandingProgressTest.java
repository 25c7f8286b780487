package london.observatory.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The bytes a fetch lands are told to the listener of the thread fetching, as they land, and to no other. */
class LandingProgressTest {

    private static final Instant FETCHED_AT = Instant.parse("2026-12-07T02:30:00Z");
    private static final int BODY_BYTES = 300_000;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    @Test
    void aBodyOverHttpIsToldABufferAtATimeAndAddsUpToTheBytesLanded() {
        server.stubFor(get(urlPathEqualTo("/big.csv")).willReturn(aResponse().withBody(new byte[BODY_BYTES])));
        List<Long> buffers = new ArrayList<>();

        FetchResult result = LandingProgress.reportingTo(
                buffers::add, () -> fetcher().fetch("feed", FETCHED_AT, onePage(server.baseUrl() + "/big.csv")));

        assertThat(result.manifest().totalBytes()).isEqualTo(BODY_BYTES);
        assertThat(buffers.stream().mapToLong(Long::longValue).sum()).isEqualTo(BODY_BYTES);
        assertThat(buffers).hasSizeGreaterThan(1); // as it lands, not once at the end
    }

    @Test
    void aFileUrlIsCountedLikeAResponse() throws Exception {
        Path source = Files.writeString(dataDir.resolve("source.csv"), "code,value\nE09000001,10\n");
        long[] landed = {0};

        LandingProgress.reportingTo(
                bytes -> landed[0] += bytes,
                () -> fetcher().fetch("feed", FETCHED_AT, onePage(source.toUri().toString())));

        assertThat(landed[0]).isEqualTo(24);
    }

    @Test
    void outsideTheCallNothingIsToldAndAnOuterListenerIsBackAfterAnInnerOne() throws Exception {
        Path source = Files.writeString(dataDir.resolve("source.csv"), "code,value\n");
        long[] outer = {0};
        long[] inner = {0};

        LandingProgress.reportingTo(bytes -> outer[0] += bytes, () -> {
            LandingProgress.reportingTo(bytes -> inner[0] += bytes, () -> copy(source, "inner.csv"));
            return copy(source, "outer.csv");
        });
        copy(source, "after.csv");

        assertThat(inner[0]).isEqualTo(11);
        assertThat(outer[0]).isEqualTo(11);
    }

    private Fetcher fetcher() {
        return new Fetcher(
                dataDir,
                new HttpGetter(Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.systemUTC()),
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    }

    private StreamingSha256.Digested copy(Path source, String target) {
        try (InputStream in = Files.newInputStream(source)) {
            return StreamingSha256.copy(in, dataDir.resolve(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PageSequence onePage(String url) {
        return new PageSequence() {
            @Override
            public String firstUrl() {
                return url;
            }

            @Override
            public Optional<String> next(Path landedPage) {
                return Optional.empty();
            }
        };
    }
}
