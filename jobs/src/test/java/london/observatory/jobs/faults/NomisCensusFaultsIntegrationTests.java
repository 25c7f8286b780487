package london.observatory.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/**
 * Nomis Census 2021 bulk download: {@code census2021-ts037.zip} holding the LSOA CSV the feed reads (the
 * archive is built here from the data-samples CSV, which is what its LSOA entry holds).
 */
class NomisCensusFaultsIntegrationTests extends FileOverHttpFaults {

    static final String CSV = "census2021-ts037-lsoa.csv";
    static final String BAD_HEALTH = "General health: Bad health; measures: Value";

    @Override
    String feedId() {
        return "nomis-census-ts037";
    }

    @Override
    String path() {
        return "/output/census/2021/census2021-ts037.zip";
    }

    @Override
    byte[] body() throws IOException {
        return zip(CSV, sample("nomis/" + CSV));
    }

    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        return zip(
                CSV,
                bytes(text(sample("nomis/" + CSV))
                        .replace(BAD_HEALTH, "General health: Poor health; measures: Value")));
    }

    @Override
    String missingColumn() {
        return "has no column " + BAD_HEALTH;
    }

    @Override
    String sampleCounts() {
        return "4996\\s+4994\\s+0";
    }

    @Test
    void aCsvCutMidRowQuarantinesTheCutRowByItsLineNumber() throws Exception {
        String csv = text(sample("nomis/" + CSV));
        List<String> lines = csv.lines().toList();
        String cut = String.join("\r\n", lines.subList(0, 154)) + "\r\n"
                + lines.get(154).substring(0, 40);
        stub(file(), ok(zip(CSV, bytes(cut))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).containsPattern(feedId() + "\\s+ingested\\s+154\\s+153\\s+1");
        assertThat(Files.readAllLines(onlyFile(dataDir.resolve("quarantine/" + feedId()))))
                .containsExactly(
                        "file,line,reason,raw",
                        "page-00000.zip.census2021-ts037-lsoa.csv,155,cut short: 5 of the header's 9 fields,"
                                + "\"2021,Barnet 003A,E01000166,1620,79\"");
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT count(*), count(*) FILTER (area_code = 'E01000166') " + "FROM observations"))
                .containsExactly("153|0");
    }
}
