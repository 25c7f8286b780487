package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.jobs.ObservatoryRun.Answer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code observatory extract} on a published release: postcodes, lists with a total, the open tier, exit codes. */
class ExtractCommandIntegrationTests {

    @TempDir
    static Path dataDir;

    @TempDir
    Path out;

    @BeforeAll
    static void publish() {
        assertThat(ObservatoryRun.defaultRun(dataDir, "nomis-claimant-count,camden-housing-register")
                        .exitCode())
                .isZero();
    }

    @Test
    void aPostcodeGivesItsLsoasRowsAndIsNotWrittenIntoTheFile() throws IOException {
        Path file = out.resolve("nw3.csv");

        Answer answer = extract(
                "--postcode", "NW3 9MM", "--indicator", "claimant-count", "--format", "csv", "--out", file.toString());

        assertThat(answer.exitCode()).as(answer.err()).isZero();
        List<CSVRecord> rows = read(file);
        assertThat(rows)
                .extracting(r -> r.get("area_code") + "|" + r.get("period"))
                .containsExactly("E01000842|2025-09", "E01000842|2025-10");
        assertThat(Files.readString(file) + Files.readString(out.resolve("nw3.datapackage.json")))
                .doesNotContain("NW3", "9MM");
    }

    @Test
    void onATerminalTheExtractSaysHowManyRowsItHasWrittenOnOneLine() {
        Answer answer = ObservatoryRun.read(
                dataDir,
                1,
                "extract",
                "--postcode",
                "NW3 9MM",
                "--indicator",
                "claimant-count",
                "--format",
                "csv",
                "--out",
                out.resolve("nw3.csv").toString());

        assertThat(answer.exitCode()).isZero();
        assertThat(answer.err())
                .isEqualTo("\rextract: 1 rows written\rextract: 2 rows written\rextract: 2 rows written"
                        + System.lineSeparator());
        assertThat(answer.out()).startsWith("wrote ").doesNotContain("rows written");
    }

    @Test
    void aListsTotalIsTheSumOfItsRowsAndTheSameRequestGivesTheSameBytes() throws IOException {
        Path areas = Files.writeString(out.resolve("footprint.txt"), "E01000842\nE01000001\nE01000842\nE01000002\n");
        Path first = out.resolve("first.csv");
        Path second = out.resolve("second.csv");

        extract(
                "--areas",
                areas.toString(),
                "--indicator",
                "claimant-count",
                "--from",
                "2025-10",
                "--total",
                "--format",
                "csv",
                "--out",
                first.toString());
        extract(
                "--areas",
                areas.toString(),
                "--indicator",
                "claimant-count",
                "--from",
                "2025-10",
                "--total",
                "--format",
                "csv",
                "--out",
                second.toString());

        List<CSVRecord> rows = read(first);
        double parts = rows.stream()
                .filter(r -> !r.get("area_level").equals("custom"))
                .mapToDouble(r -> Double.parseDouble(r.get("value")))
                .sum();
        assertThat(rows).hasSize(4); // three areas, the duplicate once, and the total
        assertThat(rows.get(3).get("area_level")).isEqualTo("custom");
        assertThat(Double.parseDouble(rows.get(3).get("value"))).isEqualTo(parts);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theCaseListsCountsAreOnlyTheirProtectedValues() throws IOException {
        Path file = out.resolve("camden.csv");

        extract(
                "--area",
                "E09000007",
                "--indicator",
                "camden-housing-register-applications",
                "--format",
                "csv",
                "--out",
                file.toString());

        assertThat(read(file))
                .extracting(r -> r.get("period") + "|" + r.get("flag"))
                .containsExactly("2024-01|perturbed", "2024-02|perturbed");
        assertThat(Files.readString(out.resolve("camden.datapackage.json"))).contains("cell-key-perturbation");
    }

    @Test
    void aBadRequestIsOneLineExit64AndWritesNothing() throws IOException {
        Answer malformed = extract(
                "--area",
                "E0900000X",
                "--format",
                "csv",
                "--out",
                out.resolve("a.csv").toString());
        Answer unknown = extract(
                "--area",
                "E09000007",
                "--indicator",
                "no-such-indicator",
                "--format",
                "csv",
                "--out",
                out.resolve("b.csv").toString());
        Answer inverted = extract(
                "--area",
                "E09000007",
                "--from",
                "2025-10",
                "--to",
                "2025-09",
                "--format",
                "csv",
                "--out",
                out.resolve("c.csv").toString());

        for (Answer answer : List.of(malformed, unknown, inverted)) {
            assertThat(answer.exitCode()).isEqualTo(64);
            assertThat(answer.err().lines()).hasSize(1);
        }
        assertThat(malformed.err()).startsWith("malformed area code \"E0900000X\"");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text.substring(1)))
                .getRecords();
    }

    private static Answer extract(String... args) {
        List<String> all = new ArrayList<>(List.of("extract"));
        all.addAll(List.of(args));
        return ObservatoryRun.read(dataDir, all.toArray(String[]::new));
    }
}
