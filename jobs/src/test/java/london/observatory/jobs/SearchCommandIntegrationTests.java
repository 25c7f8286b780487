package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.jobs.ObservatoryRun.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code observatory search} on a published release: ranked answers, postcodes, JSON, and its exit codes. */
class SearchCommandIntegrationTests {

    @TempDir
    static Path dataDir;

    @TempDir
    Path empty;

    @BeforeAll
    static void publish() {
        assertThat(ObservatoryRun.defaultRun(dataDir, "fingertips-self-harm-admissions")
                        .exitCode())
                .isZero();
    }

    @Test
    void plainWordsAndAMisspeltBoroughFindTheOfficialIndicatorAndThePlace() {
        Answer answer = search("jobless", "lewsham", "--limit", "3");

        assertThat(answer.exitCode()).isZero();
        assertThat(answer.out()
                        .lines()
                        .filter(line -> line.matches(" ?\\d+  .*"))
                        .toList())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("indicator", "claimant-count"))
                .anySatisfy(line -> assertThat(line).contains("area", "E09000023", "Lewisham (lad)"));
        assertThat(answer.out()).contains("synonym: jobless → claimant count (title)", "spelling: lewsham → Lewisham");
    }

    @Test
    void aPostcodeOfTheDirectoryAnswersWithItsLsoaWardAndBorough() {
        // a fictional postcode of the sample directory (data-samples/postcodes)
        Answer answer = search("NW3 9MM", "--json");

        JsonNode json = JsonMapper.shared().readTree(answer.out());
        List<String> codes = new ArrayList<>();
        json.get("results").forEach(result -> codes.add(result.get("id").asString()));
        assertThat(codes).startsWith("E01000842", "E05013652", "E09000007");
        assertThat(json.get("results").get(0).get("matched").get(0).asString())
                .isEqualTo("postcode: NW3 9MM → E01000842");
        assertThat(json.get("release").asString()).matches("\\d{8}T\\d{9}Z");
    }

    @Test
    void aBadRequestIsOneLineAndExit64() {
        Answer badLimit = search("camden", "--limit", "0");
        Answer unknownRelease = search("camden", "--release", "19990101T000000000Z");

        assertThat(badLimit.exitCode()).isEqualTo(64);
        assertThat(badLimit.err().lines()).containsExactly("limit must be 1 to 100, not 0");
        assertThat(unknownRelease.exitCode()).isEqualTo(64);
        assertThat(unknownRelease.err().lines())
                .singleElement()
                .asString()
                .startsWith("--release: no release 19990101T000000000Z in ");
    }

    @Test
    void withNoReleaseYetItSaysToRunTheNightlyFirstAndExits66() {
        Answer answer = run(empty, "search", "camden");

        assertThat(answer.exitCode()).isEqualTo(66);
        assertThat(answer.err().lines())
                .containsExactly("no release in " + empty.resolve("releases")
                        + "; run `observatory nightly` first, or set --observatory.data-dir");
    }

    private static Answer search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return run(dataDir, all.toArray(String[]::new));
    }

    private static Answer run(Path dataDir, String... args) {
        return ObservatoryRun.read(dataDir, args);
    }
}
