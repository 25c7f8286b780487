package london.observatory.geography.postcode;

/**
 * What the directory says about one postcode. The non-spine answers are shared constants and each
 * spine answer is built once per LSOA, so a lookup allocates nothing.
 *
 * @param lsoa21 the LSOA 2021 code on the spine, or null
 * @param terminated the postcode is no longer in use (still placed: record-level data is often older)
 */
public record Placement(Kind kind, String lsoa21, boolean terminated) {

    public enum Kind {
        /** In an LSOA 2021 on the spine. */
        ON_SPINE,
        /** In the directory without an LSOA 2021 (blank or a pseudo code such as {@code E99999999}). */
        PSEUDO,
        /**
         * In the directory by an LSOA 2011 that was split between several LSOA 2021 on the spine: which one
         * it is in is not known.
         */
        AMBIGUOUS_SPLIT,
        /** In the directory, in an LSOA 2021 that is not on the spine: outside London. */
        OUTSIDE_LONDON,
        /** Not in the directory at all. */
        UNKNOWN
    }

    static final Placement PSEUDO = new Placement(Kind.PSEUDO, null, false);
    static final Placement AMBIGUOUS_SPLIT = new Placement(Kind.AMBIGUOUS_SPLIT, null, false);
    static final Placement OUTSIDE_LONDON = new Placement(Kind.OUTSIDE_LONDON, null, false);
    static final Placement UNKNOWN = new Placement(Kind.UNKNOWN, null, false);

    static Placement onSpine(String lsoa21, boolean terminated) {
        return new Placement(Kind.ON_SPINE, lsoa21, terminated);
    }
}
