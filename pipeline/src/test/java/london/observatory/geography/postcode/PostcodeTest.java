package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SE10 8AA",
                "se10 8aa",
                "SE108AA",
                "se108aa",
                "SE10  8AA",
                " SE10 8AA ",
                "\"SE10 8AA.\"",
                "se10-8aa",
                "SE10\t8AA",
                "(SE10 8AA)",
                "Se10 8aA"
            })
    void everySpellingHasTheSameKey(String raw) {
        Postcode postcode = Postcode.parse(raw);
        assertThat(postcode).isNotNull();
        assertThat(postcode.key()).isEqualTo("SE108AA");
        assertThat(postcode.display()).isEqualTo("SE10 8AA");
        assertThat(postcode).isEqualTo(Postcode.parse("SE10 8AA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BR1  4BY", "br14by", "EC1A 1BB", "W1A 1AA", "N1 9GU", "M1 1AE", "CF10 1EP", "GY1 1AA"})
    void everyOutwardLengthIsAccepted(String raw) {
        assertThat(Postcode.parse(raw)).isNotNull();
    }

    @Test
    void displayPutsOneSpaceBeforeTheInwardCode() {
        assertThat(Postcode.parse("br1  4by").display()).isEqualTo("BR1 4BY");
        assertThat(Postcode.parse("m11ae").display()).isEqualTo("M1 1AE");
        assertThat(Postcode.parse("ec1a-1bb").display()).isEqualTo("EC1A 1BB");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not a postcode",
                "12345",
                "SE10",
                "SE10 8A",
                "SE10 AAA",
                "SE10 88A",
                "1E10 8AA",
                "SE100 8AA",
                "SE10 8AA SE10 8AB",
                "ÉC1 1ÀA",
                "S 8AA"
            })
    void textWithoutAPostcodesShapeIsInvalid(String raw) {
        assertThat(Postcode.parse(raw)).isNull();
    }

    @Test
    void nullIsInvalid() {
        assertThat(Postcode.parse(null)).isNull();
    }

    @Test
    void packedKeysAreDistinctAcrossLengths() {
        // W1A 1AA (6 characters) and W11 1AA, W1 1AA: neighbours in spelling must not share a number.
        assertThat(Postcode.parse("W1A 1AA").packed())
                .isNotEqualTo(Postcode.parse("W11 1AA").packed());
        assertThat(Postcode.parse("W1 1AA").packed())
                .isNotEqualTo(Postcode.parse("W11 1AA").packed());
        SplittableRandom random = new SplittableRandom(7);
        Set<String> keys = new HashSet<>();
        Set<Long> packed = new HashSet<>();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        while (keys.size() < 50_000) {
            StringBuilder outward = new StringBuilder().append((char) ('A' + random.nextInt(26)));
            int more = 1 + random.nextInt(3);
            for (int i = 0; i < more; i++) {
                outward.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = outward + "" + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
            if (keys.add(key)) {
                packed.add(Postcode.parse(key).packed());
            }
        }
        assertThat(packed).hasSize(keys.size());
    }

    @Test
    void packedKeysFitInThirtySevenBits() {
        assertThat(Postcode.parse("ZZZZ9ZZ").packed()).isPositive().isLessThan(1L << 37);
    }
}
