package london.observatory.geography.postcode;

import london.observatory.geography.Reconciliation;

/**
 * Places record-level data keyed by postcode on LSOA 2021, accounting for every record in a
 * {@link Reconciliation}: nothing is dropped without a reason and the offending postcode. Stateless
 * apart from the shared, immutable directory, so one resolver serves all worker threads.
 */
public final class PostcodeResolver {

    /** The note on a matched record whose postcode has been terminated. */
    public static final String TERMINATED_POSTCODE = "terminated-postcode";

    private final PostcodeDirectory directory;

    public PostcodeResolver(PostcodeDirectory directory) {
        this.directory = directory;
    }

    /**
     * The LSOA 2021 code of the postcode in {@code raw}, or null when it cannot be placed; either way the
     * record and its {@code value} are tallied in {@code r}. Unplaced postcodes are recorded in their
     * display form ({@code SE10 8AA}) so that spellings of one postcode count together; text that is not
     * a postcode at all is recorded as given.
     */
    public String resolve(String raw, Double value, Reconciliation r) {
        Postcode postcode = Postcode.parse(raw);
        if (postcode == null) {
            r.unmatched(Reconciliation.INVALID, raw == null ? "" : raw.strip(), value);
            return null;
        }
        Placement placement = directory.find(postcode);
        switch (placement.kind()) {
            case ON_SPINE -> {
                if (placement.terminated()) {
                    r.matched(value, TERMINATED_POSTCODE);
                } else {
                    r.matched(value);
                }
                return placement.lsoa21();
            }
            case PSEUDO -> r.unmatched(Reconciliation.PSEUDO_CODE, postcode.display(), value);
            case AMBIGUOUS_SPLIT -> r.unmatched(Reconciliation.AMBIGUOUS_SPLIT, postcode.display(), value);
            case OUTSIDE_LONDON -> r.unmatched(Reconciliation.OUTSIDE_LONDON, postcode.display(), value);
            case UNKNOWN -> r.unmatched(Reconciliation.UNKNOWN_CODE, postcode.display(), value);
        }
        return null;
    }
}
