package london.observatory.geography.point;

import static london.observatory.geography.point.BoundaryFixtures.EAST;
import static london.observatory.geography.point.BoundaryFixtures.TWO_PARTS;
import static london.observatory.geography.point.BoundaryFixtures.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoundaryIndexTest {

    private final BoundaryIndex index = BoundaryFixtures.squares();

    @Test
    void aPointInsideAnAreaGetsItsCode() {
        assertThat(index.locate(-0.18, 51.52)).isEqualTo(WEST);
        assertThat(index.locate(-0.05, 51.55)).isEqualTo(EAST);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aPointOutsideEveryAreaGetsNull() {
        assertThat(index.locate(-0.05, 51.65)).isNull();
        assertThat(index.locate(-0.3, 51.55)).isNull();
    }

    @Test
    void aPointInAHoleIsNotInTheArea() {
        assertThat(index.locate(-0.15, 51.55)).isNull();
        assertThat(index.locate(-0.165, 51.55)).isEqualTo(WEST);
    }

    @Test
    void eitherPartOfAMultiPolygonCounts() {
        assertThat(index.locate(0.15, 51.55)).isEqualTo(TWO_PARTS);
        assertThat(index.locate(0.35, 51.55)).isEqualTo(TWO_PARTS);
        assertThat(index.locate(0.25, 51.55)).isNull();
    }

    @Test
    void aPointOnASharedEdgeGoesToTheSmallerCodeWhateverTheFileOrder() {
        // West (E01000002) comes first in the file; east (E01000001) has the smaller code.
        assertThat(index.locate(-0.1, 51.55)).isEqualTo(EAST);
        assertThat(index.locate(-0.1, 51.5)).isEqualTo(EAST); // a shared corner
        List<AreaBoundary> reversed =
                new ArrayList<>(GeoJsonBoundaries.read(BoundaryFixtures.file(BoundaryFixtures.SQUARES)));
        Collections.reverse(reversed);
        assertThat(new BoundaryIndex(reversed).locate(-0.1, 51.55)).isEqualTo(EAST);
    }

    @Test
    void aPointOnAnEdgeNoOneSharesBelongsToItsArea() {
        assertThat(index.locate(-0.2, 51.55)).isEqualTo(WEST);
        assertThat(index.locate(-0.15, 51.54)).isEqualTo(WEST); // the edge of the hole
    }

    @Test
    void twoThreadsGetTheSameAnswersAsOne() throws Exception {
        BoundaryIndex fresh = BoundaryFixtures.squares(); // locators not yet indexed: both threads race to build them
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(new double[] {-0.25 + (i % 200) * 0.0035, 51.45 + (i / 200) * 0.002});
        }
        List<String> expected =
                points.stream().map(p -> index.locate(p[0], p[1])).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(
                        () -> points.stream().map(p -> fresh.locate(p[0], p[1])).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.stream().filter(Objects::nonNull).count()).isEqualTo(5_754);
    }
}
