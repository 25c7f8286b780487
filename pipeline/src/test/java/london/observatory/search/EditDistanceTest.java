package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositionsAsOneEditEach() {
        assertThat(EditDistance.atMost("lewisham", "lewisham", 2)).isZero();
        assertThat(EditDistance.atMost("lewsham", "lewisham", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("camdem", "camden", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("lewihsam", "lewisham", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("hammersmth", "hammersmith", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("wandswoth", "wandsworth", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("lwsham", "lewisham", 2)).isEqualTo(2);
    }

    @Test
    void givesUpPastTheBound() {
        assertThat(EditDistance.atMost("lsham", "lewisham", 2)).isEqualTo(3);
        assertThat(EditDistance.atMost("camden", "croydon", 1)).isEqualTo(2);
        assertThat(EditDistance.atMost("a", "abcdef", 2)).isEqualTo(3);
    }
}
