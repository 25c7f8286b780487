package london.observatory.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What one GET makes of a body that stops before its Content-Length (the connection dropped mid-body). */
class HttpGetterTest {

    private static final String BODY = "code,value\nE09000001,10\nE09000002,20\n";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    private final HttpGetter http = new HttpGetter(Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.systemUTC());

    @Test
    void aWholeBodyIsLandedAsSent() throws Exception {
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .willReturn(aResponse().withStatus(200).withBody(BODY)));

        PageResponse response =
                http.get(URI.create(server.baseUrl() + "/data.csv"), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(response.bytes()).isEqualTo(BODY.length());
        assertThat(Files.readString(dir.resolve("p.csv"))).isEqualTo(BODY);
    }

    @Test
    void r7ABodyThatStallsAfterItsHeadersFailsAtTheReadTimeoutAndIsRetried() throws Exception {
        List<Duration> sleeps = new ArrayList<>();
        HttpGetter impatient = new HttpGetter(Duration.ofSeconds(5), Duration.ofMillis(300), Clock.systemUTC());
        try (StallingServer stalling = new StallingServer()) {
            String url = stalling.url() + "/data.csv?key=secret";

            assertThatThrownBy(() -> new RetryingGetter(
                                    impatient,
                                    new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(1)),
                                    sleeps::add)
                            .get("feed", url, HttpValidators.none(), dir.resolve("p.csv")))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining(
                            "read timeout: no bytes for 300 ms from GET " + stalling.url() + "/data.csv?key=***")
                    .hasMessageContaining("after 2 attempts")
                    .hasMessageNotContaining("secret");
            assertThat(stalling.requests()).isEqualTo(2);
        }
        assertThat(sleeps).hasSize(1);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /**
     * A server that sends its headers and the first line of a body it announces as longer, then nothing more until
     * closed: the stall a read timeout is for (WireMock's delays hold the headers back as well).
     */
    private static final class StallingServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0);
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        StallingServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket client = socket.accept();
                        open.add(client);
                        client.getInputStream().read(new byte[8192]); // the request
                        client.getOutputStream()
                                .write(("HTTP/1.1 200 OK\r\nContent-Length: " + BODY.length() + "\r\n\r\ncode,value\n")
                                        .getBytes(StandardCharsets.US_ASCII));
                        client.getOutputStream().flush();
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://localhost:" + socket.getLocalPort();
        }

        int requests() {
            return open.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket client : open) {
                client.close();
            }
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAFailedAttemptNotAShortFile() {
        server.stubFor(get(urlPathEqualTo("/data.csv")).willReturn(cutShort()));

        assertThatThrownBy(() -> http.get(
                        URI.create(server.baseUrl() + "/data.csv"), HttpValidators.none(), dir.resolve("p.csv")))
                .isInstanceOf(IOException.class)
                .hasMessage("body cut short: 20 of the 37 bytes its Content-Length announced");
    }

    @Test
    void aCutBodyIsRetriedAndTheWholeOneLanded() throws Exception {
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .inScenario("cut")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("whole")
                .willReturn(cutShort()));
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .inScenario("cut")
                .whenScenarioStateIs("whole")
                .willReturn(aResponse().withStatus(200).withBody(BODY)));
        List<Duration> sleeps = new ArrayList<>();

        RetryingGetter.Answer answer = new RetryingGetter(
                        http, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1)), sleeps::add)
                .get("feed", server.baseUrl() + "/data.csv", HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(answer.attempts()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("p.csv"))).isEqualTo(BODY);
    }

    @Test
    void aBodyCutShortEveryTimeFailsWithOneLineSayingSo() {
        server.stubFor(get(urlPathEqualTo("/data.csv")).willReturn(cutShort()));
        RetryingGetter getter = new RetryingGetter(
                http, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1)), sleeps -> {});

        assertThatThrownBy(() ->
                        getter.get("feed", server.baseUrl() + "/data.csv", HttpValidators.none(), dir.resolve("p.csv")))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "feed: GET " + server.baseUrl() + "/data.csv failed: IOException body cut short: 20 of the 37 "
                                + "bytes its Content-Length announced after 3 attempts");
        server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/data.csv")));
    }

    /** The JDK client is made on first use (start-up cost); a timeout it would refuse still fails at once. */
    @Test
    void aConnectTimeoutTheClientWouldRefuseFailsWhenTheGetterIsMadeNotAtItsFirstGet() {
        assertThatThrownBy(() -> new HttpGetter(Duration.ZERO, Duration.ofSeconds(5), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid duration: PT0S");
        assertThatThrownBy(() -> new HttpGetter(Duration.ofSeconds(-1), Duration.ofSeconds(5), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGetterWithAnOriginHeaderStillFetchesWithTheClientMadeOnFirstUse() throws Exception {
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .willReturn(aResponse().withStatus(200).withBody(BODY)));
        HttpGetter keyed = http.withOriginHeader("X-Key", "k");

        keyed.get(URI.create(server.baseUrl() + "/data.csv"), HttpValidators.none(), dir.resolve("a.csv"));
        http.get(URI.create(server.baseUrl() + "/data.csv"), HttpValidators.none(), dir.resolve("b.csv"));

        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(BODY);
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(BODY);
        server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/data.csv")).withHeader("X-Key", equalTo("k")));
    }

    private static ResponseDefinitionBuilder cutShort() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Length", Integer.toString(BODY.length()))
                .withBody(BODY.substring(0, 20));
    }
}
