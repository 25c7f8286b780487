package london.observatory.connectors.borough;

import london.observatory.geography.Reconciliation;
import london.observatory.geography.postcode.PostcodeResolver;

/** Places a record by its postcode, however it is written, through the postcode directory. */
final class PostcodeRecordLocator implements RecordLocator {

    private final PostcodeResolver postcodes;

    PostcodeRecordLocator(PostcodeResolver postcodes) {
        this.postcodes = postcodes;
    }

    @Override
    public String locate(String postcode, String unused, Reconciliation reconciliation) {
        return postcodes.resolve(postcode, 1.0, reconciliation);
    }
}
