package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.RecordMapping;
import org.junit.jupiter.api.Test;

/** What a record-level descriptor may say, and what it gets without saying. */
class BoroughFeedDescriptorTest {

    @Test
    void theSampleBoroughFeedsAreRestrictedCountsPlacedByPostcode() {
        for (String id : new String[] {
            "camden-housing-register", "hackney-temporary-accommodation", "southwark-council-tax-arrears"
        }) {
            FeedDescriptor feed = Descriptors.read(FeedCatalog.FOLDER + id + ".json");
            assertThat(feed.accessTier()).as(id).isEqualTo(FeedDescriptor.RESTRICTED);
            assertThat(feed.records().placeBy()).as(id).isEqualTo(RecordMapping.PlaceBy.POSTCODE);
            assertThat(feed.requiredColumns()).as(id).containsExactly("source_line", "record_key", "postcode", "date");
        }
    }

    @Test
    void aDescriptorMayOpenARecordLevelFeedOnPurpose() {
        assertThat(Descriptors.parse(descriptor("\"accessTier\": \"open\",", "count", location("postcode")))
                        .accessTier())
                .isEqualTo(FeedDescriptor.OPEN);
    }

    @Test
    void aRecordLevelFeedCountsAndMustSayHowToPlaceItsRecords() {
        assertThatThrownBy(() -> Descriptors.parse(descriptor("", "rate", location("postcode"))))
                .rootCause()
                .hasMessageContaining("exactly one count indicator");
        assertThatThrownBy(() -> Descriptors.parse(descriptor("", "count", location("easting"))))
                .rootCause()
                .hasMessageContaining("'easting' and 'northing'");
        assertThatThrownBy(() -> Descriptors.parse(descriptor("", "count", "{\"postcode\": []}")))
                .rootCause()
                .hasMessageContaining("needs a 'date' column");
    }

    private static String location(String column) {
        return "{\"" + column + "\": [], \"date\": []}";
    }

    private static String descriptor(String tier, String measureType, String columns) {
        return """
                {"id": "b", "title": "t", "format": "borough-records", %s
                 "source": {"family": "borough", "publisher": "p", "url": "file:x"},
                 "maxBadRowShare": 0.1, "licence": "l", "cadence": "monthly", "nativeGeography": "postcode",
                 "indicators": [{"id": "x", "title": "x", "theme": "debt", "description": "d", "unit": "u",
                                 "measureType": "%s", "keywords": []}],
                 "records": {"columns": %s}}""".formatted(tier, measureType, columns);
    }
}
