package london.observatory.geography.postcode;

import java.util.regex.Pattern;

/**
 * One row of a postcode directory, reduced to what the lookup needs.
 *
 * @param postcode the postcode as the directory spells it ({@code pcds}, or {@code pcd}/{@code pcd7})
 * @param lsoa21 the LSOA 2021 code, possibly blank or a pseudo code
 * @param district the local authority district code ({@code laua}/{@code oslaua}/{@code ladNNcd})
 * @param terminated true when {@code doterm} is set: the postcode is no longer in use
 */
record DirectoryEntry(String postcode, String lsoa21, String district, boolean terminated) {

    /**
     * ONS writes {@code E99999999} (and W/S/N/L/M for Wales, Scotland, Northern Ireland, the Channel Islands
     * and the Isle of Man) where a postcode has no area of that kind, e.g. no LSOA outside England and Wales.
     */
    private static final Pattern PSEUDO = Pattern.compile("[EWSNLM]99999999");

    /** No LSOA 2021 at all: blank or a pseudo code. */
    boolean hasPseudoLsoa21() {
        return lsoa21.isEmpty() || PSEUDO.matcher(lsoa21).matches();
    }
}
