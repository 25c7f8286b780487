package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import london.observatory.RepoFiles;
import london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator;
import london.observatory.geography.postcode.Postcode;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The borough case lists in data-samples/borough are what {@link BoroughRecordSamples} writes, byte for byte,
 * and every postcode in them is fictional: in the sample directory, or the one planted unknown postcode.
 */
class BoroughRecordSamplesTest {

    @Test
    void everyPostcodeIsFictionalAndAllButTheUnknownOneIsInTheSampleDirectory() throws IOException {
        Set<String> directory = new HashSet<>();
        try (CSVParser parser = CsvFiles.open(RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.FILE))) {
            parser.forEach(r -> directory.add(Postcode.parse(r.get("pcds")).key()));
        }
        List<String> postcodes = new ArrayList<>();
        postcodes.addAll(column("camden-housing-register/2024-01.csv", StandardCharsets.UTF_8, "Postcode"));
        postcodes.addAll(column("camden-housing-register/2024-02.csv", StandardCharsets.UTF_8, "Post Code"));
        postcodes.addAll(column(BoroughRecordSamples.HACKNEY_FILE, Charset.forName("windows-1252"), "Post Code"));
        postcodes.addAll(column(BoroughRecordSamples.SOUTHWARK_FILE, StandardCharsets.UTF_8, "PCODE"));

        assertThat(postcodes)
                .hasSize(BoroughRecordSamples.CAMDEN_JANUARY
                        + BoroughRecordSamples.CAMDEN_FEBRUARY
                        + BoroughRecordSamples.HACKNEY
                        + BoroughRecordSamples.SOUTHWARK)
                .containsOnlyOnce("")
                .contains(
                        BoroughRecordSamples.PSEUDO_POSTCODE,
                        BoroughRecordSamples.OUTSIDE_LONDON_POSTCODE,
                        BoroughRecordSamples.TERMINATED_POSTCODE,
                        BoroughRecordSamples.UNKNOWN_POSTCODE);
        for (String raw : postcodes) {
            if (raw.isEmpty()) {
                continue;
            }
            Postcode postcode = Postcode.parse(raw);
            assertThat(postcode.key())
                    .as(raw)
                    .matches(".*[0-9][" + FictionalPostcodeDirectoryGenerator.NEVER_IN_INWARD + "]{2}");
            assertThat(directory.contains(postcode.key()))
                    .as(raw)
                    .isEqualTo(!raw.equals(BoroughRecordSamples.UNKNOWN_POSTCODE));
        }
    }

    private static List<String> column(String file, Charset charset, String name) throws IOException {
        return RecordLanderTest.read(
                        RepoFiles.dataSamples(BoroughRecordSamples.DIR).resolve(file), charset)
                .stream()
                .map(r -> r.get(name))
                .toList();
    }

    @Test
    void committedFilesMatchTheirGenerator(@TempDir Path dir) throws IOException {
        new BoroughRecordSamples().writeAll(dir);
        for (String file : List.of(
                BoroughRecordSamples.CAMDEN_FOLDER + "/2024-01.csv",
                BoroughRecordSamples.CAMDEN_FOLDER + "/2024-02.csv",
                BoroughRecordSamples.HACKNEY_FILE,
                BoroughRecordSamples.SOUTHWARK_FILE)) {
            assertThat(Files.mismatch(
                            dir.resolve(file),
                            RepoFiles.dataSamples(BoroughRecordSamples.DIR).resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }
}
