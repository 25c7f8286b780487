package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import london.observatory.jobs.ObservatoryRun.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code observatory status} and {@code observatory history} on two nights of two feeds: on 7 December 2026 both are
 * ingested; on the 8th the claimant count is unchanged and the homelessness feed fails. The catalogue's 18 other
 * feeds have never run here, so they are due. Status is then read on later
 * days by a clock the test sets: the monthly claimant count expects its next release on 7 January 2027, with a week's
 * grace.
 */
class OperationsCommandsIntegrationTests {

    private static final String CLAIMANTS = "nomis-claimant-count";
    private static final String HOMELESSNESS = "datastore-homelessness-assessments";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void twoNights() {
        String feeds = CLAIMANTS + "," + HOMELESSNESS;
        ObservatoryRun.Outcome first = ObservatoryRun.defaultRun(at("2026-12-07T02:30:00Z"), dataDir, feeds);
        assertThat(first.exitCode()).as(first.output()).isZero();
        ObservatoryRun.Outcome second = ObservatoryRun.defaultRun(
                at("2026-12-08T02:30:00Z"),
                dataDir,
                feeds,
                "--observatory.feeds." + HOMELESSNESS + ".url="
                        + dataDir.resolve("gone.json").toUri());
        assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
    }

    @Test
    void statusSaysWhereEachFeedStandsOnTheDayTheClockSays() {
        Answer early = status("2026-12-09T09:00:00Z");
        assertThat(early.exitCode()).isZero();
        assertThat(early.out().lines().findFirst().orElseThrow())
                .endsWith(" on 2026-12-09 (UTC): 1 fresh, 18 due, 0 late, 1 failing");
        assertThat(row(early, CLAIMANTS))
                .containsExactly(
                        CLAIMANTS,
                        "fresh",
                        "2026-12-08",
                        "02:30",
                        "unchanged",
                        "2026-12-08",
                        "02:30",
                        "2027-01-07",
                        "2027-01-14");
        assertThat(row(early, HOMELESSNESS)).startsWith(HOMELESSNESS, "failing", "2026-12-08", "02:30", "failed");
        assertThat(early.out())
                .contains("\n    GET " + dataDir.resolve("gone.json").toUri());
        assertThat(early.out()).contains("SAMPLE DATA: ");

        Answer due = status("2027-01-10T09:00:00Z");
        assertThat(due.out().lines().findFirst().orElseThrow()).endsWith(": 0 fresh, 19 due, 0 late, 1 failing");

        Answer late = status("2027-01-20T09:00:00Z", "--check");
        assertThat(late.exitCode()).isEqualTo(1); // --check: a feed is late or failing
        assertThat(late.out().lines().findFirst().orElseThrow()).endsWith(": 0 fresh, 18 due, 1 late, 1 failing");
        assertThat(row(late, CLAIMANTS)).contains("late").endsWith("13", "days", "past", "expected");
    }

    @Test
    void statusAsJsonCarriesTheDatesAndTheReason() throws Exception {
        JsonNode status = JSON.readTree(status("2027-01-20T09:00:00Z", "--json").out());
        assertThat(status.path("today").asString()).isEqualTo("2027-01-20");
        assertThat(status.path("counts").toString()).isEqualTo("{\"fresh\":0,\"due\":18,\"late\":1,\"failing\":1}");
        JsonNode claimants = feed(status, CLAIMANTS);
        assertThat(List.of(
                        claimants.path("feed").asString(),
                        claimants.path("state").asString(),
                        claimants.path("lastSuccessAt").asString(),
                        claimants.path("expectedNextRelease").asString(),
                        claimants.path("lateFrom").asString(),
                        claimants.path("daysLate").asString()))
                .containsExactly(CLAIMANTS, "late", "2026-12-08T02:30:00Z", "2027-01-07", "2027-01-14", "13");
        JsonNode homelessness = feed(status, HOMELESSNESS);
        assertThat(homelessness.path("state").asString()).isEqualTo("failing");
        assertThat(homelessness.path("lastMessage").asString()).contains("gone.json");
    }

    @Test
    void historyListsEveryFeedsRunsNewestFirstWithCountsAndReasons() throws Exception {
        Answer all = ObservatoryRun.read(dataDir, "history");
        assertThat(all.exitCode()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("started (UTC)     feed");
        assertThat(lines.subList(1, 5).stream()
                        .map(l -> String.join(" ", Arrays.asList(l.split(" +")).subList(0, 4))))
                .containsExactly(
                        "2026-12-08 02:30 " + HOMELESSNESS + " failed",
                        "2026-12-08 02:30 " + CLAIMANTS + " unchanged",
                        "2026-12-07 02:30 " + HOMELESSNESS + " ingested",
                        "2026-12-07 02:30 " + CLAIMANTS + " ingested");
        assertThat(lines.get(4)).contains(" 9,670 ").contains(" 9,988 ");

        JsonNode one =
                JSON.readTree(ObservatoryRun.read(dataDir, "history", "--feed", HOMELESSNESS, "--last", "1", "--json")
                        .out());
        assertThat(one.path("runs").size()).isEqualTo(1);
        assertThat(one.path("runs").get(0).path("outcome").asString()).isEqualTo("failed");
        assertThat(one.path("runs").get(0).path("message").asString()).contains("gone.json");
        assertThat(one.path("scheduled").size()).isZero();

        Answer unknown = ObservatoryRun.read(dataDir, "history", "--feed", "no-such-feed");
        assertThat(unknown.exitCode()).isEqualTo(64);
        assertThat(unknown.err().lines()).hasSize(1);
    }

    @Test
    void bothSayInOneLineThatNothingHasRunYet(@TempDir Path empty) throws Exception {
        Files.createDirectories(empty);
        for (String command : List.of("status", "history")) {
            Answer answer = ObservatoryRun.read(empty, command);
            assertThat(answer.exitCode()).as(command).isEqualTo(66);
            assertThat(answer.err())
                    .as(command)
                    .isEqualTo("no run recorded in " + empty.toAbsolutePath().normalize()
                            + " yet: run observatory nightly first\n");
        }
    }

    private static Answer status(String now, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "status";
        System.arraycopy(options, 0, args, 1, options.length);
        return ObservatoryRun.read(dataDir, at(now), args);
    }

    private static List<String> row(Answer status, String feed) {
        String line = status.out()
                .lines()
                .filter(l -> l.startsWith(feed + " "))
                .findFirst()
                .orElseThrow();
        return Arrays.asList(line.trim().split(" +"));
    }

    private static JsonNode feed(JsonNode status, String id) {
        for (JsonNode feed : status.path("feeds")) {
            if (feed.path("feed").asString().equals(id)) {
                return feed;
            }
        }
        throw new AssertionError("no feed " + id);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
