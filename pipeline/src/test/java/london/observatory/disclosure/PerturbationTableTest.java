package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import london.observatory.table.ResourceIndex;
import org.junit.jupiter.api.Test;

class PerturbationTableTest {

    private static final String FILE = "observatory/disclosure/ptable-v1.csv";

    private static final PerturbationTable V1 = PerturbationTable.load("v1");

    @Test
    void theCommittedTableIsExactlyWhatTheGeneratorWrites() {
        String committed = ResourceIndex.read(getClass().getClassLoader(), FILE);

        assertThat(committed)
                .isEqualTo(PerturbationTableGenerator.generate("v1", 10).toCsv());
        assertThat(V1.toCsv()).isEqualTo(committed);
    }

    @Test
    void theTableSaysItsVersionAndThreshold() {
        assertThat(V1.version()).isEqualTo("v1");
        assertThat(V1.designThreshold()).isEqualTo(10);
        assertThat(V1.maxCount()).isEqualTo(12);
        assertThat(V1.fingerprint())
                .hasSize(64)
                .isEqualTo(PerturbationTable.load("v1").fingerprint());
    }

    @Test
    void everyCountIsPublishedWithoutBias() {
        for (long count = 0; count <= 1_000; count++) {
            assertThat(V1.bias(count)).as("bias of %d", count).isZero();
        }
        for (int threshold = 3; threshold <= 64; threshold++) {
            PerturbationTable table = PerturbationTableGenerator.generate("t", threshold);
            for (long count = 0; count <= 3L * threshold; count++) {
                assertThat(table.bias(count))
                        .as("bias of %d at threshold %d", count, threshold)
                        .isZero();
            }
        }
    }

    /** The figures the README gives; variance c(10 - c) is the price of never publishing 1-9. */
    @Test
    void theVariancesAreThoseTheReadmeGives() {
        double[] expected = {
            0,
            9.2578125,
            16.0859375,
            21.34375,
            24.171875,
            25,
            24.2578125,
            21.0859375,
            16.34375,
            9.171875,
            3.5625,
            0.75,
            0.875
        };
        for (int count = 0; count < expected.length; count++) {
            assertThat(V1.variance(count)).as("variance of %d", count).isEqualTo(expected[count]);
        }
        assertThat(V1.variance(5_000)).isEqualTo(0.875);
    }

    @Test
    void countsAboveTheLargestUseItsRow() {
        for (int key = 0; key < 256; key++) {
            assertThat(V1.published(1_000_000, key)).isEqualTo(1_000_000 + V1.perturbation(12, key));
            assertThat(V1.perturbation(13, key)).isEqualTo(V1.perturbation(12, key));
        }
    }

    @Test
    void noValueFromOneToNineIsEverPublished() {
        int small = 0;
        for (long count = 0; count <= 1_000; count++) {
            for (int key = 0; key < 256; key++) {
                long published = V1.published(count, key);
                small += published > 0 && published < 10 ? 1 : 0;
            }
        }

        assertThat(small).isZero();
    }

    @Test
    void aFileWithAGapInItsKeysIsRefusedWithItsLine() {
        String gap = V1.toCsv().replace("1,231,249,9,10\n", "1,232,249,9,10\n");

        assertThatThrownBy(() -> PerturbationTableCsv.parse(gap, "ptable-x.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ptable-x.csv line 11: cell keys 232-249 of count 1 should start at 231 and end by 255");
    }

    @Test
    void aFileWhosePublishedColumnDisagreesIsRefused() {
        String wrong = V1.toCsv().replace("5,128,255,5,10\n", "5,128,255,5,11\n");

        assertThatThrownBy(() -> PerturbationTableCsv.parse(wrong, "ptable-x.csv"))
                .hasMessage("ptable-x.csv line 23: published 11 is not count 5 plus perturbation 5");
    }

    @Test
    void aCountCutShortOrSkippedIsRefused() {
        String cut = V1.toCsv().replace("1,250,255,10,11\n", "");
        String skipped = V1.toCsv().replaceAll("(?m)^2,.*\\n", "");

        assertThatThrownBy(() -> PerturbationTableCsv.parse(cut, "x"))
                .hasMessage("x line 12: count 1 stops at cell key 249 instead of 255");
        assertThatThrownBy(() -> PerturbationTableCsv.parse(skipped, "x"))
                .hasMessage("x line 13: expected count 2, found 3");
    }

    @Test
    void aFileWithoutItsVersionOrHeaderIsRefused() {
        assertThatThrownBy(() -> PerturbationTableCsv.parse(V1.toCsv().replace("# version: v1\n", ""), "x"))
                .hasMessage("x: needs a '# version:' and a '# threshold:' line");
        assertThatThrownBy(() -> PerturbationTableCsv.parse(V1.toCsv().replace("key_from", "from"), "x"))
                .hasMessageStartingWith("x line 8: expected the header count,key_from,key_to,perturbation,published");
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertThatThrownBy(() -> PerturbationTable.load("v0"))
                .hasMessage("no perturbation table v0 on the class path (observatory/disclosure/ptable-v0.csv)");
    }
}
