package london.observatory.extract;

import static london.observatory.extract.FixtureDatabase.BARKING;
import static london.observatory.extract.FixtureDatabase.RELEASE;
import static london.observatory.extract.FixtureDatabase.lsoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refused request throws {@link ExtractRequestException} with one line naming the problem, and leaves
 * nothing in the output folder: no file, no Data Package, no temporary file.
 */
class ExtractValidationTest {

    @TempDir
    static Path dbDir;

    @TempDir
    Path out;

    private static Extractor extractor;

    @BeforeAll
    static void database() throws Exception {
        extractor = new Extractor(new ExtractSource(FixtureDatabase.create(dbDir), RELEASE), new ExtractLimits(3));
    }

    @Test
    void aMalformedAreaCode() throws Exception {
        assertRefused(ExtractRequest.builder().area(lsoa(1)).area("SW1A 1AA"), "malformed area code \"SW1A 1AA\"");
    }

    @Test
    void anAreaCodeTheReleaseDoesNotHave() throws Exception {
        assertRefused(ExtractRequest.builder().area("E01999999"), "area code E01999999 is not in this release's areas");
        assertRefused(
                ExtractRequest.builder().area("E01999999").area("E01999998").area(BARKING),
                "2 area codes are not in this release's areas: E01999998, E01999999");
    }

    @Test
    void anUnknownIndicatorOrTheme() throws Exception {
        assertRefused(
                ExtractRequest.builder().area(BARKING).indicator("rent-arrears"), "unknown indicator \"rent-arrears\"");
        assertRefused(
                ExtractRequest.builder().area(BARKING).theme("weather"),
                "unknown theme \"weather\" (themes: housing, jobs, population)");
    }

    @Test
    void aListLongerThanTheLimitCountsDistinctCodes() throws Exception {
        assertRefused(
                ExtractRequest.builder().areas(List.of(lsoa(1), lsoa(2), lsoa(3), lsoa(4))),
                "4 areas asked for; one extract takes at most 3");
        // Repeats are not areas: three distinct codes written five times are within the limit.
        extractor.write(
                ExtractRequest.builder()
                        .areas(List.of(lsoa(1), lsoa(2), lsoa(3), lsoa(2), lsoa(1)))
                        .build(),
                out.resolve("ok.csv"));
        assertThat(ExtractFiles.names(out)).containsExactly("ok.csv", "ok.datapackage.json");
    }

    @Test
    void anInvertedOrMalformedPeriodRange() throws Exception {
        assertRefused(
                ExtractRequest.builder().area(BARKING).from("2025-01").to("2024-12"),
                "period range inverted: from \"2025-01\" starts after to \"2024-12\" ends");
        assertRefused(
                ExtractRequest.builder().area(BARKING).from("2024-13"),
                "malformed period \"2024-13\": write YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD");
        assertRefused(ExtractRequest.builder().area(BARKING).to("last year"), "malformed period \"last year\"");
    }

    @Test
    void aTotalOverAreasThatOverlap() throws Exception {
        assertRefused(
                ExtractRequest.builder().area(BARKING).area(lsoa(4)).withTotal(),
                "E01000004 and E09000002 overlap (both cover LSOA E01000004), so a total would count it twice");
        assertRefused(
                ExtractRequest.builder().area("E05014000").area("E02000003").withTotal(),
                "E02000003 and E05014000 overlap (both cover LSOA E01000005)");
    }

    @Test
    void noAreaOrNoFormat() throws Exception {
        assertRefused(ExtractRequest.builder(), "no area given: name at least one area code");
        assertRefused(ExtractRequest.builder().area(BARKING).format(null), "no format given: csv, parquet or xlsx");
        assertThatThrownBy(() -> ExtractFormat.of("pdf"))
                .isInstanceOf(ExtractRequestException.class)
                .hasMessage("unknown format \"pdf\": csv, parquet or xlsx");
    }

    @Test
    void userTextInAMessageIsOneLineAndCutShort() throws Exception {
        String pasted = "E01000001\nE01000002" + "x".repeat(100);
        assertThatThrownBy(() ->
                        extractor.write(ExtractRequest.builder().area(pasted).build(), out.resolve("x.csv")))
                .isInstanceOf(ExtractRequestException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("\"E01000001 E01000002xxx")
                .hasMessageContaining("…\"");
    }

    @Test
    void anXlsxCannotHoldMoreRowsThanASheet() {
        assertThat(XlsxSink.MAX_DATA_ROWS).isEqualTo(1_048_573);
    }

    @Test
    void aFailedRequestLeavesAnEarlierExtractUntouched() throws Exception {
        Path file = out.resolve("keep.csv");
        extractor.write(ExtractRequest.builder().area(BARKING).build(), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> extractor.write(
                        ExtractRequest.builder().area("E01999999").build(), file))
                .isInstanceOf(ExtractRequestException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ExtractFiles.names(out)).containsExactly("keep.csv", "keep.datapackage.json");
    }

    private void assertRefused(ExtractRequest.Builder request, String message) throws Exception {
        for (ExtractFormat format : ExtractFormat.values()) {
            Path file = out.resolve("refused." + format.extension());
            ExtractRequest asked = request.build();
            ExtractRequest inFormat = new ExtractRequest(
                    asked.areaCodes(),
                    asked.themes(),
                    asked.indicatorIds(),
                    asked.from(),
                    asked.to(),
                    asked.total(),
                    asked.format() == null ? null : format);
            assertThatThrownBy(() -> extractor.write(inFormat, file))
                    .isInstanceOf(ExtractRequestException.class)
                    .hasMessageStartingWith(message);
            assertThatThrownBy(() -> extractor.validate(inFormat))
                    .isInstanceOf(ExtractRequestException.class)
                    .hasMessageStartingWith(message);
        }
        List<String> left = new ArrayList<>(ExtractFiles.names(out));
        left.removeIf(name -> name.startsWith("keep.") || name.startsWith("ok."));
        assertThat(left).as("files left by a refused request").isEmpty();
    }
}
