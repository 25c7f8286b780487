package london.observatory.geography.postcode;

import java.util.regex.Pattern;

/**
 * One row of a postcode directory, reduced to what the lookup needs.
 *
 * @param postcode the postcode as the directory spells it ({@code pcds}, or a fixed-width spelling)
 * @param lsoa the LSOA code, possibly blank or a pseudo code: LSOA 2021, or LSOA 2011 when {@code lsoa2011}
 * @param lsoa2011 the file gives LSOA 2011 codes only, which must go through the exact fit
 * @param oa11 the OA 2011 code of an LSOA 2011 layout (may settle a split LSOA), else null
 * @param terminated true when the termination date is set: the postcode is no longer in use
 */
record DirectoryEntry(String postcode, String lsoa, boolean lsoa2011, String oa11, boolean terminated) {

    /**
     * ONS writes {@code E99999999} (and W/S/N/L/M for Wales, Scotland, Northern Ireland, the Channel Islands
     * and the Isle of Man) where a postcode has no area of that kind, e.g. no LSOA outside England and Wales.
     */
    private static final Pattern PSEUDO = Pattern.compile("[EWSNLM]99999999");

    /** An LSOA 2021 row. */
    static DirectoryEntry lsoa21(String postcode, String lsoa21, boolean terminated) {
        return new DirectoryEntry(postcode, lsoa21, false, null, terminated);
    }

    /** No LSOA at all: blank or a pseudo code. */
    boolean hasPseudoLsoa() {
        return lsoa.isEmpty() || PSEUDO.matcher(lsoa).matches();
    }
}
