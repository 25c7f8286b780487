package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordKeyerTest {

    private static final String SECRET = "a test secret, never used for real data";

    @Test
    void recordKeysAreStableAcrossTwoBuilds() {
        // Two separate computations: each builds its own secret from the same bytes and its own keyer.
        int[] first = keysOf(new RecordKeyer(OperatorSecret.ofText(SECRET)), 10_000);
        int[] second = keysOf(new RecordKeyer(OperatorSecret.ofBytes(SECRET.getBytes(StandardCharsets.UTF_8))), 10_000);

        assertThat(second).isEqualTo(first);
    }

    /** Pinned values: a change of encoding, algorithm or byte taken would move every published cell. */
    @Test
    void recordKeysAreTheSameAsInEarlierBuilds() {
        RecordKeyer keyer = new RecordKeyer(OperatorSecret.ofText(SECRET));

        assertThat(keyer.keyOf("camden-housing-register", "HR-000001")).isEqualTo(GOLDEN_1);
        assertThat(keyer.keyOf("camden-housing-register", "HR-000002")).isEqualTo(GOLDEN_2);
        assertThat(keyer.keyOf("southwark-council-tax-arrears", List.of("SE1 7PB", "2024-03", "band C")))
                .isEqualTo(GOLDEN_3);
    }

    private static final int GOLDEN_1 = 123;
    private static final int GOLDEN_2 = 188;
    private static final int GOLDEN_3 = 170;

    @Test
    void anotherSecretGivesOtherKeys() {
        int[] ours = keysOf(new RecordKeyer(OperatorSecret.ofText(SECRET)), 10_000);
        int[] theirs = keysOf(new RecordKeyer(OperatorSecret.ofText(SECRET + "!")), 10_000);

        // By chance 1 in 256 keys agree (about 39 of 10,000).
        assertThat(agreements(ours, theirs)).isBetween(10, 80);
    }

    @Test
    void keysSpreadEvenlyOverZeroTo255() {
        int[] keys = keysOf(new RecordKeyer(OperatorSecret.ofText(SECRET)), 256 * 200);
        int[] perKey = new int[256];
        for (int key : keys) {
            perKey[key]++;
        }
        double chiSquare = 0;
        for (int n : perKey) {
            chiSquare += (n - 200.0) * (n - 200.0) / 200.0;
        }

        assertThat(Arrays.stream(keys).min().orElseThrow()).isZero();
        assertThat(Arrays.stream(keys).max().orElseThrow()).isEqualTo(255);
        // 255 degrees of freedom: the 99.9th percentile is about 330.
        assertThat(chiSquare).isLessThan(330);
    }

    @Test
    void feedPartsAndMissingFieldsAreDistinctIdentities() {
        RecordKeyer keyer = new RecordKeyer(OperatorSecret.ofText(SECRET));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String ref = "ref-" + i;
            pairs.add(new int[] {keyer.keyOf("feed-a", ref), keyer.keyOf("feed-b", ref)});
            pairs.add(new int[] {keyer.keyOf("feed", List.of(ref + "x", "y")), keyer.keyOf("feed", List.of(ref, "xy"))
            });
            pairs.add(new int[] {
                keyer.keyOf("feed", Arrays.asList(ref, null)), keyer.keyOf("feed", Arrays.asList(ref, ""))
            });
        }
        long same = pairs.stream().filter(p -> p[0] == p[1]).count();

        // Distinct identities agree only by chance, 1 in 256 (about 23 of 6,000).
        assertThat(same).isLessThan(60);
        assertThat(keyer.keyOf("feed", "ref-1")).isEqualTo(keyer.keyOf("feed", List.of("ref-1")));
    }

    @Test
    void theSecretNeverShowsInText() {
        OperatorSecret secret = OperatorSecret.ofText(SECRET);
        RecordKeyer keyer = new RecordKeyer(secret);
        byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);

        for (String text : List.of(secret.toString(), keyer.toString())) {
            assertThat(text)
                    .doesNotContain(SECRET)
                    .doesNotContain(SECRET.substring(0, 8))
                    .doesNotContainIgnoringCase(HexFormat.of().formatHex(bytes).substring(0, 16))
                    .doesNotContain(Base64.getEncoder().encodeToString(bytes).substring(0, 12))
                    .contains("redacted");
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> OperatorSecret.ofText("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an operator secret needs at least 16 bytes; this one has 5");
    }

    private static int[] keysOf(RecordKeyer keyer, int records) {
        int[] keys = new int[records];
        for (int i = 0; i < records; i++) {
            keys[i] = keyer.keyOf(GeneratedRecords.FEED, "HR-" + i);
        }
        return keys;
    }

    private static int agreements(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same;
    }
}
