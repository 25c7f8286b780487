package london.observatory.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/** OHID Fingertips {@code all_data/csv/by_indicator_id}: one CSV for the indicator and area type. */
class FingertipsFaultsIntegrationTests extends FileOverHttpFaults {

    static final String SAMPLE = "fingertips/21001-counties-uas.csv";

    @Override
    String feedId() {
        return "fingertips-self-harm-admissions";
    }

    @Override
    String path() {
        return "/api/all_data/csv/by_indicator_id";
    }

    @Override
    String url() {
        return server.baseUrl() + path() + "?indicator_ids=21001&child_area_type_id=502&parent_area_type_id=6";
    }

    @Override
    byte[] body() throws IOException {
        return sample(SAMPLE);
    }

    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        return bytes(text(body()).replaceFirst("Lower CI 95.0 limit", "Lower CI 95% limit"));
    }

    @Override
    String missingColumn() {
        return "has no column Lower CI 95.0 limit";
    }

    @Override
    String sampleCounts() {
        return "70\\s+66\\s+0";
    }

    /** One cut row of 70 is more than the 1% of bad rows the feed allows, so the feed fails. */
    @Test
    void aCsvCutMidRowQuarantinesTheCutRowByItsLineNumberAndKeepsTheLastGoodData() throws Exception {
        stub(file(), ok(body()));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        List<String> lines = text(body()).lines().toList();
        String cut =
                String.join("\n", lines.subList(0, 70)) + "\n" + lines.get(70).substring(0, 120);
        stub(file(), ok(bytes(cut)));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        Path quarantine = onlyFile(dataDir.resolve("quarantine/" + feedId()));
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + feedId() + ": 1 of 70 rows (1.4%) are bad, more than " + "the 1.0% allowed; see "
                        + quarantine);
        assertThat(Files.readAllLines(quarantine))
                .containsExactly(
                        "file,line,reason,raw",
                        "page-00000.csv,71,cut short: 7 of the header's 27 fields,\"21001,Emergency Hospital Admissions for "
                                + "Intentional Self-Harm,E12000007,London,E09000033,Westminster,Counties & UAs (fro\"");
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }
}
