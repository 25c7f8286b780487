package london.observatory.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuintileBreaksTest {

    @Test
    void fourBreaksSplitTheValuesIntoFiveClassesOfEqualCount() {
        List<MapApi.Value> values = new ArrayList<>();
        for (int i = 10; i >= 1; i--) {
            values.add(new MapApi.Value("E0" + i, "area " + i, (double) i, null));
        }
        values.add(new MapApi.Value("E0x", "withheld", null, "suppressed"));

        assertThat(MapApi.quintileBreaks(values)).containsExactly(2.0, 4.0, 6.0, 8.0);
    }

    @Test
    void noValuesNoBreaks() {
        assertThat(MapApi.quintileBreaks(List.of(new MapApi.Value("E0", "a", null, "suppressed"))))
                .isEmpty();
    }
}
