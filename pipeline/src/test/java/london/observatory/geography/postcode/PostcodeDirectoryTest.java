package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading each generation keeps the same postcodes in the same places. */
class PostcodeDirectoryTest {

    @ParameterizedTest
    @MethodSource("london.observatory.geography.postcode.PostcodeFixtures#lsoa21Layouts")
    void everyRowIsKeptAsSpinePseudoOrOutsideLondon(String fixture) {
        PostcodeDirectory directory = PostcodeFixtures.load(fixture);
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(11, 6, 1, 3, 2, 0, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("london.observatory.geography.postcode.PostcodeFixtures#lsoa21Layouts")
    void findsEachKindOfPostcode(String fixture) {
        PostcodeDirectory directory = PostcodeFixtures.load(fixture);
        assertThat(find(directory, "SE10 8AA")).isEqualTo(Placement.onSpine("E01990048", false));
        assertThat(find(directory, "N1 9GU")).isEqualTo(Placement.onSpine("E01990085", false));
        assertThat(find(directory, "W1A 1AA")).isEqualTo(Placement.onSpine("E01990151", true));
        assertThat(find(directory, "E20 9ZZ")).isSameAs(Placement.PSEUDO);
        assertThat(find(directory, "SE1 0AA")).isSameAs(Placement.PSEUDO);
        assertThat(find(directory, "GY1 1AA")).isSameAs(Placement.PSEUDO);
        assertThat(find(directory, "M1 1AE")).isSameAs(Placement.OUTSIDE_LONDON);
        assertThat(find(directory, "CF10 1EP")).isSameAs(Placement.OUTSIDE_LONDON);
        assertThat(find(directory, "SE10 8AB")).isSameAs(Placement.UNKNOWN);
    }

    @Test
    void aBlankPcdsFallsBackToTheFixedWidthPostcode() {
        // In the NSPL fixture N1 9GU has pcds blank and pcd "N1  9GU"; the other files have pcds.
        PostcodeDirectory directory = PostcodeFixtures.load(PostcodeFixtures.LEGACY_NSPL);
        assertThat(find(directory, "n19gu").lsoa21()).isEqualTo("E01990085");
    }

    @Test
    void anEmptySpineKeepsEveryRealLsoaAsOutsideLondon() {
        PostcodeDirectory directory =
                PostcodeDirectory.load(PostcodeFixtures.file(PostcodeFixtures.RENAMED), code -> false);
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(11, 0, 0, 3, 8, 0, 0, 0));
        assertThat(find(directory, "SE10 8AA")).isSameAs(Placement.OUTSIDE_LONDON);
    }

    @Test
    void aPostcodeGivenTwoPlacesIsCountedAsAConflictAndResolvedTheSameWayEveryTime(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("nspl-conflicts.csv");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "pcd7,pcds,doterm,lsoa21cd,lad25cd",
                                "SE108AA,SE10 8AA,,E01990048,E09000011",
                                "SE108AA,SE10 8AA,,E01990025,E09000011", // a second LSOA: conflict, the first stays
                                "W1A 1AA,W1A 1AA,201912,E01990151,E09000033", // terminated here...
                                "W1A 1AA,W1A 1AA,,E01990152,E09000033", // ...live here: conflict, the live row wins
                                "BR1 4BY,BR1 4BY,,E01990025,E09000006",
                                "BR1 4BY,BR1 4BY,,E01990025,E09000006", // the same row twice: no conflict
                                "N1  9GU,N1 9GU,,E01990085,E09000019",
                                "N1  9GU,N1 9GU,,E99999999,E99999999", // spine and pseudo: conflict, the spine wins
                                "M1  1AE,M1 1AE,,E01800001,E08000003",
                                "M1  1AE,M1 1AE,,,E08000003")
                        + "\n"); // elsewhere and pseudo: conflict

        PostcodeDirectory directory = PostcodeDirectory.load(file, PostcodeFixtures.SPINE);

        assertThat(directory.counts().conflicting()).isEqualTo(4);
        assertThat(find(directory, "SE10 8AA").lsoa21()).isEqualTo("E01990048");
        assertThat(find(directory, "W1A 1AA")).isEqualTo(Placement.onSpine("E01990152", false));
        assertThat(find(directory, "BR1 4BY").lsoa21()).isEqualTo("E01990025");
        assertThat(find(directory, "N1 9GU").lsoa21()).isEqualTo("E01990085");
    }

    @Test
    void twoThreadsShareOneDirectory() throws Exception {
        PostcodeDirectory directory = PostcodeFixtures.load(PostcodeFixtures.RENAMED);
        String[] postcodes = {"SE10 8AA", "BR1 4BY", "W1A 1AA", "E20 9ZZ", "M1 1AE", "ZZ1 1ZZ"};
        String[] expected = {"E01990048", "E01990025", "E01990151", null, null, null};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    int right = 0;
                    for (int i = 0; i < 60_000; i++) {
                        Placement p = find(directory, postcodes[i % postcodes.length]);
                        right += Objects.equals(p.lsoa21(), expected[i % postcodes.length]) ? 1 : 0;
                    }
                    return right;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(60_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Placement find(PostcodeDirectory directory, String postcode) {
        return directory.find(Postcode.parse(postcode));
    }
}
