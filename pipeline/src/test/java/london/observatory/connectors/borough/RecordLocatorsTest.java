package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A postcode directory on LSOA 2011 (a council's postcode → OA 2011 extract) places a postcode in a split LSOA
 * 2011 only when the OA 2011 and OA 2021 lookups are configured and put its output area wholly in one part.
 */
class RecordLocatorsTest {

    private static final Geography MADE_UP = RepoFiles.madeUpGeography();
    private static final FeedDescriptor CAMDEN =
            FeedCatalog.load(Map.of()).find("camden-housing-register").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void theOutputAreaLookupsSettleWhichPartOfASplitAPostcodeIsIn() throws IOException {
        // NW1 0ZA is in OA 2011 E00990009 of Camden 002E (E01980001), split into 002A and 002B.
        Path oa11 = Files.writeString(dir.resolve("oa11_oa21.csv"), "OA11CD,OA21CD\nE00990009,E00991009\n");
        Path oa21 = Files.writeString(dir.resolve("oa21_lsoa21.csv"), "OA21CD,LSOA21CD\nE00991009,E01990033\n");

        assertThat(locate(new RecordLocators(MADE_UP, directory(), null, oa11, oa21), "NW1 0ZA"))
                .isEqualTo("E01990033");
    }

    @Test
    void withoutThemThePostcodeIsCountedAsAnAmbiguousSplit() {
        Reconciliation reconciliation = new Reconciliation("postcode");

        String placed =
                new RecordLocators(MADE_UP, directory(), null).forFeed(CAMDEN).locate("NW1 0ZA", null, reconciliation);

        assertThat(placed).isNull();
        assertThat(reconciliation.lines())
                .filteredOn(line -> line.records() > 0)
                .singleElement()
                .satisfies(line -> assertThat(line.reason()).isEqualTo("ambiguous-split"));
    }

    private static Path directory() {
        return RepoFiles.root().resolve("pipeline/src/test/resources/fixtures/postcodes/council-postcode-oa11.csv");
    }

    private static String locate(RecordLocators locators, String postcode) {
        return locators.forFeed(CAMDEN).locate(postcode, null, new Reconciliation("postcode"));
    }
}
