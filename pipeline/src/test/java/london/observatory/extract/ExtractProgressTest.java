package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractProgressTest {

    @Test
    void toldEveryStepThenTheTotalButNothingForAnExtractShorterThanOneStep() {
        List<String> told = new ArrayList<>();
        ExtractProgress progress =
                ExtractProgress.every(2, rows -> told.add("at " + rows), rows -> told.add("done " + rows));
        for (int i = 0; i < 5; i++) {
            progress.row();
        }
        progress.finished();
        ExtractProgress small = ExtractProgress.every(10, rows -> told.add("small " + rows), rows -> told.add("small"));
        small.row();
        small.finished();

        assertThat(told).containsExactly("at 2", "at 4", "done 5");
    }
}
