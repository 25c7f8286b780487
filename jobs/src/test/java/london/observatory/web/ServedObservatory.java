package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import london.observatory.jobs.ObservatoryRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real {@code observatory serve} over a real release: the README's nightly run (every shipped feed on the samples,
 * plus one test feed whose exact counts are withheld from open outputs), made once per JVM, served on a free port.
 */
public final class ServedObservatory implements AutoCloseable {

    /** The token the tests' server accepts (only its SHA-256 is configured). */
    public static final String TOKEN = "test-token-7f3c2a9e1b";

    /** The test feed whose indicator only the full database holds. */
    public static final String WITHHELD = "southwark-council-tax-arrears-withheld";

    /** The clock of the run the release is made by. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:30:00Z"), ZoneOffset.UTC);

    private static Path published;

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedObservatory(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A data directory holding one release of the README's run, made on first use and shared by the JVM's tests. */
    public static synchronized Path publishedDataDir() throws IOException {
        if (published == null) {
            Path dir = temporaryDirectory("observatory-served-");
            Path feeds = ObservatoryRun.repoRoot().resolve("jobs/src/test/resources/web/feeds");
            ObservatoryRun.Outcome run =
                    ObservatoryRun.defaultRun(CLOCK, dir, ObservatoryRun.ALL_FEEDS, "--observatory.feeds-dir=" + feeds);
            assertThat(run.exitCode()).as(run.output()).isZero();
            published = dir;
        }
        return published;
    }

    /** Serves {@code dataDir} with the test token configured and {@code extra} settings. */
    public static ServedObservatory serve(Path dataDir, String... extra) {
        return serve(dataDir, null, extra);
    }

    /** The same with "now" set by {@code clock} (the feeds' states, the schedule); the system clock when null. */
    public static ServedObservatory serve(Path dataDir, Clock clock, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "serve",
                "--spring.main.web-application-type=servlet",
                "--server.port=0",
                "--observatory.data-dir=" + dataDir,
                "--observatory.base-dir=" + ObservatoryRun.repoRoot(),
                "--observatory.web.release-poll=100ms",
                "--observatory.web.tokens.tests=" + sha256(TOKEN),
                "--logging.file.name=" + dataDir.resolve("logs/serve.log")));
        if (Arrays.stream(extra).noneMatch(arg -> arg.startsWith("--observatory.schedule.enabled="))) {
            args.add("--observatory.schedule.enabled=false"); // a test's server serves; the schedule's tests say so
        }
        args.addAll(List.of(extra));
        SpringApplication application = new SpringApplication(ServeApplication.class);
        if (clock != null) {
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return new ServedObservatory(application.run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** A temporary folder removed, with everything in it, when the JVM ends (a release is about 20 MB). */
    public static Path temporaryDirectory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // the JVM is ending: what is left stays in the temporary folder
            }
        }));
        return dir;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
