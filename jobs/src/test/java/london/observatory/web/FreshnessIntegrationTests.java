package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.testclock.SettableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/status} and {@code /actuator/health} on the README's run (made 7 December 2026), read by a server whose
 * clock the test moves on. The five monthly feeds of the open release expect their next release on 7 January 2027
 * and have a week's grace (lateAfterDays 7); the other fifteen expect nothing before March.
 */
class FreshnessIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MONTHLY = List.of(
            "camden-housing-register",
            "hackney-temporary-accommodation",
            "nomis-claimant-count",
            "southwark-council-tax-arrears",
            "statxplore-uc-conditionality");

    @Test
    void theMonthlyFeedsGoFromFreshToDueToLateAndHealthSaysLateWhileTheServerStaysReady() throws Exception {
        SettableClock clock = new SettableClock("2026-12-08T09:00:00Z");
        try (ServedObservatory server = ServedObservatory.serve(ServedObservatory.publishedDataDir(), clock)) {
            assertThat(states(server)).isEqualTo(Map.of("fresh", 20L));
            assertThat(health(server, "/actuator/health/readiness")
                            .path("status")
                            .asString())
                    .isEqualTo("UP");

            clock.set("2027-01-07T09:00:00Z"); // the expected release day: due, for a week
            assertThat(states(server)).isEqualTo(Map.of("fresh", 15L, "due", 5L));
            clock.set("2027-01-14T23:59:00Z");
            assertThat(states(server)).isEqualTo(Map.of("fresh", 15L, "due", 5L));

            clock.set("2027-01-15T00:00:00Z"); // the grace has passed
            assertThat(states(server)).isEqualTo(Map.of("fresh", 15L, "late", 5L));
            JsonNode claimants = feed(server, "nomis-claimant-count");
            assertThat(List.of(
                            claimants.path("expectedNextRelease").asString(),
                            claimants.path("lateAfterDays").asString(),
                            claimants.path("lateFrom").asString(),
                            claimants.path("daysLate").asString()))
                    .containsExactly("2027-01-07", "7", "2027-01-14", "8");

            for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
                HttpResponse<String> answer = server.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200); // late data are still served
                JsonNode health = JSON.readTree(answer.body());
                assertThat(health.path("status").asString()).as(path).isEqualTo("LATE");
                JsonNode freshness = health.path("components").path("freshness");
                assertThat(freshness.path("status").asString()).isEqualTo("LATE");
                assertThat(freshness.path("details").path("feeds").toString())
                        .isEqualTo("{\"fresh\":15,\"due\":0,\"late\":5,\"failing\":0}");
                assertThat(freshness.path("details").path("attention").propertyNames())
                        .containsExactlyElementsOf(MONTHLY);
                assertThat(health.path("components")
                                .path("release")
                                .path("details")
                                .path("release")
                                .asString())
                        .isEqualTo("20261207T023000000Z");
            }
            assertThat(health(server, "/actuator/health/liveness")
                            .path("status")
                            .asString())
                    .isEqualTo("UP");
        }
    }

    private static Map<String, Long> states(ServedObservatory server) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode feed : status(server).path("feeds")) {
            counts.merge(feed.path("state").asString(), 1L, Long::sum);
        }
        return counts;
    }

    private static JsonNode feed(ServedObservatory server, String id) throws Exception {
        for (JsonNode feed : status(server).path("feeds")) {
            if (feed.path("feed").asString().equals(id)) {
                return feed;
            }
        }
        throw new AssertionError("no feed " + id + " in /api/status");
    }

    private static JsonNode status(ServedObservatory server) throws Exception {
        return JSON.readTree(server.get("/api/status").body());
    }

    private static JsonNode health(ServedObservatory server, String path) throws Exception {
        return JSON.readTree(server.get(path).body());
    }
}
