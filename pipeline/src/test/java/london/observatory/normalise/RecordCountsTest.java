package london.observatory.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import london.observatory.RepoFiles;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.geography.postcode.PostcodeResolver;
import london.observatory.observation.Observation;
import org.junit.jupiter.api.Test;

/** Record-level rows placed by postcode on the sample directory, counted per LSOA: nothing made or lost. */
class RecordCountsTest {

    private static final LocalDate Q1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2025, 4, 1);

    @Test
    void countsPlacedRecordsPerLsoaAndPeriodAndReconcilesEveryRecord() {
        PostcodeDirectory directory = PostcodeDirectory.load(
                RepoFiles.madeUpLondon("geography/nspl_sample.csv"), RepoFiles.madeUpGeography());
        PostcodeResolver resolver = new PostcodeResolver(directory);
        Reconciliation reconciliation = new Reconciliation("postcode");
        RecordCounts counts = new RecordCounts(RecordCounts.POSTCODE);
        String london = "EC2V 1PG"; // E01990001 in the sample directory

        // The same postcode spelt three ways in Q1, once in Q2, plus two records that cannot be placed.
        record Case(String postcode, LocalDate period) {}
        List<Case> cases = List.of(
                new Case(london, Q1),
                new Case(london.toLowerCase().replace(" ", ""), Q1),
                new Case(london.replace(" ", "  "), Q1),
                new Case(london, Q2),
                new Case("ZZ1 1ZZ", Q1),
                new Case("not a postcode", Q2));
        for (Case c : cases) {
            String placed = resolver.resolve(c.postcode(), 1.0, reconciliation);
            if (placed != null) {
                counts.add(placed, c.period(), 7);
            }
        }

        List<Observation> out = counts.observations("homeless-applications", "quarter", "run", reconciliation);

        assertThat(out)
                .extracting(
                        Observation::areaCode,
                        Observation::periodStart,
                        Observation::value,
                        Observation::method,
                        Observation::sourceGeography)
                .containsExactly(
                        tuple("E01990001", Q1, 3.0, "postcode", "postcode"),
                        tuple("E01990001", Q2, 1.0, "postcode", "postcode"));
        assertThat(reconciliation.recordsIn()).isEqualTo(6);
        assertThat(reconciliation.recordsMatched()).isEqualTo(4);
        assertThat(reconciliation.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isEqualTo(1);
        assertThat(reconciliation.valueOut()).isEqualTo(4.0);
        assertThat(reconciliation.valueOut() + reconciliation.valueUnmatched()).isEqualTo(reconciliation.valueIn());
    }
}
