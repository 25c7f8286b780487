package london.observatory.connectors.borough;

import london.observatory.descriptor.RecordMapping;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.point.PointLocator;
import london.observatory.geography.postcode.PostcodeResolver;

/**
 * Finds the LSOA 2021 of one record from its location cells, tallying the record (value 1) in the feed's
 * reconciliation whether or not it is placed. Thread safe: the directory and boundary index are shared.
 */
public interface RecordLocator {

    /**
     * @param first  the postcode, easting or latitude
     * @param second the northing or longitude; null for a postcode
     * @return the LSOA 2021 code, or null when the record cannot be placed (already tallied with the reason)
     */
    String locate(String first, String second, Reconciliation reconciliation);

    static RecordLocator of(RecordMapping.PlaceBy placeBy, PostcodeResolver postcodes, PointLocator points) {
        return switch (placeBy) {
            case POSTCODE -> new PostcodeRecordLocator(postcodes);
            case BRITISH_NATIONAL_GRID -> new PointRecordLocator(points, true);
            case LATITUDE_LONGITUDE -> new PointRecordLocator(points, false);
        };
    }
}
