package london.observatory.connectors.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Geography;
import london.observatory.mapping.MappedTable;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Fingertips "Download data" CSV as it really comes: 26 column names but 25 fields in every record (no
 * {@code Compared to goal} cell at all), CRLF records, an {@code Indicator Name} broken by a line feed inside
 * its quotes, and the area types {@code Country}, {@code Region}, {@code County & UA}. The rows are those of
 * the self-harm sample (England, London and the 33 boroughs, 2021/22 and 2022/23).
 */
class FingertipsDownloadTest {

    private static final String FIXTURE = "21001-download-data.csv";

    private final Geography geography = RepoFiles.madeUpGeography();
    private final FeedDescriptor feed = Descriptors.read("observatory/feeds/fingertips-self-harm-admissions.json");

    @TempDir
    Path dir;

    @Test
    void recordsShortOfTheHeaderOnlyByColumnsTheMappingDoesNotReadAreRead() throws Exception {
        MappedTable mapped = map(FingertipsCsvTest.fixture(FIXTURE));

        assertThat(mapped.bad).isEmpty();
        assertThat(mapped.observations).hasSize(66);
        assertThat(mapped.observations.stream().map(Observation::areaCode).distinct())
                .hasSize(33);
        assertThat(mapped.observations)
                .filteredOn(o -> o.value() == null)
                .extracting(Observation::areaCode)
                .containsExactly("E09000001", "E09000001");
        assertThat(mapped.reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(4); // England, London
    }

    @Test
    void theHeaderHasTwentySixNamesAndEachRecordTwentyFiveFields() throws Exception {
        try (FingertipsCsv csv =
                FingertipsCsv.open(feed.id(), FingertipsCsvTest.fixture(FIXTURE), null, feed.columnsRead())) {
            assertThat(csv.header()).hasSize(26).endsWith("Compared to goal");
            var first = csv.next();
            assertThat(first.cells()).hasSize(25);
            assertThat(first.cell(csv.position(FingertipsColumn.INDICATOR_NAME)))
                    .isEqualTo("Emergency Hospital Admissions for Intentional\nSelf-Harm");
            assertThat(first.cell(csv.position(FingertipsColumn.COMPARED_TO_GOAL)))
                    .isNull();
            assertThat(first.problem()).isNull();
            assertThat(csv.next().line()).isEqualTo(4); // each record spans two lines
        }
    }

    @Test
    void aRecordMissingAColumnTheMappingReadsIsStillCutShort() throws Exception {
        String text = Files.readString(FingertipsCsvTest.fixture(FIXTURE), StandardCharsets.UTF_8);
        // Barnet 2021/22 (the fifth record, from line 10) ends after Time period: its Value and counts are gone.
        String barnet = "E09000003,Barnet,County & UA,Persons,All ages,,,2021/22";
        int start = text.indexOf(barnet) + barnet.length();
        Path file = Files.writeString(
                dir.resolve(FIXTURE), text.substring(0, start) + text.substring(text.indexOf("\r\n", start)));

        MappedTable mapped = map(file);

        assertThat(mapped.bad).containsExactly("10: cut short: 12 of the header's 26 fields");
        assertThat(mapped.observations).hasSize(65);
    }

    private MappedTable map(Path file) throws Exception {
        try (FingertipsCsv csv = FingertipsCsv.open(feed.id(), file, null, feed.columnsRead())) {
            return MappedTable.of(feed, geography, Map.of(), csv);
        }
    }
}
