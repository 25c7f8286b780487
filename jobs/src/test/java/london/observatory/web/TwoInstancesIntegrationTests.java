package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scale out by adding instances: a second {@code observatory serve}, in a JVM of its own, on the same data directory
 * gives the same answers, byte for byte, as the first (the server keeps no state of its own).
 */
class TwoInstancesIntegrationTests {

    static final List<String> REQUESTS = List.of(
            "/api/search?q=depression%20camden",
            "/api/areas/E09000007",
            "/api/areas/E01000001/indicators/claimant-count",
            "/api/indicators",
            "/api/indicators/census-overcrowded",
            "/api/map/claimant-count?level=lsoa21",
            "/api/releases",
            "/api/status",
            "/api/extract?area=E09000007&theme=housing&format=csv",
            "/api/areas/E0100",
            "/api/nothing");

    @Test
    void twoServersOnOneDataDirectoryAnswerAlike() throws Exception {
        Path dataDir = ServedObservatory.publishedDataDir();
        HttpClient http = HttpClient.newHttpClient();
        try (ServedObservatory first = ServedObservatory.serve(dataDir);
                ServeProcess second = ServeProcess.start(
                        dataDir,
                        Files.createTempFile("observatory-second-serve-", ".log"),
                        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        List.of("--logging.file.name=" + dataDir.resolve("logs/second-serve.log")))) {
            for (String request : REQUESTS) {
                HttpResponse<String> one = first.get(request);
                HttpResponse<String> two = http.send(
                        HttpRequest.newBuilder(URI.create(second.base() + request))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(two.statusCode()).as(request).isEqualTo(one.statusCode());
                assertThat(two.body()).as(request).isEqualTo(one.body());
                for (String header : List.of("X-Observatory-Release", "ETag", "Content-Type")) {
                    assertThat(two.headers().firstValue(header))
                            .as(request + " " + header)
                            .isEqualTo(one.headers().firstValue(header));
                }
            }
        }
    }
}
