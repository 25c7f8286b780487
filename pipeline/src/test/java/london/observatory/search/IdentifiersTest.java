package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void areaCodesOfEveryLevelAreTakenOutInUpperCase() {
        Identifiers found = Identifiers.in("unemployment e09000022 E01000001 and E05013601, E02000001");

        assertThat(found.areaCodes()).containsExactly("E09000022", "E01000001", "E05013601", "E02000001");
        assertThat(found.words()).isEqualTo("unemployment     and  ,");
    }

    @Test
    void postcodesInAnySpellingAreTakenOutInTheirDisplayForm() {
        Identifiers found = Identifiers.in("depression se108aa N17 9ZA w1a 1aa");

        assertThat(found.postcodes()).containsExactly("SE10 8AA", "N17 9ZA", "W1A 1AA");
        assertThat(found.words().strip()).isEqualTo("depression");
        assertThat(found.count()).isEqualTo(3);
    }

    @Test
    void wordsThatOnlyLookLikeCodesStay() {
        Identifiers found = Identifiers.in("SE10 E0900002 lambeth 020a");

        assertThat(found.areaCodes()).isEmpty();
        assertThat(found.postcodes()).isEmpty();
        assertThat(found.words()).isEqualTo("SE10 E0900002 lambeth 020a");
    }

    @Test
    void nothingButIdentifiersLeavesNoWords() {
        assertThat(Identifiers.in("E09000022 SW2 9ZC"))
                .isEqualTo(new Identifiers(List.of("E09000022"), List.of("SW2 9ZC"), ""));
    }
}
