package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyedCountTest {

    @Test
    void theCellKeyIsTheSumOfItsRecordKeysModulo256() {
        KeyedCount cell = KeyedCount.EMPTY.plus(200).plus(100).plus(7);

        assertThat(cell).isEqualTo(new KeyedCount(3, (200 + 100 + 7) % 256));
    }

    @Test
    void neitherTheOrderOfRecordsNorTheirSplitOverWorkersChangesACell() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Integer> keys = new ArrayList<>();
            int n = random.nextInt(0, 80);
            for (int i = 0; i < n; i++) {
                keys.add(random.nextInt(256));
            }
            KeyedCount inOrder = countAll(keys);
            Collections.shuffle(keys, new Random(trial));
            KeyedCounts<String> workers = new KeyedCounts<>();
            int split = n == 0 ? 0 : random.nextInt(n + 1);
            workers.add("cell", countAll(keys.subList(0, split)));
            workers.add("cell", countAll(keys.subList(split, n)));

            assertThat(countAll(keys)).isEqualTo(inOrder);
            assertThat(workers.snapshot()).containsEntry("cell", inOrder);
        }
    }

    @Test
    void anEmptyCellHasKeyZero() {
        assertThat(KeyedCount.EMPTY).isEqualTo(new KeyedCount(0, 0));
        assertThatThrownBy(() -> new KeyedCount(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty cell has cell key 0, not 5");
    }

    @Test
    void keysOutsideZeroTo255AreRefused() {
        assertThatThrownBy(() -> KeyedCount.EMPTY.plus(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a record or cell key is 0 to 255, not 256");
        assertThatThrownBy(() -> new KeyedCount(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyedCount countAll(List<Integer> keys) {
        KeyedCount cell = KeyedCount.EMPTY;
        for (int key : keys) {
            cell = cell.plus(key);
        }
        return cell;
    }
}
