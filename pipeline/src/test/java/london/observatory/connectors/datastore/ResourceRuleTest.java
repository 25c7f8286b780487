package london.observatory.connectors.datastore;

import static london.observatory.connectors.datastore.DatastoreDatasetTest.CSV_2022;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.CSV_2023;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.DATASET;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceRuleTest {

    @Test
    void newestCsvIsTheLatestChecked() throws Exception {
        assertThat(ResourceRule.newest("csv").choose(insolvency()).id()).isEqualTo(CSV_2023);
    }

    @Test
    void formatIgnoresCase() throws Exception {
        assertThat(ResourceRule.newest("XLSX").choose(insolvency()).id()).isEqualTo(XLSX);
    }

    @Test
    void titlePatternPinsOneResource() throws Exception {
        assertThat(new ResourceRule("csv", "2022$", null, false)
                        .choose(insolvency())
                        .id())
                .isEqualTo(CSV_2022);
    }

    @Test
    void filenamePatternIsMatchedAgainstTheUrlsLastSegment() throws Exception {
        assertThat(new ResourceRule(null, null, "-2013-2023\\.xlsx$", false)
                        .choose(insolvency())
                        .id())
                .isEqualTo(XLSX);
    }

    @Test
    void noMatchListsEveryResourceSeen() throws Exception {
        assertThatThrownBy(() -> new ResourceRule("ods", "(?i)borough", null, true).choose(insolvency()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "no resource matches format=ods, title~/(?i)borough/, newest; resources seen: "
                                + CSV_2022
                                + " 'Personal insolvency by borough 2022' (csv, personal-insolvency-borough-2022.csv, checked 2023-11-14T10:02:11); "
                                + XLSX
                                + " 'Personal insolvency by borough 2013 to 2023 (all tables)' (xlsx, personal-insolvency-borough-2013-2023.xlsx, checked 2024-11-12T09:40:05); "
                                + CSV_2023
                                + " 'Personal insolvency by borough 2023' (csv, personal-insolvency-borough-2023.csv, checked 2024-11-12T09:41:37)");
    }

    @Test
    void severalMatchesWithoutNewestAreAnError() throws Exception {
        assertThatThrownBy(() -> new ResourceRule("csv", null, null, false).choose(insolvency()))
                .hasMessageStartingWith(
                        "2 resources match format=csv and the rule does not say newest; matching: " + CSV_2022 + " ");
    }

    @Test
    void equalCheckTimestampsFallBackToCoverageThenOrder() {
        DatastoreDataset dataset = dataset(
                resource("a", "2024-01-01T00:00:00", "2022-12-31", 3),
                resource("b", "2024-01-01T00:00:00", "2023-12-31", 1),
                resource("c", "2024-01-01T00:00:00", "2023-12-31", 2));

        assertThat(ResourceRule.newest("csv").choose(dataset).id()).isEqualTo("c");
    }

    @Test
    void aResourceWithoutCheckTimestampIsOlderThanAnyWithOne() {
        DatastoreDataset dataset = dataset(
                resource("undated", null, "2030-12-31", 9), resource("dated", "2020-01-01T00:00:00", "2019-12-31", 1));

        assertThat(ResourceRule.newest("csv").choose(dataset).id()).isEqualTo("dated");
    }

    @Test
    void unreadableRegularExpressionIsRejectedWhenTheRuleIsMade() {
        assertThatThrownBy(() -> new ResourceRule("csv", "(2023", null, true))
                .hasMessage("resource rule title is not a regular expression: (2023");
    }

    @Test
    void ruleDescribesItself() {
        assertThat(new ResourceRule("csv", "x", "y", true)).hasToString("format=csv, title~/x/, filename~/y/, newest");
        assertThat(new ResourceRule(null, null, null, false)).hasToString("any resource");
    }

    private static DatastoreDataset insolvency() throws Exception {
        return DatastoreDataset.parse(DatastoreDatasetTest.fixture("api/dataset/" + DATASET + ".json"));
    }

    private static DatastoreDataset dataset(DatastoreResource... resources) {
        return new DatastoreDataset("d", "D", null, null, null, List.of(resources));
    }

    private static DatastoreResource resource(String id, String checked, String coverageTo, int order) {
        return new DatastoreResource(
                id, id, "https://example.test/" + id + ".csv", "csv", order, "h-" + id, checked, 1L, null, coverageTo);
    }
}
