package london.observatory.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleRecordingsTest {

    private final Path samples = Path.of("/repo/data-samples");
    private final SampleRecordings recordings = new SampleRecordings(samples);

    @Test
    void aRecordingUnderDataSamplesIsASample() {
        assertThat(recordings.isSample(samples.resolve("nomis/claimant-count/page-1.csv")
                        .toUri()
                        .toString()))
                .isTrue();
        assertThat(recordings.isSample(samples.resolve("geography/census2021-ts001-lsoa.csv")
                        .toUri()
                        .toString()))
                .isTrue();
    }

    @Test
    void realOpenDataUnderDataSamplesLondonIsNotASample() {
        // data-samples/london holds byte-for-byte copies of published files, not made-up recordings
        assertThat(recordings.isSample(samples.resolve("london/statistics/imd2019_file1_london_lsoa11.csv")
                        .toUri()
                        .toString()))
                .isFalse();
        assertThat(recordings.isSample(
                        samples.resolve("london/population/london_lsoa11_mid2019_population_broad_age.csv")
                                .toUri()
                                .toString()))
                .isFalse();
    }

    @Test
    void onlyTheRealDataFolderItselfIsExcluded() {
        // only the sub-folder itself is excluded, not every name that starts with it
        assertThat(recordings.isSample(
                        samples.resolve("london-made-up/x.csv").toUri().toString()))
                .isTrue();
        assertThat(recordings.isSample(
                        samples.resolve("nomis/london/x.csv").toUri().toString()))
                .isTrue();
        assertThat(recordings.isSample(
                        samples.resolve("london/../nomis/x.csv").toUri().toString()))
                .isTrue();
        assertThat(recordings.isSample(
                        Path.of("/srv/drops/london/x.csv").toUri().toString()))
                .isFalse();
        assertThat(recordings.isSample("https://www.gov.uk/x.csv")).isFalse();
        assertThat(recordings.isSample(null)).isFalse();
    }
}
